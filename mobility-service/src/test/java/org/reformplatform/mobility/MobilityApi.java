package org.reformplatform.mobility;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.reformplatform.testing.Tokens;

/** The calls the API tests make again and again, through the real API with real tokens. */
public final class MobilityApi {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final ObjectMapper JSON = new ObjectMapper();

    private MobilityApi() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** An organisation name no other test uses, so that lists and counts see only this test's data. */
    public static String org(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The default policy in force (publishes a version only if the one in force differs). */
    public static void defaultPolicy() {
        given().auth().oauth2(Tokens.operator()).post("/v1/policies/defaults").then().statusCode(200);
    }

    public static Map<String, Object> application(UUID researcherId, String form, String enterprise, LocalDate startsOn, LocalDate endsOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("researcherId", researcherId.toString());
        body.put("researcherName", "Researcher " + researcherId.toString().substring(0, 4));
        body.put("form", form);
        if (enterprise != null) {
            body.put("enterprise", enterprise);
        }
        body.put("startsOn", startsOn.toString());
        body.put("endsOn", endsOn.toString());
        body.put("purpose", "Turn the lab's results into products");
        body.put("agreementTerms", "Salary paid by the institution; results shared");
        return body;
    }

    /** Applies as the institution's partner; returns the arrangement id. */
    public static String apply(String institution, Map<String, Object> application) {
        return given().auth().oauth2(Tokens.partner(institution)).contentType(ContentType.JSON).body(application)
                .post("/v1/arrangements").then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse approve(String token, String id) {
        return given().auth().oauth2(token).post("/v1/arrangements/" + id + "/approval").then();
    }

    public static ValidatableResponse sign(String token, String id, String party, int agreementVersion, UUID researcherId) {
        Map<String, Object> body = new HashMap<>(Map.of("party", party, "agreementVersion", agreementVersion, "signatory", "Signatory of " + party));
        if (researcherId != null) {
            body.put("researcherId", researcherId.toString());
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/v1/arrangements/" + id + "/agreement/signatures").then();
    }

    public static ValidatableResponse end(String token, String id, String ending, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("ending", ending));
        if (reason != null) {
            body.put("reason", reason);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/v1/arrangements/" + id + "/ending").then();
    }

    /** A secondment applied, approved by the institution and signed by all three parties. */
    public static String activeSecondment(String institution, String enterprise, UUID researcherId) {
        String id = apply(institution, application(researcherId, "SECONDMENT", enterprise, today().minusMonths(1), today().plusMonths(11)));
        approve(Tokens.partner(institution), id).statusCode(200);
        sign(Tokens.partner(institution), id, "RESEARCHER", 1, researcherId).statusCode(200);
        sign(Tokens.partner(institution), id, "HOME_INSTITUTION", 1, null).statusCode(200);
        sign(Tokens.partner(enterprise), id, "HOST_ENTERPRISE", 1, null).statusCode(200).body("status", org.hamcrest.Matchers.equalTo("active"));
        return id;
    }

    /** A leave-to-found arrangement applied, approved by an operator and signed by researcher and institution. */
    public static String activeLeaveToFound(String institution, UUID researcherId, LocalDate startsOn, LocalDate endsOn) {
        String id = apply(institution, application(researcherId, "LEAVE_TO_FOUND", null, startsOn, endsOn));
        approve(Tokens.operator(), id).statusCode(200);
        sign(Tokens.partner(institution), id, "RESEARCHER", 1, researcherId).statusCode(200);
        sign(Tokens.partner(institution), id, "HOME_INSTITUTION", 1, null).statusCode(200).body("status", org.hamcrest.Matchers.equalTo("active"));
        return id;
    }

    public static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    public static JsonNode data(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(new String(record.value(), StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
