package org.reformplatform.mobility.integration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.reformplatform.mobility.MobilityApi.today;
import static org.reformplatform.testing.EventStoreProbe.assertNoEventWritten;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.messaging.CloudEvent;
import org.reformplatform.mobility.MobilityApi;
import org.reformplatform.testing.EventStoreProbe;
import org.reformplatform.testing.ReadModelOracle;
import org.reformplatform.testing.Tokens;
import org.reformplatform.testing.kafka.ForeignEvents;

/**
 * Leave to found (离岗创业): the long-cycle support, a deferral, milestones recorded by operators and
 * milestones and rounds taken from incubation-service's events, whichever order they arrive in.
 */
@QuarkusTest
class LeaveToFoundJourneyTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    final String uni = MobilityApi.org("uni");
    final UUID researcher = UUID.randomUUID();

    @BeforeEach
    void policy() {
        MobilityApi.defaultPolicy();
    }

    @Test
    void a_deferral_within_the_policy_is_granted_and_the_arrangement_is_listed_as_due() {
        LocalDate endsOn = today().plusDays(20);
        String id = MobilityApi.activeLeaveToFound(uni, researcher, today().minusMonths(6), endsOn);
        String url = "/v1/arrangements/" + id;

        assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(uni)).contentType(ContentType.JSON).body(Map.of("months", 13))
                .post(url + "/deferral").then().statusCode(422).body("type", containsString("deferral-beyond-policy"))
                .body("maxDeferralMonths", equalTo(12)));
        given().auth().oauth2(Tokens.partner(uni)).contentType(ContentType.JSON)
                .body(Map.of("months", 12, "reason", "Series A closes next spring")).post(url + "/deferral").then().statusCode(200)
                .body("deferredUntil", equalTo(endsOn.plusMonths(12).toString()));
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(uni)).contentType(ContentType.JSON).body(Map.of("months", 1))
                .post(url + "/deferral").then().statusCode(409).body("type", containsString("deferral-already-granted")));

        // The term ends in 20 days: due within 30, not within 10.
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.partner(uni)).get("/v1/arrangements/due?withinDays=30")
                .then().statusCode(200).body("items.id", contains(id)).body("items[0].due", equalTo("TERM"))
                .body("items[0].dueOn", equalTo(endsOn.toString())).body("items[0].daysLeft", equalTo(20))
                .body("items[0].deferredUntil", equalTo(endsOn.plusMonths(12).toString())));
        given().auth().oauth2(Tokens.partner(uni)).get("/v1/arrangements/due?withinDays=10").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(Tokens.partner(uni)).get("/v1/arrangements/due?withinDays=-1").then().statusCode(400);
    }

    @Test
    void an_arrangement_whose_term_is_over_is_due_by_the_end_of_its_deferral() {
        // Retroactively registered: the term ended ten days ago... without a deferral it is overdue.
        String overdue = MobilityApi.activeLeaveToFound(uni, researcher, today().minusMonths(30), today().minusDays(10));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.analyst())
                .get("/v1/arrangements/due?withinDays=0&institution=" + uni).then().statusCode(200)
                .body("items.id", contains(overdue)).body("items[0].due", equalTo("TERM")).body("items[0].daysLeft", equalTo(-10)));
        // ...and no deferral can be granted once the term is over.
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(Map.of("months", 6))
                .post("/v1/arrangements/" + overdue + "/deferral").then().statusCode(409).body("type", containsString("term-already-ended")));
    }

    @Test
    void milestones_come_from_operators_and_from_incubation_when_the_founder_link_comes_first() {
        String id = MobilityApi.activeLeaveToFound(uni, researcher, today().minusMonths(3), today().plusMonths(30));
        String url = "/v1/arrangements/" + id;
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("milestone", "Company registered", "reachedOn", today().minusMonths(2).toString())).post(url + "/milestones")
                .then().statusCode(200).body("startup", hasSize(1)).body("startup[0].source", equalTo("OPERATOR"));
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("milestone", "IPO", "reachedOn", today().plusDays(1).toString())).post(url + "/milestones")
                .then().statusCode(422).body("type", containsString("milestone-in-future")));

        UUID venture = UUID.randomUUID();
        ForeignEvents.publish("incubation", "FounderJoined", venture.toString(), founder(venture, researcher));
        UUID milestone = ForeignEvents.publish("incubation", "VentureMilestoneReached", venture.toString(), milestone(venture, "First paying customer"));
        ForeignEvents.publish("incubation", "FundingRoundClosed", venture.toString(), round(venture, "Angel", "3000000.00"));
        // Delivered twice: recorded once.
        ForeignEvents.publish("incubation", new CloudEvent(milestone, "urn:reform-platform:incubation",
                "incubation.VentureMilestoneReached.v1", venture.toString(), java.time.Instant.now(), null, "Venture", 2, 2, milestone, milestone,
                null, null, ForeignEvents.json(milestone(venture, "First paying customer"))));
        // A student founder of another venture is none of this service's business.
        UUID studentVenture = UUID.randomUUID();
        ForeignEvents.publish("incubation", "FounderJoined", studentVenture.toString(), Map.of("ventureId", studentVenture.toString(), "founderKind", "STUDENT",
                "studentId", UUID.randomUUID().toString(), "name", "A student"));

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.partner(uni)).get(url).then().statusCode(200)
                .body("startup.title", containsInAnyOrder("Company registered", "First paying customer", "Angel"))
                .body("startup.find { it.kind == 'FUNDING_ROUND' }.amount.amount", equalTo("3000000.00"))
                .body("startup.find { it.kind == 'FUNDING_ROUND' }.investors", contains("Fund A", "Partner B"))
                .body("startup.find { it.kind == 'MILESTONE' && it.source == 'INCUBATION' }.ventureId", equalTo(venture.toString())));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.analyst()).get("/v1/arrangements?researcherId=" + researcher)
                .then().body("items[0].milestones", equalTo(2)).body("items[0].fundingRounds", equalTo(1)));

        ForeignEvents.publish("incubation", "VentureClosed", venture.toString(), Map.of("ventureId", venture.toString(), "reason", "Acquired",
                "closedOn", today().toString()));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.partner(uni)).get(url).then()
                .body("startup.kind", hasItem("VENTURE_CLOSED")).body("startup", hasSize(4)));
    }

    @Test
    void venture_facts_that_arrive_before_the_founder_link_and_the_arrangement_wait_and_are_recorded_when_both_exist() {
        UUID venture = UUID.randomUUID();
        // Facts first: neither the founder link nor any arrangement is known.
        ForeignEvents.publish("incubation", "FundingRoundClosed", venture.toString(), round(venture, "Seed", "1000000.00"));
        ForeignEvents.publish("incubation", "VentureMilestoneReached", venture.toString(), milestone(venture, "Prototype flies"));
        await().atMost(PATIENCE).until(() -> EventStoreProbe.count("SELECT count(*) FROM parked_events WHERE park_key = ?", "venture:" + venture) == 2);

        // The founder link arrives: the facts now wait for the researcher's arrangement.
        ForeignEvents.publish("incubation", "FounderJoined", venture.toString(), founder(venture, researcher));
        await().atMost(PATIENCE).until(() -> EventStoreProbe.count("SELECT count(*) FROM parked_events WHERE park_key = ?", "researcher:" + researcher) == 2
                && EventStoreProbe.count("SELECT count(*) FROM parked_events WHERE park_key = ?", "venture:" + venture) == 0);

        // The arrangement becomes active: both facts are recorded on it, and nothing is left waiting.
        String id = MobilityApi.activeLeaveToFound(uni, researcher, today().minusMonths(1), today().plusMonths(35));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.partner(uni)).get("/v1/arrangements/" + id).then()
                .statusCode(200).body("startup.title", containsInAnyOrder("Seed", "Prototype flies"))
                .body("startup.source", contains("INCUBATION", "INCUBATION")));
        assertThat(EventStoreProbe.count("SELECT count(*) FROM parked_events WHERE park_key = ?", "researcher:" + researcher)).isZero();
    }

    @Test
    void facts_after_the_arrangement_ended_wait_for_the_next_one_while_earlier_facts_stay_with_theirs() {
        UUID venture = UUID.randomUUID();
        String first = MobilityApi.activeLeaveToFound(uni, researcher, today().minusMonths(12), today().plusMonths(12));
        LocalDate endedOn = today().minusDays(10);
        given().auth().oauth2(Tokens.partner(uni)).contentType(ContentType.JSON).body(Map.of("ending", "RETURNED", "endedOn", endedOn.toString()))
                .post("/v1/arrangements/" + first + "/ending").then().statusCode(200);
        ForeignEvents.publish("incubation", "FounderJoined", venture.toString(), founder(venture, researcher));
        ForeignEvents.publish("incubation", "VentureMilestoneReached", venture.toString(), Map.of("ventureId", venture.toString(),
                "milestone", "Pilot with a hospital", "reachedOn", endedOn.minusDays(10).toString()));
        ForeignEvents.publish("incubation", "VentureMilestoneReached", venture.toString(), Map.of("ventureId", venture.toString(),
                "milestone", "Second product", "reachedOn", today().toString()));

        // The fact from the time of the arrangement is recorded on it, although it arrived after the arrangement ended...
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.partner(uni)).get("/v1/arrangements/" + first).then()
                .body("startup.title", contains("Pilot with a hospital")));
        // ...the later one waits for the researcher's next leave-to-found arrangement.
        await().atMost(PATIENCE).until(() -> EventStoreProbe.count("SELECT count(*) FROM parked_events WHERE park_key = ?", "researcher:" + researcher) == 1);
        String second = MobilityApi.activeLeaveToFound(uni, researcher, today(), today().plusMonths(24));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.partner(uni)).get("/v1/arrangements/" + second).then()
                .body("startup.title", contains("Second product")));
        given().auth().oauth2(Tokens.partner(uni)).get("/v1/arrangements/" + first).then().body("startup", hasSize(1));
    }

    private static Map<String, Object> founder(UUID venture, UUID researcherId) {
        Map<String, Object> data = new java.util.HashMap<>();
        data.put("ventureId", venture.toString());
        data.put("founderKind", "RESEARCHER");
        data.put("studentId", null);
        data.put("researcherId", researcherId.toString());
        data.put("name", "Li Wei");
        return data;
    }

    private static Map<String, Object> milestone(UUID venture, String name) {
        return Map.of("ventureId", venture.toString(), "milestone", name, "reachedOn", today().toString());
    }

    private static Map<String, Object> round(UUID venture, String name, String amount) {
        return Map.of("ventureId", venture.toString(), "roundName", name, "amount", Map.of("amount", amount, "currency", "CNY"),
                "investors", List.of(Map.of("name", "Fund A", "organisation", "fund-a"), Map.of("name", "Partner B")),
                "closedOn", today().toString());
    }

    /** Whatever the journeys above did, every read model of the service equals its log. */
    @AfterAll
    static void everyReadModelEqualsTheLog() {
        ReadModelOracle.assertEveryProjectionEqualsTheLog();
    }
}
