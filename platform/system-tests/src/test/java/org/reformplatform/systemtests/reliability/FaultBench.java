package org.reformplatform.systemtests.reliability;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformplatform.systemtests.Api;
import org.reformplatform.systemtests.LocalPlatform;
import org.reformplatform.systemtests.Tokens;
import org.reformplatform.systemtests.faults.CommandLoad;
import org.reformplatform.systemtests.faults.EventStores;

/**
 * What the fault suites send: one kind of command per service, each creating one thing (one event)
 * that a read model lists and counts, with the event it writes named so that every accepted
 * command can be counted in the store and on the topic ({@code faults.ExactlyOnce}):
 *
 * <table>
 * <tr><th>service</th><th>command</th><th>event</th><th>read models compared with the store ({@link ReadModelComparison})</th></tr>
 * <tr><td>admissions</td><td>register a mentor (affiliation = run tag)</td><td>MentorRegistered</td><td>mentors list; mentor load per kind</td></tr>
 * <tr><td>qualification</td><td>a recognition application (partner reliability-lab)</td><td>ApplicationSubmitted</td><td>applications list; status counts</td></tr>
 * <tr><td>mobility</td><td>define a post (partner reliability-lab)</td><td>PostDefined</td><td>posts list; filled and vacant per kind</td></tr>
 * <tr><td>incubation</td><td>a donation to the run's partner (centre = run tag)</td><td>DonationReceived</td><td>the partner's donations; portfolio donations per kind and currency</td></tr>
 * <tr><td>evaluation</td><td>publish a challenge list (institution = run tag)</td><td>ChallengeListPublished</td><td>challenge lists list</td></tr>
 * </table>
 *
 * <p>Commands from earlier runs on the same platform are part of both sides of every comparison, so
 * the checks hold whatever ran before.
 */
final class FaultBench {

    /** The partner organisation only the fault suites use (deploy/keycloak: partner-reliability-lab). */
    static final Tokens.Principal LAB = Tokens.client("partner-reliability-lab");
    static final String LAB_ORG = "reliability-lab";
    private static final String[] MENTOR_KINDS = {"FULL_TIME", "PART_TIME", "INDUSTRY"};
    private static final String[] POST_KINDS = {"PROJECT_MANAGER", "ACHIEVEMENT_PROMOTION_SPECIALIST", "TECHNOLOGY_MANAGER",
            "INDUSTRY_MENTOR", "ENTERPRISE_PROFESSOR", "ENTREPRENEURSHIP_MENTOR"};

    static final int SENDERS = 4;
    static final Duration PAUSE = Duration.ofMillis(100);
    static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(30);

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
                        json -> json.path("id").asText(null), new CommandLoad.Creates("MentorRegistered", "mentorId")),
                new CommandLoad.Kind("apply for recognition", "qualification", () -> token(LAB), "/v1/recognition-applications",
                        () -> Map.of("holderId", UUID.randomUUID().toString(), "qualificationId", qualificationId,
                                "certificate", Map.of("number", "LOAD-" + UUID.randomUUID(), "issuingBody", issuingBody, "issuedOn", "2019-06-15")),
                        json -> json.path("id").asText(null), new CommandLoad.Creates("ApplicationSubmitted", "applicationId")),
                new CommandLoad.Kind("define a post", "mobility", () -> token(LAB), "/v1/posts",
                        () -> Map.of("kind", POST_KINDS[ThreadLocalRandom.current().nextInt(POST_KINDS.length)], "title", "Post " + UUID.randomUUID()),
                        json -> json.path("id").asText(null), new CommandLoad.Creates("PostDefined", "postId")),
                new CommandLoad.Kind("receive a donation", "incubation", () -> token(Tokens.OPERATOR), "/v1/partners/" + partnerId + "/donations",
                        () -> Map.of("centre", tag, "kind", ThreadLocalRandom.current().nextBoolean() ? "DONATION" : "SPONSORSHIP",
                                "amount", Map.of("amount", ThreadLocalRandom.current().nextInt(1, 100_000) + "." + ThreadLocalRandom.current().nextInt(10, 100),
                                        "currency", "CNY"),
                                "purpose", "load", "receivedOn", "2026-04-18"),
                        json -> json.path("id").asText(null), new CommandLoad.Creates("DonationReceived", "donationId")),
                new CommandLoad.Kind("publish a challenge list", "evaluation", () -> token(Tokens.OPERATOR), "/v1/challenge-lists",
                        () -> Map.of("title", "Challenges " + UUID.randomUUID(), "institution", tag,
                                "challenges", List.of(Map.of("code", "c1", "title", "First challenge"))),
                        json -> json.path("id").asText(null), new CommandLoad.Creates("ChallengeListPublished", "listId")));
    }

    /**
     * The suites' load over {@link #kinds()}, not started: 4 senders, each pausing 100 ms between commands, with a client
     * timeout longer than any answer should take even on a crowded machine (an answer later than it is a hang).
     */
    CommandLoad load() {
        return new CommandLoad(kinds(), platform::url, SENDERS, PAUSE, CLIENT_TIMEOUT);
    }

    private String token(Tokens.Principal principal) {
        return platform.tokens().of(principal);
    }

    /** The read models of what the commands create, compared with the stores (after {@link #prepare()}). */
    ReadModelComparison readModels() {
        return new ReadModelComparison(api, stores, tag, partnerId);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
