package org.reformplatform.qualification.application;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.deadline.DeadlineDispatcher;
import org.reformplatform.eventsourcing.deadline.Deadlines;
import org.reformplatform.eventsourcing.ops.PlatformClock;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.qualification.referencedata.ReferenceData;
import org.reformplatform.testing.EventStoreProbe;
import org.reformplatform.testing.ReadModelOracle;
import org.reformplatform.testing.Tokens;

/**
 * The time limits of a recognition, as partners and officers meet them: the clock is moved past a
 * due date and the application's deadlines fired, never waited for; firing twice changes nothing,
 * and a deadline made moot (documents awaited, an appeal made, a measure completed) does not act.
 */
@QuarkusTest
class RecognitionTimeLimitsResourceTest {

    static final String APPLICATIONS = RecognitionApplicationResourceTest.APPLICATIONS;
    static final String PARTNER = Tokens.partner("uni-t");
    static final String OFFICER = Tokens.operator();
    static final String OTHER_OFFICER = Tokens.token("operator-2", "institute", "operator");

    @Inject
    PlatformClock clock;

    @Inject
    RegionalCalendar calendar;

    @Inject
    DeadlineDispatcher dispatcher;

    @Inject
    Deadlines deadlines;

    @BeforeEach
    void referenceList() {
        ReferenceData.ensureLoaded();
    }

    @AfterEach
    void realTime() {
        clock.backToNow();
    }

    /** A verified application for an entry of the title-equivalence list; its location. */
    String application(boolean verified) {
        JsonPath entry = RecognitionApplicationResourceTest.firstEntry("TITLE_EQUIVALENCE");
        String location = given().auth().oauth2(PARTNER).contentType(ContentType.JSON)
                .body(RecognitionApplicationResourceTest.application(UUID.randomUUID(), entry.getString("qualificationId"),
                        entry.getString("issuingBody"), "2020-01-15", null))
                .post(APPLICATIONS).then().statusCode(201).body("decisionClock.state", equalTo("running"))
                .body("decisionClock.overdue", equalTo(false)).extract().header("Location");
        if (verified) {
            given().auth().oauth2(OFFICER).post(location + "/verification").then().statusCode(200).body("status", equalTo("verified"));
        }
        return location;
    }

    static String id(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    static JsonPath read(String location) {
        return given().auth().oauth2(OFFICER).get(location).then().statusCode(200).extract().jsonPath();
    }

    static String etag(String location) {
        return given().auth().oauth2(OFFICER).get(location).then().statusCode(200).extract().header("ETag");
    }

    /** Moves the clock a minute past the end of the day in the region, and fires the application's deadlines (twice: the second does nothing). */
    void passTheEndOf(String day, String location) {
        clock.travelTo(calendar.endOf(LocalDate.parse(day)).plusSeconds(60));
        dispatcher.fireDueOf(List.of(id(location)));
        String etag = etag(location);
        assertThat(dispatcher.fireDueOf(List.of(id(location)))).isZero();
        assertThat(etag(location)).isEqualTo(etag);
    }

    private Deadlines.DeadlineView only(String name, String location) {
        List<Deadlines.DeadlineView> of = deadlines.ofStream(id(location)).stream().filter(d -> d.name().equals(name)).toList();
        assertThat(of).hasSize(1);
        return of.get(0);
    }

    @Test
    void an_application_left_undecided_past_its_statutory_clock_is_escalated_once_and_shows_as_overdue() {
        String location = application(true);
        String dueOn = read(location).getString("decisionClock.dueOn");
        assertThat(LocalDate.parse(dueOn)).isEqualTo(calendar.workingDays().plusWorkingDays(calendar.today(), 20));
        assertThat(deadlines.pending(ApplicationDeadlines.DECISION_DUE, id(location))).get()
                .satisfies(d -> assertThat(d.dueAt()).isEqualTo(calendar.endOf(LocalDate.parse(dueOn))))
                .satisfies(d -> assertThat(d.organisation()).isEqualTo("uni-t"));

        clock.travelTo(calendar.endOf(LocalDate.parse(dueOn)).minusSeconds(60));
        assertThat(dispatcher.fireDueOf(List.of(id(location)))).isZero();
        passTheEndOf(dueOn, location);

        given().auth().oauth2(PARTNER).get(location).then().statusCode(200).body("status", equalTo("verified"))
                .body("decisionClock.state", equalTo("escalated")).body("decisionClock.overdue", equalTo(true))
                .body("decisionClock.escalatedOn", equalTo(LocalDate.parse(dueOn).plusDays(1).toString()));
        assertThat(only(ApplicationDeadlines.DECISION_DUE, location).status()).isEqualTo("FIRED");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(PARTNER).queryParam("overdue", true)
                .queryParam("size", 200).get(APPLICATIONS).then().statusCode(200).body("items.id", hasItem(id(location))));
        given().auth().oauth2(PARTNER).queryParam("overdue", true).queryParam("size", 200).get(APPLICATIONS).then()
                .body("items.find { it.id == '" + id(location) + "' }.escalatedOn", notNullValue());

        // decided late, it is still decided; the escalation stays on record
        given().auth().oauth2(OFFICER).post(location + "/recognition").then().statusCode(200).body("status", equalTo("recognised"))
                .body("decisionClock.state", equalTo("stopped")).body("decisionClock.overdue", equalTo(true));
    }

    @Test
    void the_clock_stands_still_while_documents_are_awaited_and_resumes_with_the_days_it_had_left() {
        String location = application(false);
        String dueOn = read(location).getString("decisionClock.dueOn");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("documents", "A certified translation"))
                .post(location + "/document-requests").then().statusCode(200).body("decisionClock.state", equalTo("paused"))
                .body("decisionClock.documentsRequested", equalTo("A certified translation"))
                .body("decisionClock.remainingWorkingDays", equalTo(20));
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("documents", "More")).post(location + "/document-requests").then().statusCode(409)
                .body("type", containsString("documents-already-requested")));
        assertThat(only(ApplicationDeadlines.DECISION_DUE, location).status()).isEqualTo("CANCELLED");

        // the original due date passes while paused: nothing happens
        passTheEndOf(dueOn, location);
        given().auth().oauth2(PARTNER).get(location).then().body("decisionClock.state", equalTo("paused"))
                .body("decisionClock.overdue", equalTo(false));

        // the documents come: the clock resumes today with the 20 working days it had left
        given().auth().oauth2(Tokens.partner("uni-other")).post(location + "/documents").then().statusCode(404);
        String resumedDue = given().auth().oauth2(PARTNER).post(location + "/documents").then().statusCode(200)
                .body("decisionClock.state", equalTo("running")).extract().path("decisionClock.dueOn");
        assertThat(LocalDate.parse(resumedDue)).isEqualTo(calendar.workingDays().plusWorkingDays(calendar.today(), 20));
        assertThat(deadlines.pending(ApplicationDeadlines.DECISION_DUE, id(location))).get()
                .satisfies(d -> assertThat(d.dueAt()).isEqualTo(calendar.endOf(LocalDate.parse(resumedDue))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(PARTNER).queryParam("size", 200).get(APPLICATIONS)
                .then().body("items.find { it.id == '" + id(location) + "' }.decisionDueOn", equalTo(resumedDue)));
    }

    @Test
    void a_refusal_appealed_in_time_and_overturned_by_another_officer_is_recognised() {
        String location = application(true);
        String appealUntil = given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("reason", "The stamp could not be confirmed"))
                .post(location + "/refusal").then().statusCode(200).body("status", equalTo("refused"))
                .body("decisionClock.state", equalTo("stopped")).extract().path("appeal.appealUntil");
        assertThat(LocalDate.parse(appealUntil)).isEqualTo(calendar.today().plusDays(30));
        assertThat(only(ApplicationDeadlines.DECISION_DUE, location).status()).isEqualTo("CANCELLED");
        assertThat(only(ApplicationDeadlines.APPEAL_WINDOW_CLOSES, location).status()).isEqualTo("PENDING");

        EventStoreProbe.assertNoEventWritten(() -> {
            given().auth().oauth2(Tokens.partner("uni-other")).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                    .post(location + "/appeal").then().statusCode(404);
            given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("reason", "x")).post(location + "/appeal").then().statusCode(403);
            given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(Map.of("reason", " ")).post(location + "/appeal").then().statusCode(400);
        });
        clock.travelTo(calendar.endOf(LocalDate.parse(appealUntil)).minusSeconds(3600));
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(Map.of("reason", "The issuer confirmed it in writing"))
                .post(location + "/appeal").then().statusCode(200).body("status", equalTo("appealed"))
                .body("appeal.reason", equalTo("The issuer confirmed it in writing"));
        assertThat(only(ApplicationDeadlines.APPEAL_WINDOW_CLOSES, location).status()).isEqualTo("CANCELLED");

        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("outcome", "OVERTURNED", "reasons", "I was wrong")).post(location + "/appeal/decision").then().statusCode(403)
                .body("type", containsString("appeal-reviewer-refused-the-application")));
        given().auth().oauth2(OTHER_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("outcome", "OVERTURNED", "reasons", "The issuer's letter confirms the certificate"))
                .post(location + "/appeal/decision").then().statusCode(200).body("status", equalTo("recognised"))
                .body("appeal.outcome", equalTo("OVERTURNED")).body("appeal.reasons", equalTo("The issuer's letter confirms the certificate"));

        // the window's end passes: the appeal made it moot
        passTheEndOf(appealUntil, location);
        given().auth().oauth2(PARTNER).get(location).then().body("status", equalTo("recognised")).body("appeal.refusalFinalOn", nullValue());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(PARTNER).queryParam("status", "recognised")
                .queryParam("size", 200).get(APPLICATIONS).then().body("items.find { it.id == '" + id(location) + "' }.appealOutcome",
                        equalTo("OVERTURNED")));
    }

    @Test
    void a_refusal_not_appealed_becomes_final_when_its_window_closes() {
        String location = application(false);
        String appealUntil = given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("reason", "Not a professional qualification"))
                .post(location + "/refusal").then().statusCode(200).extract().path("appeal.appealUntil");
        clock.travelTo(calendar.endOf(LocalDate.parse(appealUntil)).plusSeconds(60));
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(Map.of("reason", "late"))
                .post(location + "/appeal").then().statusCode(409).body("type", containsString("appeal-window-closed"))
                .body("appealUntil", equalTo(appealUntil)));
        passTheEndOf(appealUntil, location);
        given().auth().oauth2(PARTNER).get(location).then().body("status", equalTo("refused"))
                .body("appeal.refusalFinalOn", equalTo(calendar.today().toString()));
        assertThat(only(ApplicationDeadlines.APPEAL_WINDOW_CLOSES, location).status()).isEqualTo("FIRED");
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(Map.of("reason", "late"))
                .post(location + "/appeal").then().statusCode(409).body("type", containsString("refusal-not-appealable"));
    }

    @Test
    void a_conditional_recognition_lapses_at_its_due_date_unless_the_measure_is_completed() {
        String lapsing = application(true);
        String completeBy = calendar.today().plusMonths(2).toString();
        Map<String, Object> condition = Map.of("measure", "APTITUDE_TEST", "substantialDifferences", "Domestic building regulations",
                "completeBy", completeBy);
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("measure", "APTITUDE_TEST", "substantialDifferences", "x", "completeBy", calendar.today().plusYears(1).toString()))
                .post(lapsing + "/conditional-recognition").then().statusCode(422).body("type", containsString("compensation-too-long")));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(condition).post(lapsing + "/conditional-recognition")
                .then().statusCode(200).body("status", equalTo("conditionally_recognised")).body("compensation.completeBy", equalTo(completeBy));
        assertThat(only(ApplicationDeadlines.COMPENSATION_DUE, lapsing).status()).isEqualTo("PENDING");

        String completed = application(true);
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(condition).post(completed + "/conditional-recognition")
                .then().statusCode(200);
        given().auth().oauth2(OFFICER).post(completed + "/compensation/completion").then().statusCode(200)
                .body("status", equalTo("recognised")).body("compensation.completedOn", notNullValue());
        assertThat(only(ApplicationDeadlines.COMPENSATION_DUE, completed).status()).isEqualTo("CANCELLED");

        passTheEndOf(completeBy, lapsing);
        passTheEndOf(completeBy, completed);
        given().auth().oauth2(PARTNER).get(lapsing).then().body("status", equalTo("lapsed"))
                .body("compensation.lapsedOn", equalTo(calendar.today().toString()));
        given().auth().oauth2(PARTNER).get(completed).then().body("status", equalTo("recognised"));
        assertThat(only(ApplicationDeadlines.COMPENSATION_DUE, lapsing).status()).isEqualTo("FIRED");
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(OFFICER).post(lapsing + "/compensation/completion").then()
                .statusCode(409).body("type", containsString("no-compensation-pending")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(PARTNER).queryParam("status", "lapsed")
                .queryParam("size", 200).get(APPLICATIONS).then().body("items.id", hasItem(id(lapsing)))
                .body("items.id", not(hasItem(id(completed)))));
        given().auth().oauth2(PARTNER).get(APPLICATIONS + "/status-counts").then().statusCode(200).body("lapsed", notNullValue());
    }

    /** Whatever the journeys above did, every read model of the service equals its log. */
    @AfterAll
    static void everyReadModelEqualsTheLog() {
        ReadModelOracle.assertEveryProjectionEqualsTheLog();
    }
}
