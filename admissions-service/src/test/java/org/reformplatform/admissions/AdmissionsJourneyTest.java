package org.reformplatform.admissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.reformplatform.admissions.AdmissionsApi.application;
import static org.reformplatform.admissions.AdmissionsApi.as;
import static org.reformplatform.admissions.AdmissionsApi.assign;
import static org.reformplatform.admissions.AdmissionsApi.mentor;
import static org.reformplatform.admissions.AdmissionsApi.openEvent;
import static org.reformplatform.admissions.AdmissionsApi.reviewAs;
import static org.reformplatform.admissions.AdmissionsApi.submitWork;
import static org.reformplatform.admissions.AdmissionsApi.uniqueReviewer;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.reformplatform.testing.ReadModelOracle;
import org.reformplatform.testing.TopicReader;
import org.reformplatform.testing.Tokens;

/**
 * The whole journey through the API, with real tokens, PostgreSQL and the broker: a new intake
 * event, a candidate without a degree from an unrelated field, project work, three reviewers, an
 * automatic admission by the non-consensus policy, the student with a mentor team and a plan, all of
 * it visible in the read models and {@code admissions.StudentAdmitted.v1} on {@code admissions.events}.
 */
@QuarkusTest
class AdmissionsJourneyTest {

    static final Duration READ_MODEL = Duration.ofSeconds(30);

    @Test
    void from_a_new_intake_event_to_an_admitted_student_with_a_mentor_team() throws Exception {
        String organisation = "uni-journey";
        String partner = Tokens.partner(organisation);
        String event = openEvent("Maker contest " + UUID.randomUUID(), 30, 3);

        // A candidate with no degree and an unrelated discipline is accepted: background is recorded, never judged.
        JsonPath submitted = as(partner).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(application(event, "Wang Fang", "NONE", "Classical music")).post("/v1/applications")
                .then().statusCode(201).header("ETag", "\"1\"")
                .body("status", equalTo("submitted")).body("organisation", equalTo(organisation))
                .body("background.degreeLevel", equalTo("NONE")).body("background.discipline", equalTo("Classical music"))
                .body("requiredReviews", equalTo(3)).body("criteria.code", hasItem("originality"))
                .extract().jsonPath();
        String application = submitted.getString("id");
        await().atMost(READ_MODEL).untilAsserted(() -> as(partner).get("/v1/intake-events?status=open&size=200").then()
                .body("items.find { it.id == '" + event + "' }.remainingPlaces", equalTo(29)));

        submitWork(organisation, application);
        String r1 = uniqueReviewer("li");
        String r2 = uniqueReviewer("zhang");
        String r3 = uniqueReviewer("chen");
        assign(application, r1, r2, r3);

        // Each reviewer finds it in their queue and sees the work, but not the candidate's background or contact.
        await().atMost(READ_MODEL).untilAsserted(() -> as(Tokens.reviewer(r1)).get("/v1/review-queue").then().statusCode(200)
                .body("items.applicationId", hasItem(application)));
        as(Tokens.reviewer(r1)).get("/v1/applications/" + application).then().statusCode(200)
                .body("projectWork.title", equalTo("Sorter")).body("background", nullValue()).body("contactEmail", nullValue())
                .body("reviews", nullValue());

        // Totals 80, 76 and 78: mean 78, spread 4 -> admitted by the policy at the third review.
        assertThat(reviewAs(r1, application, 8, 8, "ADMIT")).isEqualTo("under_review");
        assertThat(reviewAs(r2, application, 7, 8, "ADMIT")).isEqualTo("under_review");
        assertThat(reviewAs(r3, application, 9, 7, "CHAMPION")).isEqualTo("admitted");

        String student = as(partner).get("/v1/applications/" + application).then().statusCode(200)
                .body("status", equalTo("admitted")).body("reviewsIn", equalTo(3)).body("studentId", notNullValue())
                .extract().path("studentId");
        as(partner).get("/v1/students/" + student).then().statusCode(200)
                .body("candidateName", equalTo("Wang Fang")).body("applicationId", equalTo(application))
                .body("intakeEventId", equalTo(event)).body("mentorTeam", equalTo(List.of()));
        await().atMost(READ_MODEL).untilAsserted(() -> as(Tokens.reviewer(r1)).get("/v1/review-queue?size=200").then()
                .statusCode(200).body("items.applicationId", not(hasItem(application))));

        // A mentor team: a full-time mentor and an industry mentor, each taking one of their places.
        String affiliation = "journey-" + UUID.randomUUID();
        String fullTimeSubject = "mentor-" + UUID.randomUUID();
        String fullTime = mentor("Prof. Chen Jing", "FULL_TIME", 4, affiliation, fullTimeSubject);
        String industry = mentor("Ms. Zhou, robotics lead", "INDUSTRY", 2, affiliation, null);
        as(Tokens.operator()).body(Map.of("mentors", List.of(fullTime, industry))).post("/v1/students/" + student + "/mentor-team")
                .then().statusCode(200).body("mentorTeam.mentorId", equalTo(List.of(fullTime, industry)))
                .body("hasAcademicMentor", equalTo(true));
        as(Tokens.operator()).get("/v1/mentors/" + fullTime).then().statusCode(200).body("students", equalTo(1)).body("freePlaces", equalTo(3));

        // The mentor works on the individual plan with their own token; there is no term to set.
        String mentorToken = Tokens.token(fullTimeSubject, "institute", "reviewer");
        as(mentorToken).body(Map.of("description", "Publish on low-cost robotic sorting")).post("/v1/students/" + student + "/plan/goals")
                .then().statusCode(200).body("plan.goals[0].description", equalTo("Publish on low-cost robotic sorting"));
        String milestone = as(mentorToken).body(Map.of("title", "Prototype at a recycling plant"))
                .post("/v1/students/" + student + "/plan/milestones").then().statusCode(200).extract().path("plan.milestones[0].milestoneId");
        as(mentorToken).body(Map.of("reachedOn", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString(), "evidence", "Plant report"))
                .post("/v1/students/" + student + "/plan/milestones/" + milestone + "/reaching").then().statusCode(200)
                .body("plan.milestones[0].reachedOn", notNullValue());
        as(mentorToken).body(Map.of("text", "Strong start")).post("/v1/students/" + student + "/plan/progress-notes").then().statusCode(200)
                .body("plan.notes[0].author", equalTo(fullTimeSubject));

        // The read models: status and history, the admissions per intake event, the mentor load by kind.
        await().atMost(READ_MODEL).untilAsserted(() -> {
            List<String> types = as(partner).get("/v1/applications/" + application + "/history").then().statusCode(200)
                    .body("status", equalTo("admitted")).extract().jsonPath().getList("events.type");
            assertThat(types).containsExactly("ApplicationSubmitted", "ProjectWorkSubmitted", "ReviewersAssigned", "ReviewSubmitted",
                    "ReviewSubmitted", "ReviewSubmitted", "ApplicationAdmitted");
        });
        as(partner).get("/v1/applications/" + application + "/history").then().body("events[0].occurredAt", notNullValue());
        await().atMost(READ_MODEL).untilAsserted(() -> as(partner).get("/v1/applications?intakeEventId=" + event).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].status", equalTo("admitted")).body("items[0].studentId", equalTo(student)));
        await().atMost(READ_MODEL).untilAsserted(() -> as(Tokens.analyst()).get("/v1/admission-statistics/by-intake-event?size=200").then()
                .statusCode(200).body("items.find { it.intakeEventId == '" + event + "' }.admitted", equalTo(1))
                .body("items.find { it.intakeEventId == '" + event + "' }.title", notNullValue()));
        await().atMost(READ_MODEL).untilAsserted(() -> {
            JsonPath load = as(Tokens.analyst()).get("/v1/mentor-load?affiliation=" + affiliation).then().statusCode(200).extract().jsonPath();
            assertThat(load.getInt("kinds.find { it.kind == 'FULL_TIME' }.mentors")).isEqualTo(1);
            assertThat(load.getInt("kinds.find { it.kind == 'FULL_TIME' }.students")).isEqualTo(1);
            assertThat(load.getInt("kinds.find { it.kind == 'FULL_TIME' }.capacity")).isEqualTo(4);
            assertThat(load.getInt("kinds.find { it.kind == 'INDUSTRY' }.students")).isEqualTo(1);
            assertThat(load.getInt("kinds.find { it.kind == 'PART_TIME' }.mentors")).isZero();
            assertThat(load.getInt("total.students")).isEqualTo(2);
        });

        // The cross-service contract reached the broker with exactly its documented fields.
        try (TopicReader reader = new TopicReader(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class), "admissions.events")) {
            List<ConsumerRecord<String, byte[]>> records = reader.readUntil(seen -> seen.stream().anyMatch(r -> isAdmission(r, student)),
                    Duration.ofSeconds(30));
            ConsumerRecord<String, byte[]> admitted = records.stream().filter(r -> isAdmission(r, student)).findFirst().orElseThrow();
            assertThat(TopicReader.header(admitted, "ce_source")).isEqualTo("urn:reform-platform:admissions");
            assertThat(TopicReader.header(admitted, "ce_subject")).isEqualTo(student);
            // the acting organisation: the reviewer whose review admitted the candidate acts for the institute
            assertThat(TopicReader.header(admitted, "ce_organisation")).isEqualTo("institute");
            JsonNode data = new ObjectMapper().readTree(admitted.value());
            Set<String> fields = new HashSet<>();
            data.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactlyInAnyOrder("studentId", "applicationId", "intakeEventId", "candidateName", "organisation", "admittedAt");
            assertThat(data.get("studentId").asText()).isEqualTo(student);
            assertThat(data.get("applicationId").asText()).isEqualTo(application);
            assertThat(data.get("intakeEventId").asText()).isEqualTo(event);
            // Personal data travels sealed for its subject (crypto-shredding): never the name in clear on a topic.
            assertThat(data.get("candidateName").asText()).startsWith("pd1:").doesNotContain("Wang");
            assertThat(data.get("organisation").asText()).isEqualTo(organisation);
            assertThat(Instant.parse(data.get("admittedAt").asText())).isBefore(Instant.now().plusSeconds(1));
        }
    }

    private static boolean isAdmission(ConsumerRecord<String, byte[]> record, String student) {
        return "admissions.StudentAdmitted.v1".equals(TopicReader.header(record, "ce_type")) && student.equals(record.key());
    }

    /** Whatever the journeys above did, every read model of the service equals its log. */
    @AfterAll
    static void everyReadModelEqualsTheLog() {
        ReadModelOracle.assertEveryProjectionEqualsTheLog();
    }
}
