package org.reformplatform.incubation.industryeducation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.reformplatform.incubation.IncubationApi.post;
import static org.reformplatform.incubation.IncubationApi.registerPartner;
import static org.reformplatform.incubation.IncubationApi.unique;
import static org.reformplatform.testing.EventStoreProbe.assertNoEventWritten;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.reformplatform.incubation.founder.FounderRecordId;
import org.reformplatform.incubation.venture.FounderKind;
import org.reformplatform.testing.EventStoreProbe;
import org.reformplatform.testing.ReadModelOracle;
import org.reformplatform.testing.Tokens;
import org.reformplatform.testing.kafka.ForeignEvents;

/**
 * From a pilot university's reform plan to a placed and assessed student: the platform recognised and
 * active, the plan published, a training base co-built with an enterprise partner and opened, a student
 * admitted in admissions-service placed there with an academic mentor registered here and an industry
 * mentor from admissions-service; the base's places bound the term; the figures count it all; a party
 * sees its own, another organisation nothing.
 */
@QuarkusTest
class IndustryEducationJourneyTest {

    static final String PROBLEMS = "https://reform-platform.org/problems/";
    static Map<String, Object> person(UUID admissionsId, String name, String organisation) {
        Map<String, Object> person = new HashMap<>();
        if (admissionsId != null) {
            person.put("admissionsId", admissionsId.toString());
        }
        if (name != null) {
            person.put("name", name);
        }
        if (organisation != null) {
            person.put("organisation", organisation);
        }
        return person;
    }

    static Map<String, Object> placement(Map<String, Object> student, Map<String, Object> academic, Map<String, Object> industry) {
        return Map.of("term", "2026-autumn", "student", student, "academicMentor", academic, "industryMentor", industry, "placedOn", "2026-08-25");
    }

    @Test
    void from_a_pilots_published_plan_to_a_placed_and_assessed_student() throws Exception {
        String centre = unique("ie");
        String university = unique("pilot-uni");
        String enterprise = unique("ict-co");
        registerPartner(university, "Pilot University", "UNIVERSITY");
        String enterpriseId = registerPartner(enterprise, "ICT Co", "LEADING_ENTERPRISE");

        String platform = post("/v1/education-platforms", Map.of("centre", centre, "kind", "APPLIED_UNDERGRADUATE_PILOT",
                "name", "Pilot University applied-talent reform", "hostInstitution", university, "enterprises", List.of(enterpriseId),
                "functions", List.of("TALENT_TRAINING", "INTERNSHIP_AND_TRAINING"), "proposedOn", "2026-01-10"))
                .then().statusCode(201).body("status", equalTo("PROPOSED")).body("enterprises[0].organisation", equalTo(enterprise))
                .extract().path("id");
        post("/v1/education-platforms/" + platform + "/recognition", Map.of("level", "REGIONAL", "batch", "2026 pilots", "recognisedOn", "2026-02-01"))
                .then().statusCode(200).body("status", equalTo("RECOGNISED")).body("recognitionBatch", equalTo("2026 pilots"));
        post("/v1/education-platforms/" + platform + "/activation", Map.of("activatedOn", "2026-03-01")).then().statusCode(200);
        post("/v1/education-platforms/" + platform + "/reform-plan", Map.of("title", "Applied talent reform plan", "draftedOn", "2026-03-05"))
                .then().statusCode(200).body("reformPlan.status", equalTo("DRAFTED"));
        post("/v1/education-platforms/" + platform + "/reform-plan/publication", Map.of("summary", "Enterprise-set curricula, "
                + "co-built labs and training bases", "publishedOn", "2026-04-01")).then().statusCode(200)
                .body("reformPlan.status", equalTo("PUBLISHED")).body("reformPlan.publishedOn", equalTo("2026-04-01"));

        String base = post("/v1/facilities", Map.of("platformId", platform, "kind", "TRAINING_BASE", "name", "AI + digital technology base",
                "enterpriseId", enterpriseId, "placesPerTerm", 1, "signedOn", "2026-04-15")).then().statusCode(201)
                .body("institution", equalTo(university)).body("status", equalTo("SIGNED")).extract().path("id");
        post("/v1/facilities/" + base + "/opening", Map.of("openedOn", "2026-08-01")).then().statusCode(200).body("status", equalTo("OPEN"));

        // The student and the industry mentor come from admissions-service's events, consumed here.
        UUID student = UUID.randomUUID();
        UUID industryMentor = UUID.randomUUID();
        UUID fullTimeMentor = UUID.randomUUID();
        ForeignEvents.publish("admissions", "StudentAdmitted", UUID.randomUUID().toString(), Map.of("studentId", student.toString(),
                "applicationId", UUID.randomUUID().toString(), "intakeEventId", UUID.randomUUID().toString(), "candidateName", "Chen Yu",
                "organisation", "ai-institute", "admittedAt", "2026-05-01T02:00:00Z"));
        for (UUID mentor : List.of(industryMentor, fullTimeMentor)) {
            ForeignEvents.publish("admissions", "MentorRegistered", mentor.toString(), Map.of("mentorId", mentor.toString(),
                    "name", mentor.equals(industryMentor) ? "Engineer Li" : "Prof. Zhou", "kind", mentor.equals(industryMentor) ? "INDUSTRY" : "FULL_TIME",
                    "capacity", 3, "affiliation", mentor.equals(industryMentor) ? enterprise : university, "subject", "AI",
                    "registeredAt", "2026-02-01T02:00:00Z"));
        }
        String studentStream = FounderRecordId.of(FounderKind.STUDENT, student).streamId();
        await().atMost(Duration.ofSeconds(60)).until(() -> EventStoreProbe.eventCount(studentStream) > 0
                && EventStoreProbe.eventCount(industryMentor.toString()) > 0 && EventStoreProbe.eventCount(fullTimeMentor.toString()) > 0);

        // Mentors of the wrong kind, unknown people: refused, nothing written.
        assertNoEventWritten(() -> post("/v1/facilities/" + base + "/placements", placement(person(student, "Chen Yu", null),
                person(industryMentor, null, null), person(fullTimeMentor, null, null))).then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "not-an-academic-mentor")));
        assertNoEventWritten(() -> post("/v1/facilities/" + base + "/placements", placement(person(UUID.randomUUID(), "Nobody", null),
                person(null, "Prof. Wang", university), person(industryMentor, null, null))).then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "student-not-admitted")));
        assertNoEventWritten(() -> post("/v1/facilities/" + base + "/placements", Map.of("term", "2026-autumn",
                "student", person(student, "Chen Yu", null), "industryMentor", person(industryMentor, null, null), "placedOn", "2026-08-25"))
                .then().statusCode(422).body("type", equalTo(PROBLEMS + "academic-mentor-required")));

        String placementId = post("/v1/facilities/" + base + "/placements", placement(person(student, "Chen Yu", null),
                person(null, "Prof. Wang", university), person(industryMentor, null, null))).then().statusCode(201)
                .body("student.fromAdmissions", equalTo(true)).body("academicMentor.fromAdmissions", equalTo(false))
                .body("industryMentor.fromAdmissions", equalTo(true)).body("industryMentor.name", equalTo("Engineer Li"))
                .body("industryMentor.organisation", equalTo(enterprise)).extract().path("id");
        // One place a term: the next student waits for another term.
        assertNoEventWritten(() -> post("/v1/facilities/" + base + "/placements", placement(person(null, "Liu Yang", null),
                person(null, "Prof. Wang", university), person(null, "Engineer Ma", enterprise))).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "facility-full")));

        String placementPath = "/v1/facilities/" + base + "/placements/" + placementId;
        post(placementPath + "/start", Map.of("startedOn", "2026-09-01")).then().statusCode(200).body("status", equalTo("STARTED"));
        post(placementPath + "/ending", Map.of("endedOn", "2027-01-15")).then().statusCode(200).body("status", equalTo("ENDED"));
        post(placementPath + "/assessment", Map.of("outcome", "EXCELLENT", "assessment", "Delivered the vision model", "assessedOn",
                "2027-01-30")).then().statusCode(200).body("status", equalTo("ASSESSED")).body("outcome", equalTo("EXCELLENT"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.analyst()).queryParam("centre", centre)
                .get("/v1/portfolio").then().statusCode(200)
                .body("industryEducation.publishedReformPlans", equalTo(1))
                .body("industryEducation.platforms.find { it.kind == 'APPLIED_UNDERGRADUATE_PILOT' }.active", equalTo(1))
                .body("industryEducation.platforms.find { it.kind == 'EXCELLENCE_ENGINEER_COLLEGE' }.platforms", equalTo(0))
                .body("industryEducation.facilities.find { it.kind == 'TRAINING_BASE' }.open", equalTo(1))
                .body("industryEducation.facilities.find { it.kind == 'TRAINING_BASE' }.placesPerTerm", equalTo(1))
                .body("industryEducation.facilities.find { it.kind == 'TRAINING_BASE' }.placements", equalTo(1))
                .body("industryEducation.placements", equalTo(1))
                .body("industryEducation.assessed", equalTo(1)));
        given().auth().oauth2(Tokens.analyst()).get("/v1/facilities/" + base + "/placements").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].status", equalTo("ASSESSED"));

        // Partner isolation: the university and the enterprise see theirs; another organisation nothing.
        for (String party : List.of(university, enterprise)) {
            given().auth().oauth2(Tokens.partner(party)).get("/v1/education-platforms/" + platform).then().statusCode(200);
            given().auth().oauth2(Tokens.partner(party)).get("/v1/facilities/" + base).then().statusCode(200)
                    .body("placements[0].status", equalTo("ASSESSED"));
            given().auth().oauth2(Tokens.partner(party)).queryParam("centre", centre).get("/v1/education-platforms").then().statusCode(200)
                    .body("totalItems", equalTo(1));
            given().auth().oauth2(Tokens.partner(party)).get("/v1/facilities/" + base + "/placements").then().statusCode(200)
                    .body("totalItems", equalTo(1));
        }
        String stranger = unique("stranger");
        given().auth().oauth2(Tokens.partner(stranger)).get("/v1/education-platforms/" + platform).then().statusCode(404)
                .body("type", equalTo(PROBLEMS + "unknown-platform"));
        given().auth().oauth2(Tokens.partner(stranger)).get("/v1/facilities/" + base).then().statusCode(404);
        given().auth().oauth2(Tokens.partner(stranger)).get("/v1/facilities/" + base + "/placements").then().statusCode(404);
        given().auth().oauth2(Tokens.partner(stranger)).queryParam("centre", centre).get("/v1/education-platforms").then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().auth().oauth2(Tokens.partner(stranger)).queryParam("centre", centre).get("/v1/facilities").then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().auth().oauth2(Tokens.partner(university)).contentType(ContentType.JSON).body(Map.of("openedOn", "2026-08-01"))
                .post("/v1/facilities/" + base + "/opening").then().statusCode(403);
    }

    @Test
    void facilities_are_co_built_only_under_a_running_platform_with_a_partner_enterprise() {
        String centre = unique("ie");
        String host = unique("college");
        String enterpriseId = registerPartner(unique("ent"), "Enterprise", "CORPORATE");
        post("/v1/education-platforms", Map.of("centre", centre, "kind", "MODERN_INDUSTRY_COLLEGE", "name", "Industry college",
                "hostInstitution", host, "enterprises", List.of(UUID.randomUUID().toString()), "functions", List.of("TALENT_TRAINING"),
                "proposedOn", "2026-01-10")).then().statusCode(422).body("type", equalTo(PROBLEMS + "unknown-partner"));
        String platform = post("/v1/education-platforms", Map.of("centre", centre, "kind", "MODERN_INDUSTRY_COLLEGE", "name", "Industry college",
                "hostInstitution", host, "enterprises", List.of(enterpriseId), "functions", List.of("TALENT_TRAINING"), "proposedOn", "2026-01-10"))
                .then().statusCode(201).extract().path("id");
        assertNoEventWritten(() -> post("/v1/facilities", Map.of("platformId", platform, "kind", "LABORATORY", "name", "Lab",
                "enterpriseId", enterpriseId, "placesPerTerm", 5, "signedOn", "2026-04-15")).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "platform-not-running")));
        post("/v1/education-platforms/" + platform + "/reform-plan", Map.of("title", "Plan", "draftedOn", "2026-03-05"))
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "not-a-pilot"));
        post("/v1/facilities", Map.of("platformId", UUID.randomUUID().toString(), "kind", "LABORATORY", "name", "Lab",
                "enterpriseId", enterpriseId, "placesPerTerm", 5, "signedOn", "2026-04-15")).then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "unknown-platform"));
        post("/v1/facilities", Map.of("platformId", platform, "kind", "LABORATORY", "name", "Lab",
                "enterpriseId", enterpriseId, "placesPerTerm", 0, "signedOn", "2026-04-15")).then().statusCode(400);
    }

    /** Whatever the journeys above did, every read model of the service equals its log. */
    @AfterAll
    static void everyReadModelEqualsTheLog() {
        ReadModelOracle.assertEveryProjectionEqualsTheLog();
    }
}
