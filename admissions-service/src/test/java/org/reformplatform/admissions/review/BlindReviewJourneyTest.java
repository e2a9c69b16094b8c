package org.reformplatform.admissions.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reformplatform.admissions.AdmissionsApi.as;
import static org.reformplatform.admissions.AdmissionsApi.assign;
import static org.reformplatform.admissions.AdmissionsApi.event;
import static org.reformplatform.admissions.AdmissionsApi.openEvent;
import static org.reformplatform.admissions.AdmissionsApi.review;
import static org.reformplatform.admissions.AdmissionsApi.submitWork;
import static org.reformplatform.admissions.AdmissionsApi.uniqueReviewer;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;
import org.reformplatform.testing.Tokens;

/**
 * Blind review: in a blind intake event no answer a reviewer gets — the application, the review queue,
 * the intake events, a declaration of conflict, a review's receipt, a refusal — names the candidate,
 * their contact, organisation or background; reviewers know a pseudonym. Operators learn who the
 * candidate is once the application is decided; the submitting organisation always knows.
 */
@QuarkusTest
class BlindReviewJourneyTest {

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String organisation = "uni-blind-" + run;
    final String name = "Wen Blindname" + run;
    final String email = "wen." + run + "@blind.example.org";
    final String discipline = "Ceramics" + run;
    final String description = "Throws pots" + run;

    /** Every answer a reviewer gets goes through here. */
    private String reviewerSees(String body) {
        assertThat(body).doesNotContain(name, "Blindname", email, organisation, discipline, description, "MASTER");
        return body;
    }

    @Test
    void a_reviewer_of_a_blind_event_never_learns_who_the_candidate_is() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        Map<String, Object> body = event("Blind camp " + run, 10, 2, now.minusDays(1), now.plusDays(30));
        body.put("blindReview", true);
        String event = openEvent(body);
        String application = as(Tokens.partner(organisation)).body(Map.of("intakeEventId", event, "candidate", Map.of("name", name,
                "contactEmail", email, "background", Map.of("degreeLevel", "MASTER", "discipline", discipline, "description", description))))
                .post("/v1/applications").then().statusCode(201).extract().path("id");
        submitWork(organisation, application);
        String r1 = uniqueReviewer("blind");
        String r2 = uniqueReviewer("blind");
        String r3 = uniqueReviewer("blind");
        assign(application, r1, r2, r3);

        JsonPath seen = JsonPath.from(reviewerSees(as(Tokens.reviewer(r1)).get("/v1/applications/" + application).then().statusCode(200)
                .extract().asString()));
        String pseudonym = seen.getString("reviewPseudonym");
        assertThat(pseudonym).matches("Candidate [0-9A-Z]{4}-[0-9A-Z]{4}").doesNotContain(application.substring(0, 4).toUpperCase());
        assertThat(seen.getBoolean("blindReview")).isTrue();
        assertThat(seen.getString("projectWork.title")).isEqualTo("Sorter");
        assertThat(seen.getList("criteria")).hasSize(2);

        reviewerSees(as(Tokens.reviewer(r3)).body(Map.of("statement", "I may know the team")).post("/v1/applications/" + application
                + "/conflicts-of-interest").then().statusCode(200).extract().asString());
        reviewerSees(as(Tokens.reviewer(r1)).get("/v1/intake-events/" + event).then().statusCode(200).extract().asString());
        reviewerSees(as(Tokens.reviewer(r1)).get("/v1/intake-events?size=200").then().statusCode(200).extract().asString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(JsonPath.from(reviewerSees(as(Tokens.reviewer(r1))
                .get("/v1/review-queue?size=200").then().statusCode(200).extract().asString())).getList("items.applicationId")).contains(application));
        reviewerSees(as(Tokens.reviewer(r1)).body(review(8, 8, "ADMIT")).post("/v1/applications/" + application + "/reviews")
                .then().statusCode(200).extract().asString());
        reviewerSees(as(Tokens.reviewer(r1)).body(review(8, 8, "ADMIT")).post("/v1/applications/" + application + "/reviews")
                .then().statusCode(409).extract().asString());

        // Operators judge blind too until the decision.
        JsonPath before = as(Tokens.operator()).get("/v1/applications/" + application).then().statusCode(200).extract().jsonPath();
        assertThat(before.getString("candidateName")).isNull();
        assertThat(before.getString("organisation")).isNull();
        assertThat(before.getString("contactEmail")).isNull();
        assertThat(before.getString("reviewPseudonym")).isEqualTo(pseudonym);
        JsonPath listed = as(Tokens.operator()).get("/v1/applications?intakeEventId=" + event).then().statusCode(200).extract().jsonPath();
        assertThat(listed.getString("items[0].candidateName")).isNull();
        assertThat(listed.getString("items[0].organisation")).isNull();
        assertThat(listed.getString("items[0].reviewPseudonym")).isEqualTo(pseudonym);
        // The submitting organisation knows its own candidate.
        as(Tokens.partner(organisation)).get("/v1/applications/" + application).then().statusCode(200)
                .body("candidateName", org.hamcrest.Matchers.equalTo(name));

        String receipt = reviewerSees(as(Tokens.reviewer(r2)).body(review(9, 8, "ADMIT")).post("/v1/applications/" + application + "/reviews")
                .then().statusCode(200).extract().asString());
        assertThat(JsonPath.from(receipt).getString("status")).isEqualTo("admitted");
        JsonPath after = JsonPath.from(reviewerSees(as(Tokens.reviewer(r2)).get("/v1/applications/" + application).then().statusCode(200)
                .extract().asString()));
        assertThat(after.getString("reviewPseudonym")).isEqualTo(pseudonym);

        // Decided: the operators learn who it was.
        as(Tokens.operator()).get("/v1/applications/" + application).then().statusCode(200)
                .body("candidateName", org.hamcrest.Matchers.equalTo(name)).body("organisation", org.hamcrest.Matchers.equalTo(organisation))
                .body("contactEmail", org.hamcrest.Matchers.equalTo(email));
        as(Tokens.operator()).get("/v1/applications?intakeEventId=" + event).then().statusCode(200)
                .body("items[0].candidateName", org.hamcrest.Matchers.equalTo(name));
    }

    @Test
    void in_an_event_that_is_not_blind_reviewers_see_the_name_and_the_pseudonym_but_never_contact_organisation_or_background() {
        String event = openEvent("Open camp " + run, 10, 2);
        String application = as(Tokens.partner(organisation)).body(Map.of("intakeEventId", event, "candidate", Map.of("name", name,
                "contactEmail", email, "background", Map.of("degreeLevel", "MASTER", "discipline", discipline))))
                .post("/v1/applications").then().statusCode(201).extract().path("id");
        String reviewer = uniqueReviewer("open");
        assign(application, reviewer, uniqueReviewer("open"));
        JsonPath seen = as(Tokens.reviewer(reviewer)).get("/v1/applications/" + application).then().statusCode(200).extract().jsonPath();
        assertThat(seen.getString("candidateName")).isEqualTo(name);
        assertThat(seen.getString("reviewPseudonym")).startsWith("Candidate ");
        assertThat(seen.getBoolean("blindReview")).isFalse();
        assertThat(seen.getString("contactEmail")).isNull();
        assertThat(seen.getString("organisation")).isNull();
        assertThat(seen.getMap("background")).isNull();
    }
}
