package org.reformplatform.admissions.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.reformplatform.admissions.AdmissionsApi.as;
import static org.reformplatform.admissions.AdmissionsApi.assign;
import static org.reformplatform.admissions.AdmissionsApi.event;
import static org.reformplatform.admissions.AdmissionsApi.openEvent;
import static org.reformplatform.admissions.AdmissionsApi.reviewAs;
import static org.reformplatform.admissions.AdmissionsApi.submit;
import static org.reformplatform.admissions.AdmissionsApi.submitWork;
import static org.reformplatform.admissions.AdmissionsApi.uniqueReviewer;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
 * Calibrated scores over HTTP: the same harsh and lenient reviews sent to an event whose policy reads
 * raw totals and to one whose policy reads calibrated totals; only the second admits the candidate
 * the harsh reviewer scored low. Totals are 4 × originality + 6 × execution.
 */
@QuarkusTest
class CalibrationJourneyTest {

    /** Announces and opens an event of two reviews per application, bar 70 and spread 25, on {@code scores}; returns its id. */
    static String eventOn(String scores) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        Map<String, Object> body = event("Maker contest " + UUID.randomUUID(), 40, 2, now.minusDays(1), now.plusDays(30));
        body.put("nonConsensusPolicy", Map.of("admissionBar", "70", "spreadThreshold", "25", "scores", scores));
        return openEvent(body);
    }

    /** One application reviewed by two reviewers; returns {id, status after the second review}. */
    static String[] reviewed(String event, String first, int o1, int e1, String second, int o2, int e2) {
        String application = submit("uni-c", event, "Candidate " + UUID.randomUUID());
        submitWork("uni-c", application);
        assign(application, first, second);
        reviewAs(first, application, o1, e1, "ADMIT");
        return new String[] {application, reviewAs(second, application, o2, e2, "ADMIT")};
    }

    /**
     * The crafted set: a harsh reviewer h gives 64 where r1 gives 80 (five applications) and where r2
     * gives 80 (five); r1 and r2 agree at 80 on five; then the target: 60 from h, 76 from r1.
     */
    static String[] send(String event) {
        String h = uniqueReviewer("harsh");
        String r1 = uniqueReviewer("r1");
        String r2 = uniqueReviewer("r2");
        for (int i = 0; i < 5; i++) {
            reviewed(event, h, 4, 8, r1, 8, 8);
            reviewed(event, r1, 8, 8, r2, 8, 8);
            reviewed(event, h, 4, 8, r2, 8, 8);
        }
        String[] target = reviewed(event, h, 6, 6, r1, 7, 8);
        return new String[] {target[0], target[1], h};
    }

    @Test
    void a_policy_on_calibrated_totals_admits_the_candidate_a_harsh_reviewer_kept_below_the_bar() {
        String rawEvent = eventOn("RAW");
        String calibratedEvent = eventOn("CALIBRATED");
        as(Tokens.analyst()).get("/v1/intake-events/" + calibratedEvent).then().statusCode(200)
                .body("nonConsensusPolicy.scores", equalTo("CALIBRATED"));

        // Raw: 60 and 76, mean 68 — below the bar of 70.
        String[] raw = send(rawEvent);
        assertThat(raw[1]).isEqualTo("rejected");
        // Calibrated within the event: h's offset is -16 (eleven shared applications), r1's 96 / 11 = 8.73: 76.00 and 67.27, mean 71.64.
        String[] calibrated = send(calibratedEvent);
        assertThat(calibrated[1]).isEqualTo("admitted");

        JsonPath ranking = as(Tokens.analyst()).get("/v1/intake-event-rankings/" + calibratedEvent).then().statusCode(200)
                .extract().jsonPath();
        String target = "applications.find { it.applicationId == '" + calibrated[0] + "' }";
        assertThat(ranking.getString("scoreBasis")).isEqualTo("CALIBRATED");
        assertThat(ranking.getList("applications")).hasSize(16);
        assertThat(ranking.getString(target + ".rawMeanTotal")).isEqualTo("68.00");
        assertThat(ranking.getString(target + ".calibratedMeanTotal")).isEqualTo("71.64");
        // Tied with the five applications r1 and r2 agreed on, below none: (0 + 6/2) / 16; the ten ahead of them rank 1 and 6.
        assertThat(ranking.getString(target + ".percentile")).isEqualTo("18.75");
        assertThat(ranking.getInt(target + ".rank")).isEqualTo(11);
        assertThat(ranking.getString(target + ".status")).isEqualTo("admitted");
        String harsh = "reviewers.find { it.reviewer == '" + calibrated[2] + "' }";
        assertThat(ranking.getString(harsh + ".offset")).isEqualTo("-16.00");
        assertThat(ranking.getInt(harsh + ".comparisons")).isEqualTo(11);

        // The raw event ranks on raw means: the target is alone at the bottom, (0 + 1/2) / 16.
        JsonPath rawRanking = as(Tokens.operator()).get("/v1/intake-event-rankings/" + rawEvent).then().statusCode(200)
                .extract().jsonPath();
        String rawTarget = "applications.find { it.applicationId == '" + raw[0] + "' }";
        assertThat(rawRanking.getString("scoreBasis")).isEqualTo("RAW");
        assertThat(rawRanking.getString(rawTarget + ".percentile")).isEqualTo("3.13");
        assertThat(rawRanking.getString(rawTarget + ".calibratedMeanTotal")).isEqualTo("71.64");
        assertThat(rawRanking.getInt(rawTarget + ".rank")).isEqualTo(16);

        // Operators see the same standing on the application; its organisation does not.
        as(Tokens.operator()).get("/v1/applications/" + calibrated[0]).then().statusCode(200).body("status", equalTo("admitted"))
                .body("standing.scoreBasis", equalTo("CALIBRATED")).body("standing.rawMeanTotal", equalTo("68.00"))
                .body("standing.calibratedMeanTotal", equalTo("71.64")).body("standing.percentile", equalTo("18.75"));
        as(Tokens.partner("uni-c")).get("/v1/applications/" + calibrated[0]).then().statusCode(200)
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("standing")));
    }

    @Test
    void the_ranking_is_for_operators_and_analysts_and_a_policy_reads_raw_or_calibrated_totals_only() {
        String event = eventOn("RAW");
        as(Tokens.reviewer("someone")).get("/v1/intake-event-rankings/" + event).then().statusCode(403);
        as(Tokens.partner("uni-c")).get("/v1/intake-event-rankings/" + event).then().statusCode(403);
        as(Tokens.analyst()).get("/v1/intake-event-rankings/" + UUID.randomUUID()).then().statusCode(200)
                .body("applications.size()", equalTo(0));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        Map<String, Object> body = event("Bad " + UUID.randomUUID(), 4, 2, now.plusDays(1), now.plusDays(30));
        body.put("nonConsensusPolicy", Map.of("admissionBar", "70", "spreadThreshold", "25", "scores", "MEDIAN"));
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.operator()).body(body).post("/v1/intake-events").then().statusCode(400));
    }

    /** Whatever the journeys above did, every read model of the service (the calibration scores too) equals its log. */
    @AfterAll
    static void everyReadModelEqualsTheLog() {
        ReadModelOracle.assertEveryProjectionEqualsTheLog();
    }
}
