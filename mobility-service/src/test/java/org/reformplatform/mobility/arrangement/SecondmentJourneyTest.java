package org.reformplatform.mobility.arrangement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.reformplatform.mobility.MobilityApi.application;
import static org.reformplatform.mobility.MobilityApi.apply;
import static org.reformplatform.mobility.MobilityApi.approve;
import static org.reformplatform.mobility.MobilityApi.sign;
import static org.reformplatform.mobility.MobilityApi.today;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reformplatform.mobility.MobilityApi;
import org.reformplatform.testing.EventStoreProbe;
import org.reformplatform.testing.Tokens;
import org.reformplatform.testing.ReadModelOracle;
import org.reformplatform.testing.TopicReader;

/** A secondment from application to results review: the three-party agreement, activation, and what the topic carries. */
@QuarkusTest
class SecondmentJourneyTest {

    final String uni = MobilityApi.org("uni");
    final String acme = MobilityApi.org("acme");
    final UUID researcher = UUID.randomUUID();

    @BeforeEach
    void policy() {
        MobilityApi.defaultPolicy();
    }

    @Test
    void a_secondment_becomes_active_only_with_the_third_signature_and_is_announced_on_the_topic() {
        String id = apply(uni, application(researcher, "SECONDMENT", acme, today().minusMonths(1), today().plusMonths(11)));
        String url = "/v1/arrangements/" + id;

        approve(Tokens.partner(uni), id).statusCode(200).body("status", equalTo("approved")).body("policyVersion", equalTo(currentPolicyVersion()))
                .body("agreement.version", equalTo(1))
                .body("agreement.awaiting", containsInAnyOrder("RESEARCHER", "HOME_INSTITUTION", "HOST_ENTERPRISE"));

        sign(Tokens.partner(uni), id, "RESEARCHER", 1, researcher).statusCode(200).body("status", equalTo("approved"))
                .body("agreement.awaiting", containsInAnyOrder("HOME_INSTITUTION", "HOST_ENTERPRISE"));
        sign(Tokens.partner(uni), id, "HOME_INSTITUTION", 1, null).statusCode(200).body("status", equalTo("approved"))
                .body("agreement.awaiting", contains("HOST_ENTERPRISE"));
        given().auth().oauth2(Tokens.partner(acme)).get(url).then().statusCode(200).body("status", equalTo("approved"));

        sign(Tokens.partner(acme), id, "HOST_ENTERPRISE", 1, null).statusCode(200).body("status", equalTo("active"))
                .body("agreement.awaiting", empty()).body("agreement.signedBy", containsInAnyOrder("RESEARCHER", "HOME_INSTITUTION", "HOST_ENTERPRISE"));

        // Exactly the fields docs/architecture.md promises incubation-service.
        JsonNode activated = MobilityApi.data(published("mobility.ArrangementActivated.v1", id));
        List<String> fields = new ArrayList<>();
        activated.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("arrangementId", "researcherId", "form", "institution", "enterprise", "startsOn", "endsOn");
        assertThat(activated.get("researcherId").asText()).isEqualTo(researcher.toString());
        assertThat(activated.get("form").asText()).isEqualTo("SECONDMENT");
        assertThat(activated.get("institution").asText()).isEqualTo(uni);
        assertThat(activated.get("enterprise").asText()).isEqualTo(acme);
        assertThat(activated.get("startsOn").asText()).isEqualTo(today().minusMonths(1).toString());
        assertThat(activated.get("endsOn").asText()).isEqualTo(today().plusMonths(11).toString());

        // Read models: active by form and institution, and counted.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.analyst())
                .get("/v1/arrangements?status=active&form=SECONDMENT&institution=" + uni).then().statusCode(200)
                .body("items.id", contains(id)).body("items[0].signedBy", containsInAnyOrder("RESEARCHER", "HOME_INSTITUTION", "HOST_ENTERPRISE")));
        given().auth().oauth2(Tokens.partner(uni)).get("/v1/arrangements/active-counts").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(1)).body("items[0].form", equalTo("SECONDMENT"))
                .body("items[0].institution", equalTo(uni)).body("items[0].active", equalTo(1));
        // The enterprise is a party and sees it in its list; another university does not.
        given().auth().oauth2(Tokens.partner(acme)).get("/v1/arrangements?status=active").then().body("items.id", hasItem(id));
        given().auth().oauth2(Tokens.partner("uni-elsewhere")).get("/v1/arrangements?status=active&institution=" + uni).then()
                .statusCode(200).body("items", empty());
    }

    @Test
    void at_the_end_the_results_are_reviewed_published_for_evaluation_and_kept_in_the_mobility_record() {
        String id = MobilityApi.activeSecondment(uni, acme, researcher);
        MobilityApi.end(Tokens.partner(uni), id, "RETURNED", "Back to the lab").statusCode(200).body("status", equalTo("ended"))
                .body("ending", equalTo("RETURNED")).body("endedOn", equalTo(today().toString()));

        Map<String, Object> review = Map.of("outcome", "EXCEEDED", "results", List.of(
                Map.of("kind", "PATENT", "title", "Adaptive grasping"), Map.of("kind", "PRODUCT", "title", "Sorting robot v2")));
        given().auth().oauth2(Tokens.partner(uni)).contentType(ContentType.JSON).body(review).post("/v1/arrangements/" + id + "/results-review")
                .then().statusCode(200).body("review.outcome", equalTo("EXCEEDED")).body("review.results.kind", contains("PATENT", "PRODUCT"));

        JsonNode reviewed = MobilityApi.data(published("mobility.ResultsReviewed.v1", id));
        List<String> fields = new ArrayList<>();
        reviewed.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("arrangementId", "researcherId", "form", "institution", "enterprise", "period", "outcome", "results");
        assertThat(reviewed.at("/period/from").asText()).isEqualTo(today().minusMonths(1).toString());
        assertThat(reviewed.at("/period/to").asText()).isEqualTo(today().toString());
        assertThat(reviewed.get("outcome").asText()).isEqualTo("EXCEEDED");
        assertThat(reviewed.at("/results/0/kind").asText()).isEqualTo("PATENT");
        assertThat(reviewed.get("researcherId").asText()).isEqualTo(researcher.toString());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.analyst())
                .get("/v1/researchers/" + researcher + "/mobility-record").then().statusCode(200)
                .body("arrangements.id", contains(id)).body("arrangements[0].status", equalTo("ended"))
                .body("arrangements[0].reviewOutcome", equalTo("EXCEEDED"))
                .body("arrangements[0].reviewResults.title", contains("Adaptive grasping", "Sorting robot v2")));
        given().auth().oauth2(Tokens.partner("uni-elsewhere")).get("/v1/researchers/" + researcher + "/mobility-record").then()
                .statusCode(404).body("type", containsString("unknown-researcher"));
        // Ended: listed among the ended ones, no longer among the active ones (the same list and filter, so its absence from the
        // active ones is not an empty or failed answer).
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.analyst())
                .get("/v1/arrangements?status=ended&institution=" + uni).then().statusCode(200).body("items.id", hasItem(id)));
        given().auth().oauth2(Tokens.analyst()).get("/v1/arrangements?status=active&institution=" + uni).then().statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void changed_terms_void_the_signatures_and_a_signature_of_the_old_version_is_refused() {
        String id = apply(uni, application(researcher, "SECONDMENT", acme, today(), today().plusMonths(12)));
        approve(Tokens.partner(uni), id).statusCode(200);
        sign(Tokens.partner(uni), id, "RESEARCHER", 1, researcher).statusCode(200);
        given().auth().oauth2(Tokens.partner(uni)).contentType(ContentType.JSON)
                .body(Map.of("startsOn", today().toString(), "endsOn", today().plusMonths(18).toString(), "agreementTerms", "Results shared 60/40"))
                .post("/v1/arrangements/" + id + "/agreement/terms").then().statusCode(200)
                .body("agreement.version", equalTo(2)).body("agreement.signedBy", empty()).body("endsOn", equalTo(today().plusMonths(18).toString()));

        EventStoreProbe.assertNoEventWritten(() -> sign(Tokens.partner(acme), id, "HOST_ENTERPRISE", 1, null).statusCode(409)
                .contentType("application/problem+json").body("type", containsString("agreement-changed")).body("agreementVersion", equalTo(2)));

        sign(Tokens.partner(acme), id, "HOST_ENTERPRISE", 2, null).statusCode(200).body("status", equalTo("approved"));
        sign(Tokens.partner(uni), id, "HOME_INSTITUTION", 2, null).statusCode(200).body("status", equalTo("approved"));
        sign(Tokens.operator(), id, "RESEARCHER", 2, researcher).statusCode(200).body("status", equalTo("active"));
    }

    @Test
    void an_if_match_naming_an_older_version_is_a_412_and_changes_nothing() {
        String id = apply(uni, application(researcher, "SECONDMENT", acme, today(), today().plusMonths(12)));
        String etag = given().auth().oauth2(Tokens.partner(uni)).get("/v1/arrangements/" + id).then().statusCode(200).extract().header("ETag");
        assertThat(etag).isEqualTo("\"1\"");
        approve(Tokens.partner(uni), id).statusCode(200);
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(uni)).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("party", "HOME_INSTITUTION", "agreementVersion", 1, "signatory", "Dean"))
                .post("/v1/arrangements/" + id + "/agreement/signatures").then().statusCode(412).body("type", containsString("stale-version")));
    }

    private static int currentPolicyVersion() {
        return given().auth().oauth2(Tokens.analyst()).get("/v1/policies/current").then().statusCode(200).extract().path("version");
    }

    /** The record of the given type for the arrangement, as an analyst reads it from mobility.events. */
    static ConsumerRecord<String, byte[]> published(String type, String arrangementId) {
        try (TopicReader reader = new TopicReader(MobilityApi.bootstrapServers(), "mobility.events")) {
            List<ConsumerRecord<String, byte[]>> records = reader.readUntil(seen -> seen.stream().anyMatch(r -> matches(r, type, arrangementId)),
                    Duration.ofSeconds(30));
            return records.stream().filter(r -> matches(r, type, arrangementId)).findFirst()
                    .orElseThrow(() -> new AssertionError(type + " for " + arrangementId + " never reached mobility.events"));
        }
    }

    private static boolean matches(ConsumerRecord<String, byte[]> record, String type, String arrangementId) {
        return type.equals(TopicReader.header(record, "ce_type")) && arrangementId.equals(record.key());
    }

    /** Whatever the journeys above did, every read model of the service equals its log. */
    @AfterAll
    static void everyReadModelEqualsTheLog() {
        ReadModelOracle.assertEveryProjectionEqualsTheLog();
    }
}
