package org.reformplatform.mobility.post;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.reformplatform.mobility.MobilityApi.today;
import static org.reformplatform.testing.EventStoreProbe.assertNoEventWritten;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reformplatform.mobility.MobilityApi;
import org.reformplatform.testing.ReadModelOracle;
import org.reformplatform.testing.Tokens;

/** Special posts defined, filled and vacated by their institution; enterprise talent entering on one through its arrangement. */
@QuarkusTest
class SpecialPostJourneyTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    final String uni = MobilityApi.org("uni");
    final String acme = MobilityApi.org("acme");

    @BeforeEach
    void policy() {
        MobilityApi.defaultPolicy();
    }

    String define(String kind, String title) {
        return given().auth().oauth2(Tokens.partner(uni)).contentType(ContentType.JSON).body(Map.of("kind", kind, "title", title))
                .post("/v1/posts").then().statusCode(201).body("status", equalTo("vacant")).extract().path("id");
    }

    ValidatableResponse fill(String token, String postId, UUID researcher) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("researcherId", researcher.toString(), "holderName", "Wang Fang", "since", today().minusMonths(2).toString()))
                .post("/v1/posts/" + postId + "/filling").then();
    }

    ValidatableResponse counts(String kind) {
        return given().auth().oauth2(Tokens.partner(uni)).get("/v1/posts/counts").then().statusCode(200).rootPath("kinds.find { it.kind == '" + kind + "' }");
    }

    @Test
    void posts_are_filled_and_vacated_and_counted_by_kind() {
        String manager = define("TECHNOLOGY_MANAGER", "Technology manager, AI lab");
        String mentor = define("INDUSTRY_MENTOR", "Industry mentor, robotics");
        define("INDUSTRY_MENTOR", "Industry mentor, biotech");
        UUID holder = UUID.randomUUID();

        fill(Tokens.partner(uni), manager, holder).statusCode(200).body("status", equalTo("filled")).body("holder.researcherId", equalTo(holder.toString()));
        fill(Tokens.partner(uni), mentor, UUID.randomUUID()).statusCode(200);
        await().atMost(PATIENCE).untilAsserted(() -> {
            counts("TECHNOLOGY_MANAGER").body("filled", equalTo(1)).body("vacant", equalTo(0)).body("family", equalTo("INNOVATION"));
            counts("INDUSTRY_MENTOR").body("filled", equalTo(1)).body("vacant", equalTo(1)).body("family", equalTo("MOBILITY"));
            counts("ENTERPRISE_PROFESSOR").body("filled", equalTo(0)).body("vacant", equalTo(0));
        });

        assertNoEventWritten(() -> fill(Tokens.partner(uni), manager, UUID.randomUUID()).statusCode(409).body("type", containsString("post-filled")));
        assertNoEventWritten(() -> fill(Tokens.partner(MobilityApi.org("uni-b")), mentor, UUID.randomUUID()).statusCode(404)
                .body("type", containsString("unknown-post")));

        given().auth().oauth2(Tokens.partner(uni)).contentType(ContentType.JSON).body(Map.of("reason", "Appointment over"))
                .post("/v1/posts/" + manager + "/vacating").then().statusCode(200).body("status", equalTo("vacant")).body("holder", nullValue());
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(uni)).contentType(ContentType.JSON).body(Map.of())
                .post("/v1/posts/" + manager + "/vacating").then().statusCode(409).body("type", containsString("post-vacant")));
        await().atMost(PATIENCE).untilAsserted(() -> counts("TECHNOLOGY_MANAGER").body("filled", equalTo(0)).body("vacant", equalTo(1)));

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.analyst())
                .get("/v1/researchers/" + holder + "/mobility-record").then().statusCode(200)
                .body("posts.kind", contains("TECHNOLOGY_MANAGER")).body("posts[0].vacatedOn", equalTo(today().toString())));
        given().auth().oauth2(Tokens.analyst()).get("/v1/posts?institution=" + uni + "&status=vacant").then().statusCode(200)
                .body("totalItems", equalTo(2));
    }

    @Test
    void enterprise_talent_takes_its_post_when_the_arrangement_activates_and_leaves_it_when_it_ends() {
        String post = define("ENTERPRISE_PROFESSOR", "Enterprise professor of intelligent manufacturing");
        UUID talent = UUID.randomUUID();
        Map<String, Object> application = new HashMap<>(MobilityApi.application(talent, "ENTERPRISE_TALENT", acme, today().minusMonths(1),
                today().plusMonths(24)));
        application.put("postId", post);
        String id = MobilityApi.apply(uni, application);
        MobilityApi.approve(Tokens.partner(uni), id).statusCode(200);
        MobilityApi.sign(Tokens.partner(uni), id, "RESEARCHER", 1, talent).statusCode(200);
        MobilityApi.sign(Tokens.partner(acme), id, "HOST_ENTERPRISE", 1, null).statusCode(200);
        given().auth().oauth2(Tokens.partner(uni)).get("/v1/posts/" + post).then().body("status", equalTo("vacant"));
        MobilityApi.sign(Tokens.partner(uni), id, "HOME_INSTITUTION", 1, null).statusCode(200).body("status", equalTo("active"));

        given().auth().oauth2(Tokens.partner(uni)).get("/v1/posts/" + post).then().statusCode(200).body("status", equalTo("filled"))
                .body("holder.researcherId", equalTo(talent.toString())).body("holder.arrangementId", equalTo(id))
                .body("holder.since", equalTo(today().minusMonths(1).toString()));
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(uni)).contentType(ContentType.JSON).body(Map.of())
                .post("/v1/posts/" + post + "/vacating").then().statusCode(409).body("type", containsString("post-held-under-arrangement")));

        MobilityApi.end(Tokens.partner(uni), id, "RETURNED", "Back to the enterprise").statusCode(200);
        given().auth().oauth2(Tokens.partner(uni)).get("/v1/posts/" + post).then().body("status", equalTo("vacant"));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.partner(uni)).get("/v1/researchers/" + talent + "/mobility-record")
                .then().statusCode(200).body("arrangements.form", contains("ENTERPRISE_TALENT"))
                .body("posts.kind", contains("ENTERPRISE_PROFESSOR")).body("posts[0].arrangementId", equalTo(id))
                .body("posts[0].vacatedOn", equalTo(today().toString())));
    }

    @Test
    void enterprise_talent_names_a_vacant_post_of_its_own_institution() {
        String otherUni = MobilityApi.org("uni-c");
        String foreignPost = given().auth().oauth2(Tokens.partner(otherUni)).contentType(ContentType.JSON)
                .body(Map.of("kind", "INDUSTRY_MENTOR", "title", "Mentor")).post("/v1/posts").then().statusCode(201).extract().path("id");
        Map<String, Object> application = new HashMap<>(MobilityApi.application(UUID.randomUUID(), "ENTERPRISE_TALENT", acme, today(),
                today().plusMonths(12)));
        application.put("postId", foreignPost);
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(uni)).contentType(ContentType.JSON).body(application)
                .post("/v1/arrangements").then().statusCode(422).body("type", containsString("unknown-post")));
        application.remove("postId");
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(uni)).contentType(ContentType.JSON).body(application)
                .post("/v1/arrangements").then().statusCode(422).body("type", containsString("post-required")));
    }

    @Test
    void only_partners_define_posts_and_a_post_kind_must_be_known() {
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("kind", "INDUSTRY_MENTOR", "title", "Mentor")).post("/v1/posts").then().statusCode(403));
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(uni)).contentType(ContentType.JSON)
                .body(Map.of("kind", "JANITOR", "title", "x")).post("/v1/posts").then().statusCode(400));
    }

    /** Whatever the journeys above did, every read model of the service equals its log. */
    @AfterAll
    static void everyReadModelEqualsTheLog() {
        ReadModelOracle.assertEveryProjectionEqualsTheLog();
    }
}
