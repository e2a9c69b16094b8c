package org.reformplatform.systemtests.reliability;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.reformplatform.systemtests.Api;
import org.reformplatform.systemtests.LocalPlatform;
import org.reformplatform.systemtests.Tokens;
import org.reformplatform.systemtests.faults.CommandLoad;
import org.reformplatform.systemtests.faults.EventStores;
import org.reformplatform.systemtests.faults.EventStores.StoredEvent;

/**
 * What the fault suites send and what they check afterwards, one kind of command per service, each
 * creating something a read model lists and counts:
 *
 * <table>
 * <tr><th>service</th><th>command</th><th>read models compared with the store</th></tr>
 * <tr><td>admissions</td><td>register a mentor (affiliation = run tag)</td><td>mentors list; mentor load per kind (count, capacity)</td></tr>
 * <tr><td>qualification</td><td>a recognition application (partner reliability-lab)</td><td>applications list; status counts</td></tr>
 * <tr><td>mobility</td><td>define a post (partner reliability-lab)</td><td>posts list; filled and vacant per kind</td></tr>
 * <tr><td>incubation</td><td>a donation to the run's partner (centre = run tag)</td><td>the partner's donations; portfolio donations count and total</td></tr>
 * <tr><td>evaluation</td><td>publish a challenge list (institution = run tag)</td><td>challenge lists list</td></tr>
 * </table>
 *
 * <p>Every comparison is between a read model, read through the API, and the events of the store
 * (read over JDBC): the same items, none twice, the same counts and sums. Commands from earlier runs
 * on the same platform are part of both sides, so the checks hold whatever ran before.
 */
final class FaultBench {

    /** The partner organisation only the fault suites use (deploy/keycloak: partner-reliability-lab). */
    static final Tokens.Principal LAB = Tokens.client("partner-reliability-lab");
    static final String LAB_ORG = "reliability-lab";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] MENTOR_KINDS = {"FULL_TIME", "PART_TIME", "INDUSTRY"};
    private static final String[] POST_KINDS = {"PROJECT_MANAGER", "ACHIEVEMENT_PROMOTION_SPECIALIST", "TECHNOLOGY_MANAGER",
            "INDUSTRY_MENTOR", "ENTERPRISE_PROFESSOR", "ENTREPRENEURSHIP_MENTOR"};

    private final LocalPlatform platform;
    private final Api api;
    private final EventStores stores;
    final String tag;
    private String partnerId;
    private String qualificationId;
    private String issuingBody;

    FaultBench(LocalPlatform platform, EventStores stores) {
        this.platform = platform;
        this.api = platform.api();
        this.stores = stores;
        this.tag = "faults-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
    }

    /** What the commands need: the run's partner in incubation, the recognition list in force. */
    FaultBench prepare() {
        partnerId = api.as(Tokens.OPERATOR).post("incubation", "/v1/partners",
                Map.of("organisation", tag, "name", "Reliability lab " + tag, "kind", "CORPORATE")).expect(201).path("id").asText();
        int loaded = api.as(Tokens.OPERATOR).post("qualification", "/v1/reference-data/recognition-lists", null).status();
        if (loaded != 200 && loaded != 201) {
            throw new IllegalStateException("the recognition lists could not be loaded: " + loaded);
        }
        // the list in force and its entries are read models: they may lag behind the load just done
        String version = null;
        JsonNode entry = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (entry == null) {
            Api.Reply inForce = api.as(LAB).get("qualification", "/v1/recognition-list-versions/in-force");
            if (inForce.status() == 200) {
                version = inForce.path("version").asText();
                JsonNode items = api.as(LAB).get("qualification", "/v1/recognition-list-versions/" + version + "/entries?size=1").path("items");
                entry = items.isArray() && items.size() > 0 ? items.get(0) : null;
            }
            if (entry == null) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no recognition list in force: " + inForce.text());
                }
                sleepQuietly(500);
            }
        }
        qualificationId = entry.path("qualificationId").asText();
        issuingBody = entry.path("issuingBody").asText();
        return this;
    }

    List<CommandLoad.Kind> kinds() {
        return List.of(
                new CommandLoad.Kind("register a mentor", "admissions", () -> token(Tokens.OPERATOR), "/v1/mentors",
                        () -> Map.of("name", "Mentor " + UUID.randomUUID(), "kind", MENTOR_KINDS[ThreadLocalRandom.current().nextInt(3)],
                                "capacity", 1 + ThreadLocalRandom.current().nextInt(8), "affiliation", tag, "subject", "load"),
                        json -> json.path("id").asText(null)),
                new CommandLoad.Kind("apply for recognition", "qualification", () -> token(LAB), "/v1/recognition-applications",
                        () -> Map.of("holderId", UUID.randomUUID().toString(), "qualificationId", qualificationId,
                                "certificate", Map.of("number", "LOAD-" + UUID.randomUUID(), "issuingBody", issuingBody, "issuedOn", "2019-06-15")),
                        json -> json.path("id").asText(null)),
                new CommandLoad.Kind("define a post", "mobility", () -> token(LAB), "/v1/posts",
                        () -> Map.of("kind", POST_KINDS[ThreadLocalRandom.current().nextInt(POST_KINDS.length)], "title", "Post " + UUID.randomUUID()),
                        json -> json.path("id").asText(null)),
                new CommandLoad.Kind("receive a donation", "incubation", () -> token(Tokens.OPERATOR), "/v1/partners/" + partnerId + "/donations",
                        () -> Map.of("centre", tag, "kind", ThreadLocalRandom.current().nextBoolean() ? "DONATION" : "SPONSORSHIP",
                                "amount", Map.of("amount", ThreadLocalRandom.current().nextInt(1, 100_000) + "." + ThreadLocalRandom.current().nextInt(10, 100),
                                        "currency", "CNY"),
                                "purpose", "load", "receivedOn", "2026-04-18"),
                        json -> json.path("id").asText(null)),
                new CommandLoad.Kind("publish a challenge list", "evaluation", () -> token(Tokens.OPERATOR), "/v1/challenge-lists",
                        () -> Map.of("title", "Challenges " + UUID.randomUUID(), "institution", tag,
                                "challenges", List.of(Map.of("code", "c1", "title", "First challenge"))),
                        json -> json.path("id").asText(null)));
    }

    private String token(Tokens.Principal principal) {
        return platform.tokens().of(principal);
    }

    /**
     * Every difference between the read models and the stores, for what the fault suites write;
     * empty when each read model lists exactly what the store holds, once, with the same counts.
     */
    List<String> readModelDifferences() {
        List<String> differences = new ArrayList<>();
        mentors(differences);
        recognitionApplications(differences);
        posts(differences);
        donations(differences);
        challengeLists(differences);
        return differences;
    }

    /** How many items the checks compared: store items per service. */
    Map<String, Integer> compared() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("admissions", created("admissions", "MentorRegistered", "mentorId", "affiliation", tag).size());
        sizes.put("qualification", created("qualification", "ApplicationSubmitted", "applicationId", "organisation", LAB_ORG).size());
        sizes.put("mobility", created("mobility", "PostDefined", "postId", "institution", LAB_ORG).size());
        sizes.put("incubation", created("incubation", "DonationReceived", "donationId", "partnerId", partnerId).size());
        sizes.put("evaluation", created("evaluation", "ChallengeListPublished", "listId", "institution", tag).size());
        return sizes;
    }

    private void mentors(List<String> differences) {
        Map<String, JsonNode> stored = created("admissions", "MentorRegistered", "mentorId", "affiliation", tag);
        compareIds(differences, "admissions /v1/mentors", stored.keySet(), listed("admissions", Tokens.OPERATOR, "/v1/mentors?affiliation=" + tag));
        JsonNode load = api.as(Tokens.OPERATOR).get("admissions", "/v1/mentor-load?affiliation=" + tag).expect(200).json();
        for (JsonNode kind : load.path("kinds")) {
            String name = kind.path("kind").asText();
            long mentors = stored.values().stream().filter(e -> e.path("kind").asText().equals(name)).count();
            long capacity = stored.values().stream().filter(e -> e.path("kind").asText().equals(name)).mapToLong(e -> e.path("capacity").asLong()).sum();
            if (kind.path("mentors").asLong() != mentors || kind.path("capacity").asLong() != capacity) {
                differences.add("admissions /v1/mentor-load " + name + ": " + kind.path("mentors") + " mentors with capacity " + kind.path("capacity")
                        + ", the store has " + mentors + " with " + capacity);
            }
        }
    }

    private void recognitionApplications(List<String> differences) {
        Map<String, JsonNode> stored = created("qualification", "ApplicationSubmitted", "applicationId", "organisation", LAB_ORG);
        compareIds(differences, "qualification /v1/recognition-applications", stored.keySet(),
                listed("qualification", LAB, "/v1/recognition-applications?status=all"));
        // {"submitted": n, "verified": n, "recognised": n, "refused": n}: every application in exactly one status
        JsonNode counts = api.as(LAB).get("qualification", "/v1/recognition-applications/status-counts").expect(200).json();
        long total = 0;
        for (JsonNode count : counts) {
            total += count.asLong();
        }
        if (total != stored.size()) {
            differences.add("qualification status counts add up to " + total + " (" + counts + "), the store has " + stored.size() + " applications");
        }
    }

    private void posts(List<String> differences) {
        Map<String, JsonNode> stored = created("mobility", "PostDefined", "postId", "institution", LAB_ORG);
        compareIds(differences, "mobility /v1/posts", stored.keySet(), listed("mobility", LAB, "/v1/posts?institution=" + LAB_ORG));
        JsonNode counts = api.as(LAB).get("mobility", "/v1/posts/counts?institution=" + LAB_ORG).expect(200).json();
        for (JsonNode kind : counts.path("kinds")) {
            String name = kind.path("kind").asText();
            long defined = stored.values().stream().filter(e -> e.path("kind").asText().equals(name)).count();
            long counted = kind.path("filled").asLong() + kind.path("vacant").asLong();
            if (counted != defined) {
                differences.add("mobility /v1/posts/counts " + name + ": " + counted + " posts, the store has " + defined);
            }
        }
    }

    private void donations(List<String> differences) {
        Map<String, JsonNode> stored = created("incubation", "DonationReceived", "donationId", "partnerId", partnerId);
        compareIds(differences, "incubation /v1/partners/{id}/donations", stored.keySet(),
                listed("incubation", Tokens.OPERATOR, "/v1/partners/" + partnerId + "/donations"));
        BigDecimal storedTotal = stored.values().stream().map(e -> new BigDecimal(e.path("amount").path("amount").asText()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        JsonNode portfolio = api.as(Tokens.OPERATOR).get("incubation", "/v1/portfolio?centre=" + tag).expect(200).json().path("donations");
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode money : portfolio.path("total")) {
            total = total.add(new BigDecimal(money.path("amount").asText()));
        }
        if (portfolio.path("count").asLong() != stored.size() || total.compareTo(storedTotal) != 0) {
            differences.add("incubation /v1/portfolio donations: " + portfolio.path("count") + " totalling " + total + ", the store has "
                    + stored.size() + " totalling " + storedTotal);
        }
    }

    private void challengeLists(List<String> differences) {
        Map<String, JsonNode> stored = created("evaluation", "ChallengeListPublished", "listId", "institution", tag);
        compareIds(differences, "evaluation /v1/challenge-lists", stored.keySet(), listed("evaluation", Tokens.OPERATOR, "/v1/challenge-lists?institution=" + tag));
    }

    private static void compareIds(List<String> differences, String what, Set<String> stored, List<String> listed) {
        Set<String> seen = new HashSet<>();
        List<String> twice = listed.stream().filter(id -> !seen.add(id)).toList();
        Set<String> missing = new HashSet<>(stored);
        missing.removeAll(seen);
        Set<String> extra = new HashSet<>(seen);
        extra.removeAll(stored);
        if (!twice.isEmpty() || !missing.isEmpty() || !extra.isEmpty()) {
            differences.add(what + ": " + listed.size() + " listed, " + stored.size() + " in the store; missing " + sample(missing)
                    + ", listed twice " + sample(twice) + ", not in the store " + sample(extra));
        }
    }

    private static String sample(java.util.Collection<String> ids) {
        return ids.size() + (ids.isEmpty() ? "" : " " + ids.stream().limit(3).toList());
    }

    /** The ids of a list, all pages. */
    private List<String> listed(String service, Tokens.Principal principal, String path) {
        List<String> ids = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0; page < 10_000; page++) {
            JsonNode json = api.as(principal).get(service, path + separator + "page=" + page + "&size=200").expect(200).json();
            for (JsonNode item : json.path("items")) {
                ids.add(item.path("id").asText());
            }
            if (!json.path("hasNext").asBoolean()) {
                break;
            }
        }
        return ids;
    }

    /** The creation events of a type in a service's store whose payload field has the value, by created id. */
    private Map<String, JsonNode> created(String service, String eventType, String idField, String field, String value) {
        Map<String, JsonNode> byId = new TreeMap<>();
        for (StoredEvent event : stores.all(service)) {
            if (!event.eventType().equals(eventType)) {
                continue;
            }
            JsonNode payload = parse(event.payload());
            if (payload.path(field).asText().equals(value)) {
                byId.put(payload.path(idField).asText(), payload);
            }
        }
        return byId;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Accepted commands whose events are not in their service's store (by correlation id). */
    List<String> acceptedButNotStored(List<CommandLoad.Accepted> accepted) {
        Map<String, List<UUID>> byService = new HashMap<>();
        accepted.forEach(a -> byService.computeIfAbsent(a.kind().service(), s -> new ArrayList<>()).add(a.correlation()));
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, List<UUID>> service : byService.entrySet()) {
            Set<UUID> found = stores.byCorrelation(service.getKey(), service.getValue()).keySet();
            for (UUID correlation : service.getValue()) {
                if (!found.contains(correlation)) {
                    missing.add(service.getKey() + " " + correlation);
                }
            }
        }
        return missing;
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Duration seconds(double s) {
        return Duration.ofMillis((long) (s * 1000));
    }
}
