package org.reformplatform.admissions.review;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.reformplatform.admissions.AdmissionsApi.as;
import static org.reformplatform.admissions.AdmissionsApi.assign;
import static org.reformplatform.admissions.AdmissionsApi.openEvent;
import static org.reformplatform.admissions.AdmissionsApi.review;
import static org.reformplatform.admissions.AdmissionsApi.reviewAs;
import static org.reformplatform.admissions.AdmissionsApi.submit;
import static org.reformplatform.admissions.AdmissionsApi.submitWork;
import static org.reformplatform.admissions.AdmissionsApi.uniqueReviewer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reformplatform.testing.EventStoreProbe;
import org.reformplatform.testing.Tokens;

/** Reviewer panels and reviews through the API: every refusal is a problem and writes nothing. */
@QuarkusTest
class ReviewResourceTest {

    static final String PROBLEMS = "https://reform-platform.org/problems/";

    String application;
    String r1;
    String r2;
    String r3;

    /** An application with project work and a panel of three, needing three reviews. */
    @BeforeEach
    void anApplicationUnderReview() {
        String event = openEvent("Review camp " + UUID.randomUUID(), 10, 3);
        application = submit("uni-r", event, "Candidate");
        submitWork("uni-r", application);
        r1 = uniqueReviewer("r1");
        r2 = uniqueReviewer("r2");
        r3 = uniqueReviewer("r3");
        assign(application, r1, r2, r3);
    }

    private void refused(String reviewer, Object body, int status, String code) {
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.reviewer(reviewer)).body(body).post("/v1/applications/" + application + "/reviews")
                .then().statusCode(status).contentType("application/problem+json").body("type", equalTo(PROBLEMS + code)));
    }

    @Test
    void a_score_out_of_range_is_a_422_problem_naming_the_criterion() {
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.reviewer(r1)).body(review(11, 5, "ADMIT"))
                .post("/v1/applications/" + application + "/reviews").then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "score-out-of-range")).body("criterion", equalTo("originality")).body("maxScore", equalTo(10)));
        refused(r1, review(5, -1, "ADMIT"), 422, "score-out-of-range");
    }

    @Test
    void a_missing_or_unknown_criterion_score_is_a_422_problem() {
        refused(r1, Map.of("scores", List.of(Map.of("criterion", "originality", "score", 5)), "recommendation", "ADMIT"),
                422, "missing-criterion-score");
        refused(r1, Map.of("scores", List.of(Map.of("criterion", "originality", "score", 5), Map.of("criterion", "execution", "score", 5),
                Map.of("criterion", "charisma", "score", 5)), "recommendation", "ADMIT"), 422, "unknown-criterion");
    }

    @Test
    void missing_and_malformed_fields_are_a_400_problem() {
        refused(r1, Map.of("scores", List.of()), 400, "validation");
        refused(r1, Map.of("scores", List.of(Map.of("criterion", "originality", "score", 5)), "recommendation", "MAYBE"), 400, "malformed-body");
        refused(r1, Map.of("scores", List.of(Map.of("criterion", "originality")), "recommendation", "ADMIT"), 400, "validation");
    }

    @Test
    void a_second_review_by_the_same_reviewer_is_a_409_problem() {
        reviewAs(r1, application, 6, 6, "ADMIT");
        refused(r1, review(9, 9, "CHAMPION"), 409, "duplicate-review");
    }

    @Test
    void a_reviewer_not_on_the_panel_may_neither_review_nor_see_the_application() {
        String stranger = uniqueReviewer("stranger");
        refused(stranger, review(6, 6, "ADMIT"), 403, "reviewer-not-assigned");
        as(Tokens.reviewer(stranger)).get("/v1/applications/" + application).then().statusCode(404)
                .body("type", equalTo(PROBLEMS + "unknown-application"));
    }

    @Test
    void a_reviewer_declaring_a_conflict_at_assignment_is_refused() {
        String conflicted = uniqueReviewer("cousin");
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.operator())
                .body(Map.of("reviewers", List.of(Map.of("reviewer", conflicted, "conflictOfInterest", "The candidate is my cousin"))))
                .post("/v1/applications/" + application + "/reviewers").then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "reviewer-conflicted")).body("reviewer", equalTo(conflicted)));
    }

    @Test
    void a_reviewer_who_declares_a_conflict_leaves_the_panel_and_can_neither_review_nor_be_assigned_again() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(Tokens.reviewer(r2)).get("/v1/review-queue?size=200").then()
                .body("items.applicationId", hasItem(application)));
        as(Tokens.reviewer(r2)).body(Map.of("statement", "I co-authored a paper with the candidate"))
                .post("/v1/applications/" + application + "/conflicts-of-interest").then().statusCode(200);
        refused(r2, review(6, 6, "ADMIT"), 409, "reviewer-conflicted");
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.operator()).body(Map.of("reviewers", List.of(Map.of("reviewer", r2))))
                .post("/v1/applications/" + application + "/reviewers").then().statusCode(409).body("type", equalTo(PROBLEMS + "reviewer-conflicted")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(Tokens.reviewer(r2)).get("/v1/review-queue?size=200").then()
                .statusCode(200).body("items.applicationId", not(hasItem(application))));
        as(Tokens.reviewer(r2)).get("/v1/applications/" + application).then().statusCode(404);

        // The panel is one short now: a topped-up panel needs a new reviewer, and then the reviews go on.
        String r4 = uniqueReviewer("r4");
        assign(application, r4);
        reviewAs(r1, application, 8, 8, "ADMIT");
        reviewAs(r3, application, 8, 8, "ADMIT");
        org.assertj.core.api.Assertions.assertThat(reviewAs(r4, application, 8, 8, "ADMIT")).isEqualTo("admitted");
    }

    @Test
    void a_panel_smaller_than_the_required_reviews_is_a_422_problem() {
        String event = openEvent("Small panel camp " + UUID.randomUUID(), 10, 3);
        String fresh = submit("uni-r", event, "Fresh");
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.operator())
                .body(Map.of("reviewers", List.of(Map.of("reviewer", uniqueReviewer("x")), Map.of("reviewer", uniqueReviewer("y")))))
                .post("/v1/applications/" + fresh + "/reviewers").then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "too-few-reviewers")).body("requiredReviews", equalTo(3)));
    }

    @Test
    void there_is_nothing_to_review_before_the_project_work() {
        String event = openEvent("No work camp " + UUID.randomUUID(), 10, 2);
        String fresh = submit("uni-r", event, "Fresh");
        String reviewer = uniqueReviewer("early");
        assign(fresh, reviewer, uniqueReviewer("early"));
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.reviewer(reviewer)).body(review(5, 5, "ADMIT"))
                .post("/v1/applications/" + fresh + "/reviews").then().statusCode(409).body("type", equalTo(PROBLEMS + "no-project-work")));
    }

    @Test
    void unknown_applications_are_a_404_problem() {
        String unknown = UUID.randomUUID().toString();
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.reviewer(r1)).body(review(5, 5, "ADMIT")).post("/v1/applications/" + unknown + "/reviews")
                .then().statusCode(404).body("type", equalTo(PROBLEMS + "unknown-application")));
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.operator()).body(Map.of("reviewers", List.of(Map.of("reviewer", "a"))))
                .post("/v1/applications/" + unknown + "/reviewers").then().statusCode(404).body("type", equalTo(PROBLEMS + "unknown-application")));
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.operator()).body(Map.of("decision", "ADMIT", "rationale", "why"))
                .post("/v1/applications/" + unknown + "/committee-decision").then().statusCode(404)
                .body("type", equalTo(PROBLEMS + "unknown-application")));
    }

    @Test
    void only_docket_cases_go_to_the_committee() {
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.operator()).body(Map.of("decision", "ADMIT", "rationale", "We like it"))
                .post("/v1/applications/" + application + "/committee-decision").then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "not-on-special-review")));
    }

    @Test
    void roles_decide_who_assigns_reviews_decides_and_reads_the_docket() {
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.partner("uni-r")).body(Map.of("reviewers", List.of(Map.of("reviewer", "me"))))
                .post("/v1/applications/" + application + "/reviewers").then().statusCode(403).body("type", equalTo(PROBLEMS + "forbidden")));
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.partner("uni-r")).body(review(10, 10, "CHAMPION"))
                .post("/v1/applications/" + application + "/reviews").then().statusCode(403).body("type", equalTo(PROBLEMS + "forbidden")));
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.reviewer(r1)).body(Map.of("decision", "ADMIT", "rationale", "mine"))
                .post("/v1/applications/" + application + "/committee-decision").then().statusCode(403).body("type", equalTo(PROBLEMS + "forbidden")));
        as(Tokens.partner("uni-r")).get("/v1/special-reviews").then().statusCode(403);
        as(Tokens.reviewer(r1)).get("/v1/special-reviews").then().statusCode(403);
        as(Tokens.analyst()).get("/v1/special-reviews").then().statusCode(200);
        as(Tokens.analyst()).get("/v1/review-queue").then().statusCode(403);
    }
}
