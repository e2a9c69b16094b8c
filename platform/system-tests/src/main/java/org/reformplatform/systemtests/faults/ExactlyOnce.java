package org.reformplatform.systemtests.faults;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every accepted command, followed into its service's store and onto its topic, and counted there
 * exactly: the one event a command of its kind writes ({@link CommandLoad.Creates}) must be in the
 * store once and on the topic once, found both by the correlation id the command carried and by the
 * id its 2xx answer returned, and the two must be the same event. A command refused with an answer
 * (4xx, 503) must have written nothing; one that got no answer (its service died under it) may have
 * written its event, but once at most.
 */
public final class ExactlyOnce {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String CORRELATION_HEADER = "ce_correlationid";

    /** What the count came to: each defect names the service, the command and what was found. */
    public record Result(int commands, List<String> lost, List<String> duplicated, List<String> mismatched) {

        public boolean exact() {
            return lost.isEmpty() && duplicated.isEmpty() && mismatched.isEmpty();
        }

        public List<String> defects() {
            List<String> all = new ArrayList<>(lost);
            all.addAll(duplicated);
            all.addAll(mismatched);
            return all;
        }
    }

    /** One service's store and topic, indexed by what a command is found by. */
    private static final class Trail {
        final Map<UUID, List<EventStores.StoredEvent>> storedByCorrelation = new HashMap<>();
        final Map<String, List<EventStores.StoredEvent>> storedByCreatedId = new HashMap<>();
        final Map<UUID, List<TopicLog.Entry>> publishedByCorrelation = new HashMap<>();
        final Map<String, List<TopicLog.Entry>> publishedByCreatedId = new HashMap<>();

        Trail(String service, Set<CommandLoad.Creates> creates, List<EventStores.StoredEvent> stored, List<TopicLog.Entry> published) {
            Map<String, String> idFieldByType = creates.stream().collect(Collectors.toMap(CommandLoad.Creates::eventType, CommandLoad.Creates::idField));
            for (EventStores.StoredEvent event : stored) {
                if (event.correlationId() != null) {
                    storedByCorrelation.computeIfAbsent(event.correlationId(), k -> new ArrayList<>()).add(event);
                }
                String idField = idFieldByType.get(event.eventType());
                if (idField != null) {
                    String id = parse(event.payload()).path(idField).asText(null);
                    storedByCreatedId.computeIfAbsent(event.eventType() + " " + id, k -> new ArrayList<>()).add(event);
                }
            }
            for (TopicLog.Entry entry : published) {
                String correlation = entry.header(CORRELATION_HEADER);
                if (correlation != null) {
                    try {
                        publishedByCorrelation.computeIfAbsent(UUID.fromString(correlation), k -> new ArrayList<>()).add(entry);
                    } catch (IllegalArgumentException notAnId) {
                        // a poison record's: no command of the load carries it
                    }
                }
                String type = shortType(service, entry.type());
                String idField = type == null ? null : idFieldByType.get(type);
                if (idField != null) {
                    String id = parse(entry.value()).path(idField).asText(null);
                    publishedByCreatedId.computeIfAbsent(type + " " + id, k -> new ArrayList<>()).add(entry);
                }
            }
        }
    }

    private final Map<String, Trail> trails = new HashMap<>();

    /**
     * @param stored    every event of each service's store
     * @param published every record of each service's topic, read to its end after the platform settled
     */
    public ExactlyOnce(List<CommandLoad.Kind> kinds, Map<String, List<EventStores.StoredEvent>> stored, Map<String, List<TopicLog.Entry>> published) {
        Map<String, Set<CommandLoad.Creates>> creates = kinds.stream().collect(Collectors.groupingBy(CommandLoad.Kind::service,
                Collectors.mapping(CommandLoad.Kind::creates, Collectors.toSet())));
        creates.forEach((service, events) -> trails.put(service, new Trail(service, events, stored.get(service), published.get(service))));
    }

    public Result check(List<CommandLoad.Accepted> accepted, List<CommandLoad.Refused> refused) {
        List<String> lost = new ArrayList<>();
        List<String> duplicated = new ArrayList<>();
        List<String> mismatched = new ArrayList<>();
        for (CommandLoad.Accepted command : accepted) {
            String service = command.kind().service();
            Trail trail = trails.get(service);
            CommandLoad.Creates creates = command.kind().creates();
            String what = service + " '" + command.kind().name() + "' " + command.correlation();
            List<EventStores.StoredEvent> byCorrelation = trail.storedByCorrelation.getOrDefault(command.correlation(), List.of());
            List<TopicLog.Entry> publishedByCorrelation = trail.publishedByCorrelation.getOrDefault(command.correlation(), List.of());
            sort(what + ": stored events with its correlation id", byCorrelation.size(), lost, duplicated);
            sort(what + ": records on " + service + ".events with its correlation id", publishedByCorrelation.size(), lost, duplicated);
            if (command.createdId() == null) {
                mismatched.add(what + ": its 2xx answer named no id");
                continue;
            }
            String key = creates.eventType() + " " + command.createdId();
            List<EventStores.StoredEvent> byId = trail.storedByCreatedId.getOrDefault(key, List.of());
            List<TopicLog.Entry> publishedById = trail.publishedByCreatedId.getOrDefault(key, List.of());
            sort(what + ": stored " + creates.eventType() + " events with " + creates.idField() + " " + command.createdId(), byId.size(), lost, duplicated);
            sort(what + ": records of " + creates.eventType() + " with " + creates.idField() + " " + command.createdId(), publishedById.size(), lost,
                    duplicated);
            if (byCorrelation.size() == 1 && byId.size() == 1 && !byCorrelation.get(0).eventId().equals(byId.get(0).eventId())) {
                mismatched.add(what + ": the event of its correlation id (" + byCorrelation.get(0).eventType() + " " + byCorrelation.get(0).eventId()
                        + ") is not the one naming the id its answer returned (" + byId.get(0).eventId() + ")");
            }
            if (byId.size() == 1 && publishedByCorrelation.size() == 1 && !byId.get(0).eventId().equals(publishedByCorrelation.get(0).eventId())) {
                mismatched.add(what + ": the record of its correlation id (" + publishedByCorrelation.get(0).eventId()
                        + ") is not the stored event (" + byId.get(0).eventId() + ")");
            }
            if (byId.size() == 1 && publishedById.size() == 1 && !byId.get(0).eventId().equals(publishedById.get(0).eventId())) {
                mismatched.add(what + ": the record naming " + command.createdId() + " (" + publishedById.get(0).eventId()
                        + ") is not the stored event (" + byId.get(0).eventId() + ")");
            }
        }
        for (CommandLoad.Refused command : refused) {
            String service = command.kind().service();
            int written = trails.get(service).storedByCorrelation.getOrDefault(command.correlation(), List.of()).size();
            String what = service + " '" + command.kind().name() + "' " + command.correlation();
            if (command.status() != 0 && written > 0) {
                mismatched.add(what + ": refused with " + command.status() + " but wrote " + written + " event(s)");
            } else if (command.status() == 0 && written > 1) {
                duplicated.add(what + ": got no answer and wrote " + written + " events");
            }
        }
        return new Result(accepted.size(), lost, duplicated, mismatched);
    }

    private static void sort(String what, int found, List<String> lost, List<String> duplicated) {
        if (found == 0) {
            lost.add(what + ": none");
        } else if (found > 1) {
            duplicated.add(what + ": " + found);
        }
    }

    /** {@code admissions.MentorRegistered.v1} on admissions' topic is the store's {@code MentorRegistered}; null for another service's or a foreign type. */
    private static String shortType(String service, String ceType) {
        if (ceType == null || !ceType.startsWith(service + ".")) {
            return null;
        }
        String rest = ceType.substring(service.length() + 1);
        int version = rest.lastIndexOf(".v");
        return version < 0 ? rest : rest.substring(0, version);
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
    }

    private static JsonNode parse(byte[] json) {
        try {
            return json == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : JSON.readTree(json);
        } catch (IOException e) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
    }
}
