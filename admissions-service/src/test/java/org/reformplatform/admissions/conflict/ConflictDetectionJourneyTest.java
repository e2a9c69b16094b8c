package org.reformplatform.admissions.conflict;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.reformplatform.admissions.AdmissionsApi.admittedStudent;
import static org.reformplatform.admissions.AdmissionsApi.as;
import static org.reformplatform.admissions.AdmissionsApi.openEvent;
import static org.reformplatform.admissions.AdmissionsApi.submitWork;
import static org.reformplatform.admissions.AdmissionsApi.uniqueReviewer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.Test;
import org.reformplatform.testing.kafka.ForeignEvents;
import org.reformplatform.testing.Tokens;

/**
 * Conflicts of interest found from the relations admissions holds, through the API: a student applies
 * to another intake event; their own mentor, a co-founder of their venture (learnt from incubation's
 * founder events on {@code incubation.events}) and a mentor of the candidate's own organisation are
 * refused as reviewers, each with the relation named; two unrelated reviewers are assigned, and the
 * operator sees every relation that was checked for them.
 */
@QuarkusTest
class ConflictDetectionJourneyTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void a_mentor_a_co_founder_and_a_colleague_are_refused_naming_the_relation_and_operators_see_every_check() {
        String organisation = "uni-conflicts-" + UUID.randomUUID();
        String student = admittedStudent(organisation, "Li Na");

        // The student's mentor, who also reviews for the institute with the same token subject.
        String mentorSubject = "mentor-" + UUID.randomUUID();
        String mentor = mentor("Prof. Sun", "FULL_TIME", mentorSubject, "AI institute", null);
        as(Tokens.operator()).body(Map.of("mentors", List.of(mentor))).post("/v1/students/" + student + "/mentor-team").then().statusCode(200);

        // The student applies to another intake event, named as the student they are.
        String event = openEvent("Second sprint " + UUID.randomUUID(), 10, 2);
        String application = as(Tokens.partner(organisation)).body(applicationOf(event, "Li Na", student)).post("/v1/applications")
                .then().statusCode(201).extract().path("id");
        submitWork(organisation, application);
        String clean = uniqueReviewer("clean");
        String other = uniqueReviewer("other");

        // 1. Their mentor: refused, 409, the relation named, every check listed.
        assign(application, mentorSubject, clean).statusCode(409)
                .body("type", equalTo("https://reform-platform.org/problems/reviewer-conflicted"))
                .body("relation", equalTo("mentor-of-candidate")).body("reviewer", equalTo(mentorSubject))
                .body("detail", containsString("Prof. Sun"))
                .body("checks.relation", hasItems("same-organisation", "mentor-of-candidate", "co-founders", "declared-conflict"));

        // 2. A co-founder: a researcher (registered as a mentor with their researcher id) who founded a venture with the student.
        UUID researcher = UUID.randomUUID();
        String founderSubject = "founder-" + UUID.randomUUID();
        mentor("Dr. Qian", "INDUSTRY", founderSubject, "Robotics Ltd", researcher);
        UUID venture = UUID.randomUUID();
        ForeignEvents.publish("incubation", "FounderJoined", venture.toString(), founder(venture, "STUDENT", UUID.fromString(student), null, "Li Na"));
        ForeignEvents.publish("incubation", "FounderJoined", venture.toString(), founder(venture, "RESEARCHER", null, researcher, "Dr. Qian"));
        // The founders arrive through the consumer: a probe application (same student) is tried until they are known, so that
        // an assignment made before cannot spoil the application under test.
        String probe = as(Tokens.partner(organisation)).body(applicationOf(event, "Li Na", student)).post("/v1/applications")
                .then().statusCode(201).extract().path("id");
        await().atMost(PATIENCE).untilAsserted(() -> assign(probe, founderSubject, clean).statusCode(409).body("relation", equalTo("co-founders")));
        assign(application, founderSubject, clean).statusCode(409)
                .body("relation", equalTo("co-founders")).body("detail", containsString(venture.toString()));

        // 3. A mentor affiliated with the candidate's own organisation.
        String colleague = "colleague-" + UUID.randomUUID();
        mentor("Prof. Wu", "PART_TIME", colleague, organisation, null);
        await().atMost(PATIENCE).untilAsserted(() -> as(Tokens.operator()).get("/v1/mentors?affiliation=" + organisation).then()
                .statusCode(200).body("totalItems", equalTo(1)));
        assign(application, colleague, clean).statusCode(409).body("relation", equalTo("same-organisation"))
                .body("detail", containsString(organisation));

        // Nothing was assigned by the refusals; two unrelated reviewers are.
        as(Tokens.operator()).get("/v1/applications/" + application).then().statusCode(200).body("status", equalTo("submitted"));
        assign(application, clean, other).statusCode(200).body("status", equalTo("under_review"));

        // The operator sees, for each reviewer assigned, every relation checked and its outcome; refused nominees left no row.
        as(Tokens.operator()).get("/v1/conflict-checks?applicationId=" + application + "&size=50").then().statusCode(200)
                .body("totalItems", equalTo(8))
                .body("items.reviewer", everyItem(org.hamcrest.Matchers.oneOf(clean, other)))
                .body("items.outcome", everyItem(not(equalTo("FOUND"))))
                .body("items.findAll { it.reviewer == '" + clean + "' }.relation",
                        hasItems("same-organisation", "mentor-of-candidate", "co-founders", "declared-conflict"))
                .body("items.find { it.reviewer == '" + clean + "' && it.relation == 'same-organisation' }.outcome", equalTo("NOT_ESTABLISHED"))
                .body("items.find { it.reviewer == '" + clean + "' && it.relation == 'mentor-of-candidate' }.outcome", equalTo("NOT_FOUND"));
        as(Tokens.partner(organisation)).get("/v1/conflict-checks?applicationId=" + application).then().statusCode(403);
        as(Tokens.reviewer(clean)).get("/v1/conflict-checks?applicationId=" + application).then().statusCode(403);
    }

    @Test
    void a_candidate_named_as_another_organisations_student_is_refused_and_nothing_is_written() {
        String student = admittedStudent("uni-owner-" + UUID.randomUUID(), "Zhao Min");
        String event = openEvent("Sprint " + UUID.randomUUID(), 10, 2);
        as(Tokens.partner("uni-other-" + UUID.randomUUID())).body(applicationOf(event, "Zhao Min", student)).post("/v1/applications")
                .then().statusCode(422).body("type", equalTo("https://reform-platform.org/problems/unknown-student"));
        as(Tokens.operator()).get("/v1/intake-events/" + event).then().statusCode(200).body("remainingPlaces", equalTo(10));
    }

    static ValidatableResponse assign(String application, String... reviewers) {
        List<Map<String, Object>> nominations = new ArrayList<>();
        for (String reviewer : reviewers) {
            nominations.add(Map.of("reviewer", reviewer));
        }
        return as(Tokens.operator()).body(Map.of("reviewers", nominations)).post("/v1/applications/" + application + "/reviewers").then();
    }

    static String mentor(String name, String kind, String subject, String affiliation, UUID researcherId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        body.put("capacity", 4);
        body.put("affiliation", affiliation);
        body.put("subject", subject);
        body.put("researcherId", researcherId == null ? null : researcherId.toString());
        return as(Tokens.operator()).body(body).post("/v1/mentors").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> applicationOf(String event, String name, String studentId) {
        return Map.of("intakeEventId", event, "candidate", Map.of("name", name, "contactEmail", "candidate@example.org", "studentId", studentId));
    }

    /** {@code incubation.FounderJoined.v1}, with the documented fields. */
    static Map<String, Object> founder(UUID venture, String kind, UUID studentId, UUID researcherId, String name) {
        Map<String, Object> data = new HashMap<>();
        data.put("ventureId", venture.toString());
        data.put("founderKind", kind);
        data.put("studentId", studentId == null ? null : studentId.toString());
        data.put("researcherId", researcherId == null ? null : researcherId.toString());
        data.put("name", name);
        return data;
    }
}
