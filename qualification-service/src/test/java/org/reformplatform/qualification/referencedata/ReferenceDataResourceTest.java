package org.reformplatform.qualification.referencedata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.reformplatform.testing.EventStoreProbe;
import org.reformplatform.testing.Tokens;

/**
 * The report's recognition list, loaded through the API and read back from the read models. Runs
 * first of the module's API tests (see junit-platform.properties), so its first load writes.
 */
@QuarkusTest
@Order(1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReferenceDataResourceTest {

    static final String VERSIONS = "/v1/recognition-list-versions";

    @Test
    @Order(1)
    void loading_publishes_versions_2_0_and_3_0_and_loading_again_writes_nothing() {
        long before = EventStoreProbe.eventCount();
        // 2.0: drafted, 133 entries, published; 3.0: drafted, 15 added + 16 changed + 5 withdrawn, published
        given().auth().oauth2(Tokens.operator()).post("/v1/reference-data/recognition-lists").then().statusCode(201)
                .header("Location", containsString(VERSIONS + "/3.0")).body("loaded", equalTo(true)).body("events", equalTo(173));
        assertThat(EventStoreProbe.eventCount() - before).isEqualTo(173);
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.operator()).post("/v1/reference-data/recognition-lists")
                .then().statusCode(200).body("loaded", equalTo(false)).body("events", equalTo(0)));
    }

    @Test
    void the_list_in_force_today_is_version_3_0_with_the_reports_counts() {
        ReferenceData.ensureLoaded();
        given().auth().oauth2(Tokens.partner("uni-a")).get(VERSIONS + "/in-force").then().statusCode(200)
                .body("version", equalTo("3.0")).body("status", equalTo("published")).body("effectiveOn", equalTo("2025-03-01"))
                .body("basedOn", equalTo("2.0"))
                .body("counts.recognised", equalTo(139)).body("counts.urgentlyNeeded", equalTo(24))
                .body("counts.titleEquivalence", equalTo(41)).body("counts.mutualRecognition", equalTo(12));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.analyst()).get(VERSIONS).then().statusCode(200)
                .body("items.version", hasItem("2.0"))
                .body("items.find { it.version == '2.0' }.counts.recognised", equalTo(130))
                .body("items.find { it.version == '2.0' }.counts.urgentlyNeeded", equalTo(20))
                .body("items.find { it.version == '2.0' }.counts.titleEquivalence", equalTo(36))
                .body("items.find { it.version == '2.0' }.counts.mutualRecognition", equalTo(11))
                .body("items.find { it.version == '3.0' }.counts.recognised", equalTo(139)));
    }

    @Test
    void the_version_in_force_on_a_date_changes_on_the_effective_date() {
        ReferenceData.ensureLoaded();
        Map<String, String> expected = Map.of("2025-03-01", "3.0", "2025-02-28", "2.0", "2023-07-01", "2.0", "2030-01-01", "3.0");
        expected.forEach((on, version) -> given().auth().oauth2(Tokens.analyst()).queryParam("on", on).get(VERSIONS + "/in-force")
                .then().statusCode(200).body("version", equalTo(version)));
        given().auth().oauth2(Tokens.analyst()).queryParam("on", "2023-06-30").get(VERSIONS + "/in-force").then().statusCode(404)
                .body("type", containsString("no-list-in-force"));
        for (String malformed : List.of("2025-02-30", "yesterday", "01/03/2025")) {
            given().auth().oauth2(Tokens.analyst()).queryParam("on", malformed).get(VERSIONS + "/in-force").then().statusCode(400)
                    .contentType("application/problem+json").body("type", containsString("malformed-date"));
        }
    }

    @Test
    void a_versions_entries_filter_by_sub_list_country_and_profession() {
        ReferenceData.ensureLoaded();
        Map<String, Integer> bySubList = Map.of("RECOGNISED", 139, "URGENTLY_NEEDED", 24, "TITLE_EQUIVALENCE", 41, "MUTUAL_RECOGNITION", 12);
        bySubList.forEach((subList, count) -> given().auth().oauth2(Tokens.partner("uni-a")).queryParam("subList", subList)
                .get(VERSIONS + "/3.0/entries").then().statusCode(200).body("totalItems", equalTo(count)));
        given().auth().oauth2(Tokens.partner("uni-a")).queryParam("subList", "TITLE_EQUIVALENCE").queryParam("size", 200)
                .get(VERSIONS + "/3.0/entries").then().statusCode(200).body("items", hasSize(41))
                .body("items.titleEquivalence.series", everyItem(notNullValue()));
        // everyItem holds for an empty page too: each filtered page's size is asserted first
        given().auth().oauth2(Tokens.partner("uni-a")).queryParam("subList", "MUTUAL_RECOGNITION").queryParam("country", "hong kong sar")
                .get(VERSIONS + "/3.0/entries").then().statusCode(200).body("totalItems", equalTo(2)).body("items", hasSize(2))
                .body("items.country", everyItem(equalTo("Hong Kong SAR")));
        // 3.0 has 9 Nursing entries (R007, R023, ... R135: every 16th of the 139 recognised): page 1 of 5 holds the last 4
        given().auth().oauth2(Tokens.partner("uni-a")).queryParam("profession", "Nursing").queryParam("size", 5).queryParam("page", 1)
                .get(VERSIONS + "/3.0/entries").then().statusCode(200).body("page", equalTo(1)).body("totalItems", equalTo(9))
                .body("items", hasSize(4)).body("items.profession", everyItem(equalTo("Nursing")));
        given().auth().oauth2(Tokens.partner("uni-a")).queryParam("subList", "HONOURS").get(VERSIONS + "/3.0/entries").then().statusCode(400)
                .body("type", containsString("validation"));
        given().auth().oauth2(Tokens.partner("uni-a")).get(VERSIONS + "/9.9/entries").then().statusCode(404)
                .body("type", containsString("unknown-version"));
    }

    @Test
    void the_differences_between_2_0_and_3_0_name_what_was_added_changed_and_withdrawn() {
        ReferenceData.ensureLoaded();
        for (String from : new String[] {"?from=2.0", ""}) {
            given().auth().oauth2(Tokens.partner("uni-a")).get(VERSIONS + "/3.0/differences" + from).then().statusCode(200)
                    .body("from", equalTo("2.0")).body("to", equalTo("3.0"))
                    .body("addedCount", equalTo(15)).body("changedCount", equalTo(16)).body("withdrawnCount", equalTo(5))
                    .body("added", hasSize(15)).body("withdrawn", hasSize(5)).body("withdrawn.reason", everyItem(containsString("No longer awarded")))
                    .body("changed.changedFields.flatten()", hasItem("titleEquivalence"))
                    .body("changed.changedFields.flatten()", hasItem("issuingBody"))
                    .body("changed.changedFields.flatten()", hasItem("subLists"));
        }
        given().auth().oauth2(Tokens.analyst()).get(VERSIONS + "/2.0/differences").then().statusCode(422)
                .body("type", containsString("no-base-version"));
    }

    @Test
    void only_operators_load_reference_data() {
        EventStoreProbe.assertNoEventWritten(() -> {
            given().auth().oauth2(Tokens.partner("uni-a")).post("/v1/reference-data/recognition-lists").then().statusCode(403)
                    .contentType("application/problem+json").body("type", containsString("forbidden"));
            given().auth().oauth2(Tokens.analyst()).post("/v1/reference-data/recognition-lists").then().statusCode(403);
            given().post("/v1/reference-data/recognition-lists").then().statusCode(401);
        });
    }
}
