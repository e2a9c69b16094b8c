package org.reformplatform.systemtests.faults;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Commands, answers, stored events and topic records made up for the checks' own tests, on a clock of whole seconds. */
final class LoadFixtures {

    static final CommandLoad.Kind MENTOR = kind("admissions", "MentorRegistered", "mentorId");
    static final CommandLoad.Kind POST = kind("mobility", "PostDefined", "postId");

    private LoadFixtures() {
    }

    static CommandLoad.Kind kind(String service, String event, String idField) {
        return new CommandLoad.Kind("create in " + service, service, () -> "token", "/v1/things", Map::of, json -> json.path("id").asText(null),
                new CommandLoad.Creates(event, idField));
    }

    static long s(double seconds) {
        return (long) (seconds * 1e9);
    }

    static CommandLoad.Accepted accepted(CommandLoad.Kind kind, double at, String createdId) {
        return accepted(kind, UUID.randomUUID(), at, createdId);
    }

    static CommandLoad.Accepted accepted(CommandLoad.Kind kind, UUID correlation, double at, String createdId) {
        return new CommandLoad.Accepted(kind, correlation, createdId, Map.of(), s(at), s(at + 0.1), "http://127.0.0.1:1");
    }

    static CommandLoad.Refused refused(CommandLoad.Kind kind, double at, int status, boolean problemBody) {
        return refused(kind, UUID.randomUUID(), at, status, problemBody, status == 0 ? "connection failed: refused" : null);
    }

    static CommandLoad.Refused refused(CommandLoad.Kind kind, UUID correlation, double at, int status, boolean problemBody, String failure) {
        return new CommandLoad.Refused(kind, correlation, status, status == 503 ? "service-unavailable" : null, failure, s(at), s(at + 0.1),
                problemBody);
    }

    static EventStores.StoredEvent stored(long position, UUID eventId, String eventType, UUID correlation, String idField, String id) {
        return new EventStores.StoredEvent(position, eventId, id, "Stream", eventType, correlation, "{\"" + idField + "\":\"" + id + "\"}");
    }

    static TopicLog.Entry published(String service, long offset, UUID eventId, String eventType, UUID correlation, String idField, String id) {
        Map<String, String> headers = new HashMap<>();
        headers.put("ce_id", eventId.toString());
        headers.put("ce_type", service + "." + eventType + ".v1");
        headers.put("ce_correlationid", correlation.toString());
        return new TopicLog.Entry(0, offset, id, eventId, service + "." + eventType + ".v1", headers,
                ("{\"" + idField + "\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
