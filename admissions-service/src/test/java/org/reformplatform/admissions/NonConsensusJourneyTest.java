package org.reformplatform.admissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.reformplatform.admissions.AdmissionsApi.as;
import static org.reformplatform.admissions.AdmissionsApi.assign;
import static org.reformplatform.admissions.AdmissionsApi.openEvent;
import static org.reformplatform.admissions.AdmissionsApi.reviewAs;
import static org.reformplatform.admissions.AdmissionsApi.submit;
import static org.reformplatform.admissions.AdmissionsApi.submitWork;
import static org.reformplatform.admissions.AdmissionsApi.uniqueReviewer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.reformplatform.testing.EventStoreProbe;
import org.reformplatform.testing.ReadModelOracle;
import org.reformplatform.testing.Tokens;

/**
 * Non-consensus talent is not averaged away: reviewers who disagree strongly, or a champion below
 * the bar, send the application to the special-review docket, where the committee decides with a
 * recorded rationale.
 */
@QuarkusTest
class NonConsensusJourneyTest {

    static final Duration READ_MODEL = Duration.ofSeconds(30);

    @Test
    void strong_disagreement_goes_to_the_docket_and_the_committee_admits_with_its_rationale() {
        String event = openEvent("Project sprint " + UUID.randomUUID(), 10, 3);
        String application = submit("uni-b", event, "Zhao Lei");
        submitWork("uni-b", application);
        String r1 = uniqueReviewer("wu");
        String r2 = uniqueReviewer("sun");
        String r3 = uniqueReviewer("he");
        assign(application, r1, r2, r3);

        // Totals 100 (champion), 30 and 40: mean 56.67, spread 70.
        assertThat(reviewAs(r1, application, 10, 10, "CHAMPION")).isEqualTo("under_review");
        assertThat(reviewAs(r2, application, 3, 3, "REJECT")).isEqualTo("under_review");
        assertThat(reviewAs(r3, application, 4, 4, "REJECT")).isEqualTo("special_review");
        as(Tokens.operator()).get("/v1/applications/" + application).then().statusCode(200).body("studentId", nullValue())
                .body("specialReview.spread", equalTo("70.00")).body("specialReview.meanTotal", equalTo("56.67"))
                .body("specialReview.reasons", equalTo(List.of("SPREAD_AT_OR_ABOVE_THRESHOLD", "CHAMPIONED_BELOW_BAR")));

        // Analysts see the docket: the reviewers' totals, the spread and the thresholds applied.
        await().atMost(READ_MODEL).untilAsserted(() -> {
            JsonPath docket = as(Tokens.analyst()).get("/v1/special-reviews?intakeEventId=" + event + "&size=200").then().statusCode(200).extract().jsonPath();
            String item = "items.find { it.applicationId == '" + application + "' }";
            assertThat(docket.getString(item + ".status")).isEqualTo("pending");
            assertThat(docket.getList(item + ".reviewerTotals.total")).containsExactly("100.00", "30.00", "40.00");
            assertThat(docket.getList(item + ".reviewerTotals.reviewer")).containsExactly(r1, r2, r3);
            assertThat(docket.getString(item + ".spread")).isEqualTo("70.00");
            assertThat(docket.getString(item + ".meanTotal")).isEqualTo("56.67");
            assertThat(docket.getString(item + ".admissionBar")).isEqualTo("70.00");
            assertThat(docket.getString(item + ".spreadThreshold")).isEqualTo("25.00");
            // Both totals and the percentile: offsets 13, -8 and -5 (a fifth of 65, -40, -25) give 87, 38 and 45: the same mean,
            // as in any application every reviewer of which is equally compared; alone in its event, it is at the 50th percentile.
            assertThat(docket.getString(item + ".scoreBasis")).isEqualTo("RAW");
            assertThat(docket.getString(item + ".rawMeanTotal")).isEqualTo("56.67");
            assertThat(docket.getString(item + ".calibratedMeanTotal")).isEqualTo("56.67");
            assertThat(docket.getString(item + ".percentile")).isEqualTo("50.00");
        });

        // No more reviews once the required ones are in; the committee decides, with its reasons.
        String r4 = uniqueReviewer("late");
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.operator()).body(Map.of("reviewers", List.of(Map.of("reviewer", r4))))
                .post("/v1/applications/" + application + "/reviewers").then().statusCode(409)
                .body("type", equalTo("https://reform-platform.org/problems/reviews-closed")));
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.operator()).body(Map.of("decision", "ADMIT", "rationale", " "))
                .post("/v1/applications/" + application + "/committee-decision").then().statusCode(400)
                .body("type", equalTo("https://reform-platform.org/problems/validation")));
        String rationale = "An unusual approach the criteria do not capture; the working prototype convinced the committee";
        as(Tokens.operator()).body(Map.of("decision", "ADMIT", "rationale", rationale))
                .post("/v1/applications/" + application + "/committee-decision").then().statusCode(200)
                .body("status", equalTo("admitted")).body("studentId", notNullValue());
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.operator()).body(Map.of("decision", "REJECT", "rationale", "second thoughts"))
                .post("/v1/applications/" + application + "/committee-decision").then().statusCode(409)
                .body("type", equalTo("https://reform-platform.org/problems/application-decided")));

        await().atMost(READ_MODEL).untilAsserted(() -> {
            as(Tokens.analyst()).get("/v1/special-reviews?intakeEventId=" + event + "&size=200").then().statusCode(200).body("items.applicationId", not(hasItem(application)));
            JsonPath decided = as(Tokens.operator()).get("/v1/special-reviews?intakeEventId=" + event + "&status=decided&size=200").then().statusCode(200)
                    .extract().jsonPath();
            String item = "items.find { it.applicationId == '" + application + "' }";
            assertThat(decided.getString(item + ".status")).isEqualTo("admitted");
            assertThat(decided.getString(item + ".rationale")).isEqualTo(rationale);
            assertThat(decided.getString(item + ".decidedBy")).isEqualTo("operator-1");
        });
        await().atMost(READ_MODEL).untilAsserted(() -> assertThat(as(Tokens.partner("uni-b")).get("/v1/applications/" + application + "/history")
                .then().statusCode(200).extract().jsonPath().getList("events.type", String.class))
                .endsWith("ApplicationReferredToSpecialReview", "ApplicationAdmitted"));
        await().atMost(READ_MODEL).untilAsserted(() -> as(Tokens.analyst()).get("/v1/admission-statistics/by-intake-event?size=200").then()
                .body("items.find { it.intakeEventId == '" + event + "' }.admitted", equalTo(1)));
    }

    @Test
    void a_champion_below_the_bar_is_heard_and_the_committee_may_still_reject() {
        String event = openEvent("Camp " + UUID.randomUUID(), 10, 3);
        String application = submit("uni-b", event, "Qian Yu");
        submitWork("uni-b", application);
        String r1 = uniqueReviewer("a");
        String r2 = uniqueReviewer("b");
        String r3 = uniqueReviewer("c");
        assign(application, r1, r2, r3);

        // Totals 66 (champion), 60 and 62: mean 62.67, spread 6 -> special review for the champion alone.
        reviewAs(r1, application, 6, 7, "CHAMPION");
        reviewAs(r2, application, 6, 6, "REJECT");
        assertThat(reviewAs(r3, application, 5, 7, "ADMIT")).isEqualTo("special_review");
        await().atMost(READ_MODEL).untilAsserted(() -> as(Tokens.operator()).get("/v1/special-reviews?intakeEventId=" + event + "&size=200").then()
                .body("items.find { it.applicationId == '" + application + "' }.reasons", equalTo(List.of("CHAMPIONED_BELOW_BAR")))
                .body("items.find { it.applicationId == '" + application + "' }.spread", equalTo("6.00")));

        as(Tokens.operator()).body(Map.of("decision", "REJECT", "rationale", "The champion's case rests on potential the work does not show yet"))
                .post("/v1/applications/" + application + "/committee-decision").then().statusCode(200)
                .body("status", equalTo("rejected")).body("studentId", nullValue());
        await().atMost(READ_MODEL).untilAsserted(() -> as(Tokens.operator()).get("/v1/special-reviews?intakeEventId=" + event + "&status=decided&size=200").then()
                .body("items.find { it.applicationId == '" + application + "' }.status", equalTo("rejected")));
    }

    /** Whatever the journeys above did, every read model of the service equals its log. */
    @AfterAll
    static void everyReadModelEqualsTheLog() {
        ReadModelOracle.assertEveryProjectionEqualsTheLog();
    }
}
