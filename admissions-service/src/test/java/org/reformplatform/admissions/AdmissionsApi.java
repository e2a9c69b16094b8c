package org.reformplatform.admissions;

import static io.restassured.RestAssured.given;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import org.reformplatform.testing.Tokens;

/**
 * The admissions API as the tests drive it: each step is one real HTTP call with a real token and
 * asserts its success status, so that a journey reads as the sequence of what people do.
 */
public final class AdmissionsApi {

    /** Totals are 4 × originality + 6 × execution: (8, 8) is 80, (3, 3) is 30. */
    public static final List<Map<String, Object>> CRITERIA = List.of(
            Map.of("code", "originality", "description", "How new", "weight", "0.4", "maxScore", 10),
            Map.of("code", "execution", "description", "How well built", "weight", "0.6", "maxScore", 10));

    private AdmissionsApi() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static String uniqueReviewer(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> event(String title, int capacity, int requiredReviews, OffsetDateTime opensAt, OffsetDateTime closesAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("kind", "MAKER_CONTEST");
        body.put("opensAt", opensAt.toString());
        body.put("closesAt", closesAt.toString());
        body.put("capacity", capacity);
        body.put("requiredReviews", requiredReviews);
        body.put("challenges", List.of(Map.of("code", "sorter", "title", "A robot that sorts recyclables")));
        body.put("criteria", CRITERIA);
        return body;
    }

    /** Announces and opens an intake event accepting applications now; returns its id. */
    public static String openEvent(String title, int capacity, int requiredReviews) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        return openEvent(event(title, capacity, requiredReviews, now.minusDays(1), now.plusDays(30)));
    }

    public static String openEvent(Map<String, Object> body) {
        String id = as(Tokens.operator()).body(body).post("/v1/intake-events").then().statusCode(201).extract().path("id");
        as(Tokens.operator()).post("/v1/intake-events/" + id + "/opening").then().statusCode(200);
        return id;
    }

    public static Map<String, Object> application(String intakeEventId, String name, String degreeLevel, String discipline) {
        Map<String, Object> background = new HashMap<>();
        background.put("degreeLevel", degreeLevel);
        background.put("discipline", discipline);
        return Map.of("intakeEventId", intakeEventId,
                "candidate", Map.of("name", name, "contactEmail", "candidate@example.org", "background", background));
    }

    /** Submits an application for the partner organisation; returns its id. */
    public static String submit(String organisation, String intakeEventId, String candidateName) {
        return as(Tokens.partner(organisation)).body(application(intakeEventId, candidateName, "MASTER", "Mechanical engineering"))
                .post("/v1/applications").then().statusCode(201).extract().path("id");
    }

    public static void submitWork(String organisation, String applicationId) {
        as(Tokens.partner(organisation)).body(Map.of("title", "Sorter", "description", "A 4-axis arm that sorts five kinds of waste",
                "links", List.of("https://git.example.org/sorter"))).post("/v1/applications/" + applicationId + "/project-work")
                .then().statusCode(200);
    }

    public static void assign(String applicationId, String... reviewers) {
        List<Map<String, Object>> nominations = new ArrayList<>();
        for (String reviewer : reviewers) {
            nominations.add(Map.of("reviewer", reviewer));
        }
        as(Tokens.operator()).body(Map.of("reviewers", nominations)).post("/v1/applications/" + applicationId + "/reviewers")
                .then().statusCode(200);
    }

    public static Map<String, Object> review(int originality, int execution, String recommendation) {
        return Map.of("scores", List.of(Map.of("criterion", "originality", "score", originality), Map.of("criterion", "execution", "score", execution)),
                "recommendation", recommendation, "comment", "Scored on the published criteria");
    }

    /** A reviewer's review; returns the application's status after it. */
    public static String reviewAs(String reviewer, String applicationId, int originality, int execution, String recommendation) {
        return as(Tokens.reviewer(reviewer)).body(review(originality, execution, recommendation))
                .post("/v1/applications/" + applicationId + "/reviews").then().statusCode(200).extract().path("status");
    }

    /** Registers a mentor; returns its id. */
    public static String mentor(String name, String kind, int capacity, String affiliation, String subject) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        body.put("capacity", capacity);
        body.put("affiliation", affiliation);
        body.put("subject", subject);
        return as(Tokens.operator()).body(body).post("/v1/mentors").then().statusCode(201).extract().path("id");
    }

    /** Runs an application through a two-review event (the fewest an event may ask) to admission; returns the student's id. */
    public static String admittedStudent(String organisation, String candidateName) {
        String event = openEvent("Sprint for " + candidateName, 10, 2);
        String application = submit(organisation, event, candidateName);
        submitWork(organisation, application);
        String reviewer = uniqueReviewer("quick");
        String second = uniqueReviewer("quick");
        assign(application, reviewer, second);
        reviewAs(reviewer, application, 9, 9, "ADMIT");
        reviewAs(second, application, 9, 9, "ADMIT");
        return as(Tokens.operator()).get("/v1/applications/" + application).then().statusCode(200).extract().path("studentId");
    }
}
