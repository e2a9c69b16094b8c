package org.reformplatform.admissions.application;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.reformplatform.admissions.AdmissionsApi.application;
import static org.reformplatform.admissions.AdmissionsApi.as;
import static org.reformplatform.admissions.AdmissionsApi.assign;
import static org.reformplatform.admissions.AdmissionsApi.event;
import static org.reformplatform.admissions.AdmissionsApi.openEvent;
import static org.reformplatform.admissions.AdmissionsApi.reviewAs;
import static org.reformplatform.admissions.AdmissionsApi.submit;
import static org.reformplatform.admissions.AdmissionsApi.submitWork;
import static org.reformplatform.admissions.AdmissionsApi.uniqueReviewer;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.reformplatform.testing.EventStoreProbe;
import org.reformplatform.testing.Tokens;

/** Submitting, reading and withdrawing applications through the API, and every way of getting it wrong. */
@QuarkusTest
class ApplicationResourceTest {

    static final String PROBLEMS = "https://reform-platform.org/problems/";

    @Test
    void missing_and_malformed_fields_are_a_400_problem_naming_them_and_nothing_is_written() {
        String event = openEvent("Validation camp " + UUID.randomUUID(), 10, 2);
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.partner("uni-a"))
                .body(Map.of("intakeEventId", event, "candidate", Map.of("name", "", "contactEmail", "not-an-email")))
                .post("/v1/applications").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "validation"))
                .body("errors.field", hasItems("candidate.name", "candidate.contactEmail")));
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.partner("uni-a")).body(Map.of("candidate", Map.of("name", "A", "contactEmail", "a@b.org")))
                .post("/v1/applications").then().statusCode(400).body("errors.field", hasItem("intakeEventId")));
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.partner("uni-a"))
                .body("{\"intakeEventId\":\"not-a-uuid\",\"candidate\":{\"name\":\"A\",\"contactEmail\":\"a@b.org\"}}")
                .post("/v1/applications").then().statusCode(400).body("type", equalTo(PROBLEMS + "malformed-body")));
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.partner("uni-a"))
                .body(Map.of("intakeEventId", event, "candidate", Map.of("name", "A", "contactEmail", "a@b.org",
                        "background", Map.of("degreeLevel", "WIZARD"))))
                .post("/v1/applications").then().statusCode(400).body("type", equalTo(PROBLEMS + "malformed-body")));
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.partner("uni-a"))
                .body(Map.of("intakeEventId", event, "candidate", Map.of("name", "A", "contactEmail", "a@b.org"), "organisation", "uni-z"))
                .post("/v1/applications").then().statusCode(400).body("type", equalTo(PROBLEMS + "malformed-body")));
    }

    @Test
    void an_unknown_intake_event_is_a_404_problem() {
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.partner("uni-a")).body(application(UUID.randomUUID().toString(), "A", "NONE", null))
                .post("/v1/applications").then().statusCode(404).body("type", equalTo(PROBLEMS + "unknown-intake-event")));
    }

    @Test
    void an_event_whose_window_has_closed_or_that_is_closed_is_a_409_problem() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String past = openEvent(event("Last month's camp " + UUID.randomUUID(), 10, 2, now.minusDays(30), now.minusDays(1)));
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.partner("uni-a")).body(application(past, "Late", "BACHELOR", "Physics"))
                .post("/v1/applications").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "outside-application-window")).body("closesAt", equalTo(now.minusDays(1).toInstant().toString())));

        String closed = openEvent("Closed camp " + UUID.randomUUID(), 10, 2);
        as(Tokens.operator()).post("/v1/intake-events/" + closed + "/closing").then().statusCode(200);
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.partner("uni-a")).body(application(closed, "Late", "BACHELOR", "Physics"))
                .post("/v1/applications").then().statusCode(409).body("type", equalTo(PROBLEMS + "intake-event-not-open")));
    }

    @Test
    void a_full_event_is_a_409_problem_until_a_withdrawal_gives_a_place_back() {
        String event = openEvent("One-place sprint " + UUID.randomUUID(), 1, 2);
        String first = submit("uni-a", event, "First");
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.partner("uni-b")).body(application(event, "Second", "NONE", null))
                .post("/v1/applications").then().statusCode(409).body("type", equalTo(PROBLEMS + "intake-event-full"))
                .body("capacity", equalTo(1)));

        as(Tokens.partner("uni-a")).body(Map.of("reason", "Accepted elsewhere")).post("/v1/applications/" + first + "/withdrawal")
                .then().statusCode(200).body("status", equalTo("withdrawn"));
        submit("uni-b", event, "Second");
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.partner("uni-a")).body(Map.of("reason", "again"))
                .post("/v1/applications/" + first + "/withdrawal").then().statusCode(409).body("type", equalTo(PROBLEMS + "application-withdrawn")));
    }

    @Test
    void capacity_counts_admissions_a_rejection_gives_the_place_back_and_an_admission_keeps_it() {
        String event = openEvent("One-admission sprint " + UUID.randomUUID(), 1, 2);
        String rejected = submit("uni-a", event, "First");
        submitWork("uni-a", rejected);
        String r1 = uniqueReviewer("cap");
        String r2 = uniqueReviewer("cap");
        assign(rejected, r1, r2);
        reviewAs(r1, rejected, 3, 3, "REJECT");
        assertThat(reviewAs(r2, rejected, 4, 4, "REJECT")).isEqualTo("rejected");
        as(Tokens.operator()).get("/v1/intake-events/" + event).then().statusCode(200).body("remainingPlaces", equalTo(1))
                .body("applicationsReceived", equalTo(1));

        String admitted = submit("uni-b", event, "Second");
        submitWork("uni-b", admitted);
        assign(admitted, r1, r2);
        reviewAs(r1, admitted, 9, 9, "ADMIT");
        assertThat(reviewAs(r2, admitted, 8, 8, "ADMIT")).isEqualTo("admitted");
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.partner("uni-c")).body(application(event, "Third", "NONE", null))
                .post("/v1/applications").then().statusCode(409).body("type", equalTo(PROBLEMS + "intake-event-full")));
    }

    @Test
    void an_optional_cap_limits_the_applications_an_event_receives_in_all() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        Map<String, Object> body = event("Capped camp " + UUID.randomUUID(), 1, 2, now.minusDays(1), now.plusDays(30));
        body.put("applicationLimit", 2);
        String event = openEvent(body);
        for (String name : List.of("First", "Second")) {
            String application = submit("uni-a", event, name);
            as(Tokens.partner("uni-a")).body(Map.of("reason", "Changed course")).post("/v1/applications/" + application + "/withdrawal")
                    .then().statusCode(200);
        }
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.partner("uni-a")).body(application(event, "Third", "NONE", null))
                .post("/v1/applications").then().statusCode(409).body("type", equalTo(PROBLEMS + "application-limit-reached"))
                .body("applicationLimit", equalTo(2)));
        as(Tokens.operator()).get("/v1/intake-events/" + event).then().statusCode(200).body("remainingPlaces", equalTo(1))
                .body("applicationLimit", equalTo(2)).body("applicationsReceived", equalTo(2));
        Map<String, Object> below = event("Cap below capacity " + UUID.randomUUID(), 5, 2, now.minusDays(1), now.plusDays(30));
        below.put("applicationLimit", 4);
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.operator()).body(below).post("/v1/intake-events").then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "application-limit-below-capacity")));
    }

    @Test
    void another_organisations_application_does_not_exist_for_a_partner() {
        String event = openEvent("Privacy camp " + UUID.randomUUID(), 10, 2);
        String mine = submit("uni-a", event, "Mine");
        String other = Tokens.partner("uni-other");
        as(other).get("/v1/applications/" + mine).then().statusCode(404).body("type", equalTo(PROBLEMS + "unknown-application"));
        EventStoreProbe.assertNoEventWritten(() -> as(other).body(Map.of("reason", "mischief")).post("/v1/applications/" + mine + "/withdrawal")
                .then().statusCode(404).body("type", equalTo(PROBLEMS + "unknown-application")));
        EventStoreProbe.assertNoEventWritten(() -> as(other).body(Map.of("title", "t", "description", "d"))
                .post("/v1/applications/" + mine + "/project-work").then().statusCode(404).body("type", equalTo(PROBLEMS + "unknown-application")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(Tokens.partner("uni-a")).get("/v1/applications/" + mine + "/history")
                .then().statusCode(200));
        as(other).get("/v1/applications/" + mine + "/history").then().statusCode(404).body("type", equalTo(PROBLEMS + "unknown-application"));
        // the same filter that shows the owner its application shows the other partner nothing
        as(Tokens.partner("uni-a")).get("/v1/applications?intakeEventId=" + event).then().statusCode(200).body("items.id", hasItem(mine));
        as(other).get("/v1/applications?intakeEventId=" + event).then().statusCode(200).body("totalItems", equalTo(0));
        as(Tokens.partner("uni-a")).get("/v1/applications?size=200").then().statusCode(200)
                .body("items.organisation", everyItem(equalTo("uni-a"))).body("items.id", hasItem(mine));
        as(Tokens.operator()).get("/v1/applications/" + mine).then().statusCode(200).body("organisation", equalTo("uni-a"));
    }

    @Test
    void a_partner_reads_its_own_write_at_once_in_the_application_list_and_history() {
        String event = openEvent("Read-your-write camp " + UUID.randomUUID(), 10, 2);
        for (int i = 0; i < 5; i++) {
            // The applications read model is inline: no waiting, the answer's transaction wrote it.
            String mine = submit("uni-a", event, "Immediate " + i);
            as(Tokens.partner("uni-a")).get("/v1/applications?intakeEventId=" + event).then().statusCode(200)
                    .body("items.id", hasItem(mine)).body("items.find { it.id == '" + mine + "' }.status", equalTo("submitted"));
            as(Tokens.partner("uni-a")).get("/v1/applications/" + mine + "/history").then().statusCode(200)
                    .body("events.type", hasItem("ApplicationSubmitted"));
            as(Tokens.partner("uni-a")).body(Map.of("reason", "Changed my mind")).post("/v1/applications/" + mine + "/withdrawal")
                    .then().statusCode(200);
            as(Tokens.partner("uni-a")).get("/v1/applications?intakeEventId=" + event).then().statusCode(200)
                    .body("items.find { it.id == '" + mine + "' }.status", equalTo("withdrawn"));
        }
    }

    @Test
    void unknown_applications_are_a_404_problem() {
        String unknown = UUID.randomUUID().toString();
        as(Tokens.operator()).get("/v1/applications/" + unknown).then().statusCode(404).body("type", equalTo(PROBLEMS + "unknown-application"));
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.operator()).body(Map.of("reason", "x")).post("/v1/applications/" + unknown + "/withdrawal")
                .then().statusCode(404).body("type", equalTo(PROBLEMS + "unknown-application")));
    }

    @Test
    void roles_decide_who_submits_and_who_reads() {
        String event = openEvent("Roles camp " + UUID.randomUUID(), 10, 2);
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.reviewer("r-roles")).body(application(event, "A", "NONE", null))
                .post("/v1/applications").then().statusCode(403).body("type", equalTo(PROBLEMS + "forbidden")));
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.analyst()).body(application(event, "A", "NONE", null))
                .post("/v1/applications").then().statusCode(403).body("type", equalTo(PROBLEMS + "forbidden")));
        String application = submit("uni-a", event, "Roles");
        as(Tokens.analyst()).get("/v1/applications/" + application).then().statusCode(403);
        as(Tokens.reviewer("r-not-on-panel")).get("/v1/applications/" + application).then().statusCode(404)
                .body("type", equalTo(PROBLEMS + "unknown-application"));
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.token("partner-without-org", null, "partner")).body(application(event, "A", "NONE", null))
                .post("/v1/applications").then().statusCode(403).body("type", equalTo(PROBLEMS + "organisation-required")));
        given().get("/v1/applications/" + application).then().statusCode(401).body("type", equalTo(PROBLEMS + "unauthorized"));
    }

    @Test
    void project_work_links_must_be_urls_and_the_work_is_frozen_once_reviews_begin() {
        String event = openEvent("Links camp " + UUID.randomUUID(), 10, 2);
        String application = submit("uni-a", event, "Links");
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.partner("uni-a"))
                .body(Map.of("title", "t", "description", "d", "links", List.of("ftp://files.example.org/x")))
                .post("/v1/applications/" + application + "/project-work").then().statusCode(400).body("type", equalTo(PROBLEMS + "validation"))
                .body("errors.field", hasItem(startsWith("links"))));
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.partner("uni-a")).body(Map.of("description", "no title"))
                .post("/v1/applications/" + application + "/project-work").then().statusCode(400).body("errors.field", hasItem("title")));
        submitWork("uni-a", application);
        String r1 = uniqueReviewer("links");
        String r2 = uniqueReviewer("links");
        assign(application, r1, r2);
        reviewAs(r1, application, 5, 5, "ADMIT");
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.partner("uni-a")).body(Map.of("title", "v2", "description", "better"))
                .post("/v1/applications/" + application + "/project-work").then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "project-work-frozen")));
        as(Tokens.partner("uni-a")).get("/v1/applications/" + application).then().body("reviews", nullValue())
                .body("reviewers", nullValue()).body("reviewsIn", equalTo(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(Tokens.partner("uni-a")).get("/v1/applications/" + application + "/history")
                .then().body("events.type", not(hasItem("ApplicationAdmitted"))).body("events.type", hasItem("ReviewSubmitted")));
    }

    @Test
    void a_stale_if_match_is_a_412_problem() {
        String event = openEvent("Versions camp " + UUID.randomUUID(), 10, 2);
        String application = submit("uni-a", event, "Versions");
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.partner("uni-a")).header("If-Match", "\"7\"").body(Map.of("reason", "x"))
                .post("/v1/applications/" + application + "/withdrawal").then().statusCode(412).body("type", equalTo(PROBLEMS + "stale-version")));
        as(Tokens.partner("uni-a")).header("If-Match", "\"1\"").body(Map.of("reason", "x"))
                .post("/v1/applications/" + application + "/withdrawal").then().statusCode(200).header("ETag", "\"2\"");
    }
}
