package org.reformplatform.admissions.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reformplatform.admissions.AdmissionsApi.as;
import static org.reformplatform.admissions.AdmissionsApi.assign;
import static org.reformplatform.admissions.AdmissionsApi.openEvent;
import static org.reformplatform.admissions.AdmissionsApi.reviewAs;
import static org.reformplatform.admissions.AdmissionsApi.submit;
import static org.reformplatform.admissions.AdmissionsApi.submitWork;
import static org.reformplatform.admissions.AdmissionsApi.uniqueReviewer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reformplatform.admissions.application.ReviewDeadlines;
import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.eventsourcing.deadline.DeadlineDispatcher;
import org.reformplatform.eventsourcing.deadline.Deadlines;
import org.reformplatform.eventsourcing.ops.PlatformClock;
import org.reformplatform.testing.ReadModelOracle;
import org.reformplatform.testing.Tokens;

/**
 * Reviews have a due date: a reminder before it, after it the review passes to another reviewer of
 * the intake event (or is escalated when there is none); the committee has a time limit for a docket
 * case. The clock is moved to each deadline and the deadline fired; firing again changes nothing, and
 * a deadline made moot (a review in, a decision taken) does not act.
 */
@QuarkusTest
class ReviewDeadlinesJourneyTest {

    static final Duration READ_MODEL = Duration.ofSeconds(30);

    @Inject
    PlatformClock clock;

    @Inject
    DeadlineDispatcher dispatcher;

    @Inject
    Deadlines deadlines;

    @AfterEach
    void realTime() {
        clock.backToNow();
    }

    static String key(String application, String reviewer) {
        return ReviewDeadlines.dutyKey(new ApplicationId(UUID.fromString(application)), reviewer);
    }

    Instant pending(String name, String stream) {
        return deadlines.pending(name, stream).orElseThrow(() -> new AssertionError("no pending " + name + " for " + stream)).dueAt();
    }

    static JsonPath staffView(String application) {
        return as(Tokens.operator()).get("/v1/applications/" + application).then().statusCode(200).extract().jsonPath();
    }

    static String etag(String application) {
        return as(Tokens.operator()).get("/v1/applications/" + application).then().statusCode(200).extract().header("ETag");
    }

    static JsonPath queueOf(String reviewer) {
        return as(Tokens.reviewer(reviewer)).get("/v1/review-queue?size=200").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void a_reviewer_is_reminded_then_the_overdue_review_passes_to_another_reviewer_of_the_event_once() {
        String event = openEvent("Sprint " + UUID.randomUUID(), 10, 2);
        String late = submit("uni-a", event, "Chen Jing");
        String other = submit("uni-a", event, "Ma Lin");
        submitWork("uni-a", late);
        submitWork("uni-a", other);
        String slow = uniqueReviewer("slow");
        String prompt = uniqueReviewer("prompt");
        String steady = uniqueReviewer("steady");
        assign(late, slow, steady);
        assign(other, prompt, steady);
        // Each application needs two reviews; the steady reviewer gives theirs at once, the slow one lets it fall overdue.
        reviewAs(steady, late, 9, 9, "ADMIT");

        String remindAt = staffView(late).getString("reviewsDue[0].remindAt");
        assertThat(staffView(late).getString("reviewsDue[0].reviewer")).isEqualTo(slow);
        await().atMost(READ_MODEL).untilAsserted(() -> {
            assertThat(queueOf(slow).getString("items.find { it.applicationId == '" + late + "' }.reviewDueAt")).isNotNull();
            assertThat(queueOf(prompt).getList("items.applicationId")).contains(other);
        });

        clock.travelTo(pending(ReviewDeadlines.REMINDER, key(late, slow)).plusSeconds(60));
        assertThat(Instant.parse(remindAt)).isEqualTo(deadlines.ofStream(key(late, slow)).get(0).dueAt());
        dispatcher.fireDueOf(List.of(key(late, slow)));
        assertThat(staffView(late).getString("reviewsDue[0].remindedAt")).isNotNull();
        await().atMost(READ_MODEL).untilAsserted(() ->
                assertThat(queueOf(slow).getString("items.find { it.applicationId == '" + late + "' }.remindedAt")).isNotNull());

        Instant overdue = pending(ReviewDeadlines.OVERDUE, key(late, slow));
        clock.travelTo(overdue.plusSeconds(60));
        dispatcher.fireDueOf(List.of(key(late, slow)));
        JsonPath reassigned = staffView(late);
        assertThat(reassigned.getList("reviewers")).containsExactlyInAnyOrder(steady, prompt);
        assertThat(reassigned.getString("reviewsDue[0].reviewer")).isEqualTo(prompt);
        assertThat(Instant.parse(reassigned.getString("reviewsDue[0].reviewDueAt"))).isAfter(overdue);
        String etag = etag(late);
        dispatcher.fireDueOf(List.of(key(late, slow)));
        assertThat(etag(late)).as("firing again changes nothing").isEqualTo(etag);
        assertThat(deadlines.ofStream(key(late, slow))).extracting(Deadlines.DeadlineView::status).containsOnly("FIRED");
        await().atMost(READ_MODEL).untilAsserted(() -> {
            assertThat(queueOf(slow).getList("items.applicationId")).doesNotContain(late);
            assertThat(queueOf(prompt).getList("items.applicationId")).contains(late, other);
        });
        as(Tokens.operator()).get("/v1/applications/" + late + "/history").then().statusCode(200);

        // The one who took it over reviews in time: their reminder and overdue review are moot.
        assertThat(reviewAs(prompt, late, 9, 9, "ADMIT")).isEqualTo("admitted");
        assertThat(deadlines.ofStream(key(late, prompt))).extracting(d -> d.status() + " " + d.outcome())
                .containsOnly("CANCELLED reviewed");
        clock.advance(Duration.ofDays(60));
        dispatcher.fireDueOf(List.of(key(late, prompt)));
        assertThat(staffView(late).getString("status")).isEqualTo("admitted");
    }

    @Test
    void an_overdue_review_nobody_else_may_take_is_escalated_for_the_operators() {
        String event = openEvent("Camp " + UUID.randomUUID(), 10, 2);
        String application = submit("uni-b", event, "Guo Ping");
        submitWork("uni-b", application);
        String alone = uniqueReviewer("alone");
        String helper = uniqueReviewer("helper");
        assign(application, alone, helper);
        // The other reviewer of the event is on this panel already: nobody else may take the overdue review.
        reviewAs(helper, application, 3, 3, "REJECT");
        // A refused review leaves the reviewer's deadlines as they were.
        as(Tokens.reviewer(alone)).body(Map.of("scores", List.of(Map.of("criterion", "originality", "score", 5)), "recommendation", "ADMIT"))
                .post("/v1/applications/" + application + "/reviews").then().statusCode(422);
        assertThat(deadlines.ofStream(key(application, alone))).extracting(Deadlines.DeadlineView::status).containsOnly("PENDING");

        clock.travelTo(pending(ReviewDeadlines.OVERDUE, key(application, alone)).plusSeconds(60));
        dispatcher.fireDueOf(List.of(key(application, alone)));
        JsonPath escalated = staffView(application);
        assertThat(escalated.getList("reviewers")).containsExactlyInAnyOrder(alone, helper);
        assertThat(escalated.getString("reviewsDue[0].escalatedAt")).isNotNull();
        assertThat(escalated.getString("reviewsDue[0].remindedAt")).as("the reminder fell due first, in due order").isNotNull();
        String etag = etag(application);
        dispatcher.fireDueOf(List.of(key(application, alone)));
        assertThat(etag(application)).isEqualTo(etag);
        await().atMost(READ_MODEL).untilAsserted(() -> assertThat(
                queueOf(alone).getBoolean("items.find { it.applicationId == '" + application + "' }.overdue")).isTrue());

        // Late, but still on the panel: the review counts (totals 20 and 30: mean 25, spread 10).
        assertThat(reviewAs(alone, application, 2, 2, "REJECT")).isEqualTo("rejected");
    }

    @Test
    void a_docket_case_undecided_past_the_committees_time_limit_is_escalated_and_one_decided_in_time_is_not() {
        String event = openEvent("Contest " + UUID.randomUUID(), 10, 2);
        String undecided = docketCase(event, "Luo Yi");
        String decided = docketCase(event, "Tang Wen");

        JsonPath referred = staffView(undecided);
        Instant decideBy = Instant.parse(referred.getString("specialReview.decisionDueAt"));
        assertThat(pending(ReviewDeadlines.COMMITTEE, undecided)).isEqualTo(decideBy);
        await().atMost(READ_MODEL).untilAsserted(() -> {
            JsonPath docket = as(Tokens.operator()).get("/v1/special-reviews?intakeEventId=" + event + "&size=200").then().statusCode(200).extract().jsonPath();
            String item = "items.find { it.applicationId == '" + undecided + "' }";
            // Until the docket has taken the referral the item is absent: an assertion to retry, not a parse of null.
            assertThat(docket.getString(item + ".decisionDueAt")).isNotNull();
            assertThat(Instant.parse(docket.getString(item + ".decisionDueAt"))).isEqualTo(decideBy);
            assertThat(docket.getBoolean(item + ".escalated")).isFalse();
        });

        as(Tokens.operator()).body(Map.of("decision", "ADMIT", "rationale", "A prototype the criteria do not capture"))
                .post("/v1/applications/" + decided + "/committee-decision").then().statusCode(200);
        assertThat(deadlines.ofStream(decided)).extracting(d -> d.name() + " " + d.status() + " " + d.outcome())
                .containsExactly(ReviewDeadlines.COMMITTEE + " CANCELLED decided");

        clock.travelTo(decideBy.plusSeconds(60));
        dispatcher.fireDueOf(List.of(undecided, decided));
        dispatcher.fireDueOf(List.of(undecided, decided));
        assertThat(staffView(undecided).getString("specialReview.escalatedAt")).isNotNull();
        assertThat(staffView(undecided).getString("status")).isEqualTo("special_review");
        assertThat(staffView(decided).getString("specialReview.escalatedAt")).isNull();
        assertThat(deadlines.ofStream(undecided)).extracting(Deadlines.DeadlineView::status).containsExactly("FIRED");
        await().atMost(READ_MODEL).untilAsserted(() -> {
            JsonPath docket = as(Tokens.operator()).get("/v1/special-reviews?intakeEventId=" + event + "&status=all&size=200").then().statusCode(200).extract().jsonPath();
            assertThat(docket.getBoolean("items.find { it.applicationId == '" + undecided + "' }.escalated")).isTrue();
            assertThat(docket.getBoolean("items.find { it.applicationId == '" + decided + "' }.escalated")).isFalse();
        });

        // The committee still decides an escalated case.
        as(Tokens.operator()).body(Map.of("decision", "REJECT", "rationale", "Decided late; the work is not there yet"))
                .post("/v1/applications/" + undecided + "/committee-decision").then().statusCode(200);
    }

    /** An application whose two reviewers disagree (100 champion, 30 reject): on the docket. Their review deadlines are moot. */
    static String docketCase(String event, String candidate) {
        String application = submit("uni-c", event, candidate);
        submitWork("uni-c", application);
        String fan = uniqueReviewer("fan");
        String sceptic = uniqueReviewer("sceptic");
        assign(application, fan, sceptic);
        reviewAs(fan, application, 10, 10, "CHAMPION");
        assertThat(reviewAs(sceptic, application, 3, 3, "REJECT")).isEqualTo("special_review");
        return application;
    }

    /** Whatever the journeys above did, every read model of the service equals its log. */
    @AfterAll
    static void everyReadModelEqualsTheLog() {
        ReadModelOracle.assertEveryProjectionEqualsTheLog();
    }
}
