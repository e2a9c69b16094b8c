package org.reformplatform.qualification.application;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reformplatform.qualification.referencedata.ReferenceData;
import org.reformplatform.testing.EventStoreProbe;
import org.reformplatform.testing.Tokens;
import org.reformplatform.testing.ReadModelOracle;
import org.reformplatform.testing.TopicReader;

/** A holder's application through a partner, decided by an operator, against the reference list. */
@QuarkusTest
class RecognitionApplicationResourceTest {

    static final String APPLICATIONS = "/v1/recognition-applications";
    static final String TITLE_EVENT = "qualification.TitleEquivalenceRecognised.v1";

    @BeforeEach
    void referenceList() {
        ReferenceData.ensureLoaded();
    }

    /** The first entry of version 3.0 on the given sub-list. */
    static JsonPath firstEntry(String subList) {
        return given().auth().oauth2(Tokens.partner("uni-q")).queryParam("subList", subList).queryParam("size", 1)
                .get("/v1/recognition-list-versions/3.0/entries").then().statusCode(200).extract().jsonPath().setRootPath("items[0]");
    }

    static Map<String, Object> application(UUID holder, Object qualificationId, String issuer, String issuedOn, String validUntil) {
        Map<String, Object> certificate = new HashMap<>();
        certificate.put("number", "CERT-" + holder.toString().substring(0, 8));
        certificate.put("issuingBody", issuer);
        certificate.put("issuedOn", issuedOn);
        certificate.put("validUntil", validUntil);
        return Map.of("holderId", holder.toString(), "qualificationId", qualificationId, "certificate", certificate);
    }

    @Test
    void a_recognised_title_equivalence_reaches_the_topic_and_the_holders_recognitions() throws Exception {
        JsonPath entry = firstEntry("TITLE_EQUIVALENCE");
        String qualificationId = entry.getString("qualificationId");
        UUID holder = UUID.randomUUID();
        Map<String, Object> body = application(holder, qualificationId, entry.getString("issuingBody"), "2020-01-15", "2035-01-14");

        String location = given().auth().oauth2(Tokens.partner("uni-q")).header("Idempotency-Key", "apply-" + holder)
                .contentType(ContentType.JSON).body(body).post(APPLICATIONS)
                .then().statusCode(201).header("ETag", "\"1\"").body("status", equalTo("submitted")).body("listVersion", equalTo("3.0"))
                .body("organisation", equalTo("uni-q")).body("qualification.titleEquivalence.series", equalTo(entry.getString("titleEquivalence.series")))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner("uni-q")).header("Idempotency-Key", "apply-" + holder)
                .contentType(ContentType.JSON).body(body).post(APPLICATIONS)
                .then().statusCode(201).header("Idempotent-Replayed", "true").header("Location", location));

        given().auth().oauth2(Tokens.operator()).header("If-Match", "\"1\"").post(location + "/verification")
                .then().statusCode(200).header("ETag", "\"2\"").body("status", equalTo("verified"));
        String recognisedOn = given().auth().oauth2(Tokens.operator()).header("If-Match", "\"2\"").post(location + "/recognition")
                .then().statusCode(200).header("ETag", "\"4\"").body("status", equalTo("recognised")).extract().path("decidedOn");

        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (TopicReader reader = new TopicReader(bootstrap, "qualification.events")) {
            List<ConsumerRecord<String, byte[]>> records = reader.readUntil(
                    seen -> titleEvent(seen, id).isPresent(), Duration.ofSeconds(30));
            ConsumerRecord<String, byte[]> record = titleEvent(records, id).orElseThrow(() -> new AssertionError("no " + TITLE_EVENT + " for " + id));
            assertThat(record.key()).isEqualTo(id);
            assertThat(TopicReader.header(record, "ce_source")).isEqualTo("urn:reform-platform:qualification");
            assertThat(TopicReader.header(record, "ce_organisation")).isEqualTo("institute");
            JsonNode data = new ObjectMapper().readTree(new String(record.value(), StandardCharsets.UTF_8));
            List<String> fields = new ArrayList<>();
            data.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactlyInAnyOrder("applicationId", "holderId", "qualificationId", "qualificationName", "country",
                    "titleSeries", "titleLevel", "listVersion", "recognisedOn");
            assertThat(data.get("applicationId").asText()).isEqualTo(id);
            assertThat(data.get("holderId").asText()).isEqualTo(holder.toString());
            assertThat(data.get("qualificationId").asText()).isEqualTo(qualificationId);
            assertThat(data.get("qualificationName").asText()).isEqualTo(entry.getString("name"));
            assertThat(data.get("country").asText()).isEqualTo(entry.getString("country"));
            assertThat(data.get("titleSeries").asText()).isEqualTo(entry.getString("titleEquivalence.series"));
            assertThat(data.get("titleLevel").asText()).isEqualTo(entry.getString("titleEquivalence.level"));
            assertThat(data.get("listVersion").asText()).isEqualTo("3.0");
            assertThat(data.get("recognisedOn").asText()).isEqualTo(recognisedOn).matches("\\d{4}-\\d{2}-\\d{2}");
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.partner("uni-q"))
                .get("/v1/holders/" + holder + "/recognitions").then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].applicationId", equalTo(id)).body("items[0].listVersion", equalTo("3.0"))
                .body("items[0].titleEquivalence.level", equalTo(entry.getString("titleEquivalence.level"))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.analyst())
                .queryParam("status", "recognised").queryParam("size", 200).get(APPLICATIONS).then().statusCode(200).body("items.id", hasItem(id)));
        given().auth().oauth2(Tokens.partner("uni-q")).get(APPLICATIONS + "/status-counts").then().statusCode(200)
                .body("recognised", greaterThanOrEqualTo(1));

        // another organisation sees none of it
        given().auth().oauth2(Tokens.partner("uni-z")).get(location).then().statusCode(404).body("type", containsString("unknown-application"));
        given().auth().oauth2(Tokens.partner("uni-z")).get("/v1/holders/" + holder + "/recognitions").then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().auth().oauth2(Tokens.partner("uni-z")).queryParam("holderId", holder.toString()).get(APPLICATIONS).then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    private static Optional<ConsumerRecord<String, byte[]>> titleEvent(List<ConsumerRecord<String, byte[]>> records, String applicationId) {
        return records.stream().filter(r -> TITLE_EVENT.equals(TopicReader.header(r, "ce_type")) && applicationId.equals(r.key())).findFirst();
    }

    @Test
    void a_certificate_from_another_issuer_is_refused_at_verification() {
        JsonPath entry = firstEntry("URGENTLY_NEEDED");
        String location = given().auth().oauth2(Tokens.partner("uni-q")).contentType(ContentType.JSON)
                .body(application(UUID.randomUUID(), entry.getString("qualificationId"), "An Unlisted Academy", "2021-03-01", null))
                .post(APPLICATIONS).then().statusCode(201).extract().header("Location");
        given().auth().oauth2(Tokens.operator()).post(location + "/verification").then().statusCode(200)
                .body("status", equalTo("refused")).body("refusalGround", equalTo("ISSUER_MISMATCH"))
                .body("refusalReason", containsString("An Unlisted Academy"));
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.operator()).post(location + "/recognition")
                .then().statusCode(409).body("type", containsString("application-not-verified")));
        String id = location.substring(location.lastIndexOf('/') + 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.partner("uni-q"))
                .queryParam("status", "refused").queryParam("size", 200).get(APPLICATIONS).then().statusCode(200).body("items.id", hasItem(id)));
    }

    @Test
    void an_operator_refuses_a_submitted_application_with_a_reason() {
        JsonPath entry = firstEntry("RECOGNISED");
        String location = given().auth().oauth2(Tokens.partner("uni-q")).contentType(ContentType.JSON)
                .body(application(UUID.randomUUID(), entry.getString("qualificationId"), entry.getString("issuingBody"), "2021-03-01", null))
                .post(APPLICATIONS).then().statusCode(201).extract().header("Location");
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("reason", " ")).post(location + "/refusal").then().statusCode(400).body("errors.field", hasItem("reason")));
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(Map.of("reason", "The stamp could not be confirmed"))
                .post(location + "/refusal").then().statusCode(200).body("status", equalTo("refused"))
                .body("refusalGround", equalTo("DECIDED_BY_OPERATOR"));
    }

    @Test
    void bad_applications_are_refused_with_a_problem_and_nothing_is_written() {
        JsonPath entry = firstEntry("TITLE_EQUIVALENCE");
        String qualificationId = entry.getString("qualificationId");
        String issuer = entry.getString("issuingBody");
        String withdrawn = given().auth().oauth2(Tokens.analyst()).get("/v1/recognition-list-versions/3.0/differences?from=2.0")
                .then().statusCode(200).extract().path("withdrawn[0].entry.qualificationId");
        String partner = Tokens.partner("uni-q");

        EventStoreProbe.assertNoEventWritten(() -> {
            submit(partner, application(UUID.randomUUID(), UUID.randomUUID().toString(), issuer, "2020-01-01", null))
                    .then().statusCode(422).contentType("application/problem+json").body("type", containsString("unknown-qualification"));
            submit(partner, application(UUID.randomUUID(), qualificationId, issuer, "2015-01-01", "2020-01-01"))
                    .then().statusCode(422).body("type", containsString("certificate-expired")).body("validUntil", equalTo("2020-01-01"));
            submit(partner, application(UUID.randomUUID(), withdrawn, "Anyone", "2020-01-01", null))
                    .then().statusCode(422).body("type", containsString("qualification-withdrawn")).body("withdrawnBy", equalTo("3.0"));
            submit(partner, application(UUID.randomUUID(), qualificationId, issuer, "2999-01-01", null))
                    .then().statusCode(422).body("type", containsString("certificate-not-yet-issued"));
            submit(partner, application(UUID.randomUUID(), qualificationId, issuer, "2020-02-30", null))
                    .then().statusCode(400).body("type", containsString("malformed-body")).body("errors.field", hasItem("certificate.issuedOn"));
            submit(partner, application(UUID.randomUUID(), qualificationId, issuer, "2020-01-01", "14/01/2035"))
                    .then().statusCode(400).body("type", containsString("malformed-body"));
            submit(partner, Map.of("holderId", UUID.randomUUID().toString(), "qualificationId", qualificationId))
                    .then().statusCode(400).body("type", containsString("validation")).body("errors.field", hasItem("certificate"));
            submit(partner, Map.of("holderId", "not-a-uuid", "qualificationId", qualificationId))
                    .then().statusCode(400).body("type", containsString("malformed-body"));
            Map<String, Object> valid = application(UUID.randomUUID(), qualificationId, issuer, "2020-01-01", null);
            submit(Tokens.operator(), valid).then().statusCode(403).body("type", containsString("forbidden"));
            submit(Tokens.analyst(), valid).then().statusCode(403);
            submit(Tokens.token("partner-x", null, "partner"), valid).then().statusCode(403).body("type", containsString("organisation-required"));
            given().contentType(ContentType.JSON).body(valid).post(APPLICATIONS).then().statusCode(401);
        });
    }

    @Test
    void only_operators_decide_and_unknown_applications_are_not_found() {
        JsonPath entry = firstEntry("RECOGNISED");
        String location = submit(Tokens.partner("uni-q"),
                application(UUID.randomUUID(), entry.getString("qualificationId"), entry.getString("issuingBody"), "2021-03-01", null))
                .then().statusCode(201).extract().header("Location");
        EventStoreProbe.assertNoEventWritten(() -> {
            given().auth().oauth2(Tokens.partner("uni-q")).post(location + "/verification").then().statusCode(403);
            given().auth().oauth2(Tokens.analyst()).post(location + "/recognition").then().statusCode(403);
            given().auth().oauth2(Tokens.operator()).post(APPLICATIONS + "/" + UUID.randomUUID() + "/verification").then().statusCode(404)
                    .body("type", containsString("unknown-application"));
            given().auth().oauth2(Tokens.operator()).header("If-Match", "\"7\"").post(location + "/verification").then().statusCode(412);
        });
        given().auth().oauth2(Tokens.analyst()).get(location).then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("submitted"));
    }

    private static io.restassured.response.Response submit(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(APPLICATIONS);
    }

    /** Whatever the journeys above did, every read model of the service equals its log. */
    @AfterAll
    static void everyReadModelEqualsTheLog() {
        ReadModelOracle.assertEveryProjectionEqualsTheLog();
    }
}
