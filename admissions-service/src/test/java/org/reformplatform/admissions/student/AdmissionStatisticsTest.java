package org.reformplatform.admissions.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.reformplatform.admissions.AdmissionsApi.as;
import static org.reformplatform.admissions.AdmissionsApi.assign;
import static org.reformplatform.admissions.AdmissionsApi.event;
import static org.reformplatform.admissions.AdmissionsApi.openEvent;
import static org.reformplatform.admissions.AdmissionsApi.reviewAs;
import static org.reformplatform.admissions.AdmissionsApi.submit;
import static org.reformplatform.admissions.AdmissionsApi.submitWork;
import static org.reformplatform.admissions.AdmissionsApi.uniqueReviewer;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.ops.PlatformClock;
import org.reformplatform.testing.Tokens;

/** Rolling admission made visible: admitted students counted by month of admission and by intake event. */
@QuarkusTest
class AdmissionStatisticsTest {

    @Inject
    PlatformClock clock;

    @Test
    void admissions_are_counted_per_month_and_per_intake_event_from_the_events_that_admitted_them() {
        String winterCamp;
        String springContest;
        String springSprint;
        try {
            clock.freezeAt(Instant.parse("2025-01-15T03:00:00Z"));
            winterCamp = openEvent(event("Winter camp " + UUID.randomUUID(), 10, 2, at("2025-01-10"), at("2025-01-31")));
            decide(winterCamp, "Candidate A", 9);

            clock.freezeAt(Instant.parse("2025-03-10T09:00:00Z"));
            springContest = openEvent(event("Spring maker contest " + UUID.randomUUID(), 10, 2, at("2025-03-01"), at("2025-04-01")));
            springSprint = openEvent(event("Spring sprint " + UUID.randomUUID(), 10, 2, at("2025-03-05"), at("2025-04-02")));
            decide(springContest, "Candidate B", 9);
            decide(springSprint, "Candidate C", 8);
            clock.freezeAt(Instant.parse("2025-03-31T23:59:59Z"));
            decide(springSprint, "Candidate D", 10);
            decide(springSprint, "Candidate E", 3);
        } finally {
            clock.backToNow();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath months = as(Tokens.analyst()).get("/v1/admission-statistics/by-month?size=200").then().statusCode(200).extract().jsonPath();
            assertThat(months.getInt("items.find { it.month == '2025-01' }.admitted")).isEqualTo(1);
            assertThat(months.getInt("items.find { it.month == '2025-03' }.admitted")).isEqualTo(3);
            assertThat(months.getList("items.month")).doesNotContain("2025-02").isSorted();
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath events = as(Tokens.operator()).get("/v1/admission-statistics/by-intake-event?size=200").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(events.getInt("items.find { it.intakeEventId == '" + springSprint + "' }.admitted")).isEqualTo(2);
            assertThat(events.getInt("items.find { it.intakeEventId == '" + springContest + "' }.admitted")).isEqualTo(1);
            assertThat(events.getInt("items.find { it.intakeEventId == '" + winterCamp + "' }.admitted")).isEqualTo(1);
            assertThat(events.getString("items.find { it.intakeEventId == '" + springSprint + "' }.kind")).isEqualTo("MAKER_CONTEST");
        });
        as(Tokens.partner("uni-s")).get("/v1/admission-statistics/by-month").then().statusCode(403);
        as(Tokens.partner("uni-s")).get("/v1/students?intakeEventId=" + springSprint).then().statusCode(200).body("totalItems", equalTo(2));
        as(Tokens.partner("uni-other")).get("/v1/students?intakeEventId=" + springSprint).then().statusCode(200).body("totalItems", equalTo(0));
    }

    private static OffsetDateTime at(String date) {
        return OffsetDateTime.parse(date + "T00:00:00Z").withOffsetSameInstant(ZoneOffset.ofHours(8));
    }

    /** Two reviewers scoring both criteria with the same score: admitted at 7 and above (total 70), rejected below. */
    private static void decide(String intakeEvent, String candidate, int score) {
        String application = submit("uni-s", intakeEvent, candidate);
        submitWork("uni-s", application);
        String reviewer = uniqueReviewer("stats");
        String second = uniqueReviewer("stats");
        assign(application, reviewer, second);
        reviewAs(reviewer, application, score, score, score >= 7 ? "ADMIT" : "REJECT");
        reviewAs(second, application, score, score, score >= 7 ? "ADMIT" : "REJECT");
    }
}
