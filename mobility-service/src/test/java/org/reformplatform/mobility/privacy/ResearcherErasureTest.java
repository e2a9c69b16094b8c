package org.reformplatform.mobility.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reformplatform.mobility.MobilityApi.application;
import static org.reformplatform.mobility.MobilityApi.approve;
import static org.reformplatform.mobility.MobilityApi.today;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;
import org.reformplatform.mobility.MobilityApi;
import org.reformplatform.testing.Tokens;

/**
 * A researcher who applied under their name (with an Idempotency-Key, so the answer is stored for a
 * retry) and signed their own agreement: the name is sealed in the store, and after the researcher
 * is erased it is in no table of the service — not in the signature, not in the stored answer —
 * while a retried application still gets its answer, and the institution's signatory (sealed under
 * the arrangement, not the researcher) still reads in clear.
 */
@QuarkusTest
class ResearcherErasureTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void an_erased_researcher_is_in_no_table_and_the_retried_answer_reads_erased() throws Exception {
        MobilityApi.defaultPolicy();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "Wen Signing " + tag;
        String dean = "Dean Kept " + tag;
        String uni = MobilityApi.org("uni");
        UUID researcher = UUID.randomUUID();
        Map<String, Object> applied = application(researcher, "LEAVE_TO_FOUND", null, today(), today().plusMonths(11));
        applied.put("researcherName", name);
        String key = "apply-" + tag;
        String id = given().auth().oauth2(Tokens.partner(uni)).header("Idempotency-Key", key).contentType(ContentType.JSON).body(applied)
                .post("/v1/arrangements").then().statusCode(201).extract().path("id");
        approve(Tokens.operator(), id).statusCode(200);
        sign(uni, id, "RESEARCHER", name, researcher);
        sign(uni, id, "HOME_INSTITUTION", dean, null);

        await().atMost(Duration.ofSeconds(60)).until(() -> tablesHolding(name).contains("arrangement_summaries"));
        assertThat(tablesHolding(name)).as("the store holds the name sealed only").doesNotContain("events", "outbox")
                .contains("idempotency_keys");

        given().auth().oauth2(Tokens.operator()).post("/ops/personal-data/subjects/" + researcher + "/erasure").then().statusCode(200);

        await().atMost(Duration.ofSeconds(60)).until(() -> tablesHolding(name).isEmpty());
        String replayed = given().auth().oauth2(Tokens.partner(uni)).header("Idempotency-Key", key).contentType(ContentType.JSON).body(applied)
                .post("/v1/arrangements").then().statusCode(201).extract().asString();
        assertThat(replayed).doesNotContain(name).contains(id).contains("[erased]");
        String history = given().auth().oauth2(Tokens.operator()).get("/ops/personal-data/subjects/" + id).then().statusCode(200).extract().asString();
        assertThat(history).contains(dean).doesNotContain(name);
    }

    static void sign(String institution, String id, String party, String signatory, UUID researcher) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("party", party, "agreementVersion", 1, "signatory", signatory));
        if (researcher != null) {
            body.put("researcherId", researcher.toString());
        }
        given().auth().oauth2(Tokens.partner(institution)).contentType(ContentType.JSON).body(body)
                .post("/v1/arrangements/" + id + "/agreement/signatures").then().statusCode(200);
    }

    /** Every table of the service's database with a row whose text contains {@code text}. */
    List<String> tablesHolding(String text) throws Exception {
        List<String> holding = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                    + "AND table_type = 'BASE TABLE'"); ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (PreparedStatement q = c.prepareStatement(
                        "SELECT EXISTS (SELECT 1 FROM \"" + table + "\" t WHERE strpos(row_to_json(t)::text, ?) > 0)")) {
                    q.setString(1, text);
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        if (rs.getBoolean(1)) {
                            holding.add(table);
                        }
                    }
                }
            }
        }
        return holding;
    }
}
