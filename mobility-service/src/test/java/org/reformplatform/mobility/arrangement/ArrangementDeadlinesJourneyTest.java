package org.reformplatform.mobility.arrangement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.reformplatform.testing.EventStoreProbe.assertNoEventWritten;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.deadline.DeadlineDispatcher;
import org.reformplatform.eventsourcing.deadline.Deadlines;
import org.reformplatform.eventsourcing.ops.PlatformClock;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.mobility.MobilityApi;
import org.reformplatform.testing.ReadModelOracle;
import org.reformplatform.testing.Tokens;

/**
 * Time acts on arrangements: the platform's clock is moved (never waited for) and the arrangement's
 * own deadlines fired; each outcome shows in the arrangement, in the lists and in the due list, and
 * firing again changes nothing.
 */
@QuarkusTest
class ArrangementDeadlinesJourneyTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    final String uni = MobilityApi.org("uni");
    final String acme = MobilityApi.org("acme");
    final UUID researcher = UUID.randomUUID();

    @Inject
    PlatformClock clock;

    @Inject
    RegionalCalendar calendar;

    @Inject
    DeadlineDispatcher dispatcher;

    @Inject
    Deadlines deadlines;

    @BeforeEach
    void policy() {
        MobilityApi.defaultPolicy();
    }

    @AfterEach
    void realTime() {
        clock.backToNow();
    }

    @Test
    void an_approved_agreement_not_signed_in_time_lapses_once() {
        LocalDate today = calendar.today();
        String id = MobilityApi.apply(uni, MobilityApi.application(researcher, "SECONDMENT", acme, today.plusMonths(1), today.plusMonths(13)));
        MobilityApi.approve(Tokens.partner(uni), id).statusCode(200).body("signBy", equalTo(today.plusDays(30).toString()));
        MobilityApi.sign(Tokens.partner(uni), id, "RESEARCHER", 1, researcher).statusCode(200);
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.partner(acme)).get("/v1/arrangements/due?withinDays=30")
                .then().statusCode(200).body("items.id", contains(id)).body("items[0].due", equalTo("SIGNING"))
                .body("items[0].dueOn", equalTo(today.plusDays(30).toString())).body("items[0].status", equalTo("approved")));
        given().auth().oauth2(Tokens.partner(uni)).get("/v1/deadlines").then().statusCode(200)
                .body("items.findAll { it.streamId == '" + id + "' }.name", contains(ArrangementDeadlines.SIGNING_LAPSE));

        clock.advance(Duration.ofDays(30));
        fire(id);
        get(id).body("status", equalTo("approved"));

        clock.advance(Duration.ofDays(1));
        fire(id);
        String etag = get(id).body("status", equalTo("lapsed")).extract().header("ETag");
        fire(id);
        assertThat(get(id).extract().header("ETag")).as("firing again changes nothing").isEqualTo(etag);
        assertThat(deadlines.ofStream(id)).singleElement().satisfies(d -> assertThat(d.status()).isEqualTo("FIRED"));
        assertNoEventWritten(() -> MobilityApi.sign(Tokens.partner(uni), id, "HOME_INSTITUTION", 1, null).statusCode(409)
                .body("type", containsString("arrangement-not-awaiting-signatures")));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.partner(uni)).get("/v1/arrangements?status=lapsed")
                .then().statusCode(200).body("items.id", contains(id)));
    }

    @Test
    void the_last_signature_cancels_the_lapse_and_a_withdrawal_does_too() {
        String signed = MobilityApi.activeSecondment(uni, acme, researcher);
        LocalDate today = calendar.today();
        String withdrawn = MobilityApi.apply(uni, MobilityApi.application(UUID.randomUUID(), "SECONDMENT", acme, today.plusMonths(1),
                today.plusMonths(13)));
        MobilityApi.approve(Tokens.partner(uni), withdrawn).statusCode(200);
        assertNoEventWritten(() -> withdraw(Tokens.partner(acme), withdrawn).statusCode(403).body("type", containsString("not-home-institution")));
        withdraw(Tokens.partner(uni), withdrawn).statusCode(200).body("status", equalTo("withdrawn"))
                .body("endReason", equalTo("The researcher accepted a post abroad"));
        assertNoEventWritten(() -> withdraw(Tokens.partner(uni), signed).statusCode(409).body("type", containsString("arrangement-not-withdrawable")));

        clock.advance(Duration.ofDays(40));
        fire(signed);
        fire(withdrawn);
        get(signed).body("status", equalTo("active"));
        get(withdrawn).body("status", equalTo("withdrawn"));
        assertThat(deadlines.ofStream(signed)).filteredOn(d -> d.name().equals(ArrangementDeadlines.SIGNING_LAPSE)).singleElement()
                .satisfies(d -> assertThat(d.status() + " " + d.outcome()).isEqualTo("CANCELLED signed: the arrangement is active"));
        assertThat(deadlines.ofStream(withdrawn)).singleElement()
                .satisfies(d -> assertThat(d.status() + " " + d.outcome()).isEqualTo("CANCELLED withdrawn by the institution"));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.analyst()).get("/v1/arrangements?status=withdrawn&institution=" + uni)
                .then().statusCode(200).body("items.id", contains(withdrawn)));
    }

    @Test
    void a_term_extended_within_the_forms_maximum_ends_itself_on_its_new_last_day() {
        LocalDate today = calendar.today();
        // The secondment started a month ago and ends in 11 months; the form allows 24 months from the start.
        String id = MobilityApi.activeSecondment(uni, acme, researcher);
        LocalDate startsOn = LocalDate.parse(get(id).extract().path("startsOn"));
        LocalDate endsOn = LocalDate.parse(get(id).extract().path("endsOn"));
        assertNoEventWritten(() -> extend(Tokens.partner(uni), id, startsOn.plusMonths(24).plusDays(1)).statusCode(422)
                .body("type", containsString("term-beyond-policy")));
        LocalDate extended = endsOn.plusMonths(6);
        extend(Tokens.partner(uni), id, extended).statusCode(200).body("endsOn", equalTo(extended.toString()));

        clock.travelTo(calendar.endOf(endsOn).plusSeconds(1));
        fire(id);
        get(id).body("status", equalTo("active"));

        clock.travelTo(calendar.endOf(extended).plusSeconds(1));
        fire(id);
        String etag = get(id).body("status", equalTo("ended")).body("ending", equalTo("COMPLETED"))
                .body("endedOn", equalTo(extended.toString())).extract().header("ETag");
        fire(id);
        assertThat(get(id).extract().header("ETag")).isEqualTo(etag);
        assertThat(deadlines.ofStream(id)).filteredOn(d -> d.name().equals(ArrangementDeadlines.TERM_END)).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo("FIRED"));
        assertThat(today).isBefore(extended);
    }

    @Test
    void enterprise_talent_leaves_its_post_when_its_term_ends_itself() {
        LocalDate today = calendar.today();
        String post = given().auth().oauth2(Tokens.partner(uni)).contentType(ContentType.JSON)
                .body(Map.of("kind", "ENTERPRISE_PROFESSOR", "title", "Enterprise professor of sensing")).post("/v1/posts").then()
                .statusCode(201).extract().path("id");
        Map<String, Object> application = new java.util.HashMap<>(MobilityApi.application(researcher, "ENTERPRISE_TALENT", acme,
                today.minusMonths(1), today.plusMonths(6)));
        application.put("postId", post);
        String id = MobilityApi.apply(uni, application);
        MobilityApi.approve(Tokens.partner(uni), id).statusCode(200);
        MobilityApi.sign(Tokens.partner(uni), id, "RESEARCHER", 1, researcher).statusCode(200);
        MobilityApi.sign(Tokens.partner(acme), id, "HOST_ENTERPRISE", 1, null).statusCode(200);
        MobilityApi.sign(Tokens.partner(uni), id, "HOME_INSTITUTION", 1, null).statusCode(200).body("status", equalTo("active"));

        clock.travelTo(calendar.endOf(today.plusMonths(6)).plusSeconds(1));
        fire(id);
        get(id).body("ending", equalTo("COMPLETED")).body("endedOn", equalTo(today.plusMonths(6).toString()));
        given().auth().oauth2(Tokens.partner(uni)).get("/v1/posts/" + post).then().statusCode(200).body("status", equalTo("vacant"));
    }

    @Test
    void an_earlier_end_cancels_the_term_end() {
        String id = MobilityApi.activeSecondment(uni, acme, researcher);
        MobilityApi.end(Tokens.partner(uni), id, "RETURNED", "Back to the lab early").statusCode(200);
        clock.advance(Duration.ofDays(400));
        fire(id);
        get(id).body("ending", equalTo("RETURNED"));
        assertThat(deadlines.ofStream(id)).filteredOn(d -> d.name().equals(ArrangementDeadlines.TERM_END)).singleElement()
                .satisfies(d -> assertThat(d.status() + " " + d.outcome()).isEqualTo("CANCELLED the arrangement ended: RETURNED"));
    }

    @Test
    void a_deferral_that_expires_makes_a_decision_due_and_the_researcher_resigns() {
        LocalDate today = calendar.today();
        LocalDate endsOn = today.plusDays(20);
        String id = MobilityApi.activeLeaveToFound(uni, researcher, today.minusMonths(6), endsOn);
        LocalDate deferredUntil = deferredOneMonth(id, endsOn);

        clock.travelTo(calendar.endOf(endsOn).plusSeconds(1));
        fire(id);
        get(id).body("status", equalTo("active"));

        clock.travelTo(calendar.endOf(deferredUntil).plusSeconds(1));
        fire(id);
        LocalDate decideBy = calendar.workingDays().plusWorkingDays(deferredUntil, 20);
        get(id).body("status", equalTo("decision_due")).body("decideBy", equalTo(decideBy.toString()));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.partner(uni)).get("/v1/arrangements/due?withinDays=60")
                .then().statusCode(200).body("items.id", contains(id)).body("items[0].due", equalTo("RETURN_OR_RESIGN"))
                .body("items[0].status", equalTo("decision_due")).body("items[0].dueOn", equalTo(decideBy.toString())));
        given().auth().oauth2(Tokens.partner(uni)).contentType(ContentType.JSON).body(Map.of("decision", "COMPLETED"))
                .post("/v1/arrangements/" + id + "/return-or-resign").then().statusCode(422).body("type", containsString("not-return-or-resign"));

        given().auth().oauth2(Tokens.partner(uni)).contentType(ContentType.JSON)
                .body(Map.of("decision", "RESIGNED", "reason", "Stays with the start-up as its CTO"))
                .post("/v1/arrangements/" + id + "/return-or-resign").then().statusCode(200).body("status", equalTo("ended"))
                .body("ending", equalTo("RESIGNED")).body("endedOn", equalTo(calendar.today().toString()));

        clock.travelTo(calendar.endOf(decideBy).plusSeconds(1));
        fire(id);
        get(id).body("ending", equalTo("RESIGNED"));
        assertThat(deadlines.ofStream(id)).extracting(d -> d.name() + " " + d.status()).containsExactlyInAnyOrder(
                ArrangementDeadlines.SIGNING_LAPSE + " CANCELLED", ArrangementDeadlines.TERM_END + " CANCELLED",
                ArrangementDeadlines.DEFERRAL_EXPIRY + " FIRED", ArrangementDeadlines.UNDECIDED + " CANCELLED");
    }

    @Test
    void when_nobody_decides_the_researcher_is_deemed_returned_on_the_last_day_to_decide() {
        LocalDate today = calendar.today();
        LocalDate endsOn = today.plusDays(10);
        String id = MobilityApi.activeLeaveToFound(uni, researcher, today.minusMonths(6), endsOn);
        LocalDate deferredUntil = deferredOneMonth(id, endsOn);
        LocalDate decideBy = calendar.workingDays().plusWorkingDays(deferredUntil, 20);

        // Everything due in one go, as after an outage: fired in due order.
        clock.travelTo(calendar.endOf(decideBy).plusSeconds(1));
        fire(id);
        String etag = get(id).body("status", equalTo("ended")).body("ending", equalTo("RETURNED"))
                .body("endedOn", equalTo(decideBy.toString())).body("endReason", containsString("Deemed RETURNED")).extract().header("ETag");
        fire(id);
        assertThat(get(id).extract().header("ETag")).isEqualTo(etag);
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.analyst()).get("/v1/arrangements?researcherId=" + researcher)
                .then().statusCode(200).body("items[0].status", equalTo("ended")).body("items[0].ending", equalTo("RETURNED"))
                .body("items[0].decideBy", equalTo(decideBy.toString())));
        given().auth().oauth2(Tokens.operator()).get("/ops/deadlines?status=fired&name=" + ArrangementDeadlines.UNDECIDED).then().statusCode(200)
                .body("items.streamId", hasItem(id));
    }

    private LocalDate deferredOneMonth(String id, LocalDate endsOn) {
        given().auth().oauth2(Tokens.partner(uni)).contentType(ContentType.JSON).body(Map.of("months", 1, "reason", "Series A"))
                .post("/v1/arrangements/" + id + "/deferral").then().statusCode(200);
        return endsOn.plusMonths(1);
    }

    private void fire(String id) {
        dispatcher.fireDueOf(List.of(id));
    }

    private static io.restassured.response.ValidatableResponse get(String id) {
        return given().auth().oauth2(Tokens.operator()).get("/v1/arrangements/" + id).then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse withdraw(String token, String id) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", "The researcher accepted a post abroad"))
                .post("/v1/arrangements/" + id + "/withdrawal").then();
    }

    private static io.restassured.response.ValidatableResponse extend(String token, String id, LocalDate endsOn) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("endsOn", endsOn.toString(), "reason", "Pilot line"))
                .post("/v1/arrangements/" + id + "/term-extension").then();
    }

    /** Whatever the clock did, every read model of the service equals its log. */
    @AfterAll
    static void everyReadModelEqualsTheLog() {
        ReadModelOracle.assertEveryProjectionEqualsTheLog();
    }
}
