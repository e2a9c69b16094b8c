package org.reformplatform.admissions.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.reformplatform.admissions.AdmissionsApi.as;

import java.time.Duration;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;
import org.reformplatform.testing.EventStoreProbe;
import org.reformplatform.testing.Tokens;

/** The report's mentors are the service's reference data: the report's counts, the illustrative ones marked, loaded once. */
@QuarkusTest
class ReferenceMentorsTest {

    @Test
    void the_reports_mentors_are_registered_once_with_the_illustrative_counts_marked() {
        // The first load in this database registers them (201); a database that has them answers 200: either way they are there.
        JsonPath first = as(Tokens.operator()).post("/v1/reference-data/mentors").then().extract().jsonPath();
        assertThat(first.getString("affiliation")).isEqualTo("report-reference");
        assertThat(first.getList("kinds.kind", String.class)).containsExactly("FULL_TIME", "PART_TIME", "INDUSTRY");
        assertThat(first.getList("kinds.mentors", Integer.class)).containsExactly(81, 132, 124);
        assertThat(first.getList("kinds.reportFigure", String.class)).containsExactly("81", "130+", "120+");
        // The report's exact figure is not illustrative; the exact counts behind "130+" and "120+" are, and they honour the "+".
        assertThat(first.getList("kinds.illustrative", Boolean.class)).containsExactly(false, true, true);
        assertThat(first.getInt("kinds[1].mentors")).isGreaterThan(130);
        assertThat(first.getInt("kinds[2].mentors")).isGreaterThan(120);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath load = as(Tokens.analyst()).get("/v1/mentor-load?affiliation=report-reference").then().statusCode(200).extract().jsonPath();
            assertThat(load.getList("kinds.kind", String.class)).containsExactly("FULL_TIME", "PART_TIME", "INDUSTRY");
            assertThat(load.getList("kinds.mentors", Integer.class)).containsExactly(81, 132, 124);
        });
        as(Tokens.analyst()).get("/v1/mentors?affiliation=report-reference&kind=FULL_TIME&size=1").then().statusCode(200)
                .body("totalItems", equalTo(81)).body("items[0].name", org.hamcrest.Matchers.endsWith("(illustrative name)"));

        // Loading again finds every mentor: nothing is written.
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.operator()).post("/v1/reference-data/mentors").then().statusCode(200)
                .body("registered", equalTo(0)).body("kinds.registered", equalTo(List.of(0, 0, 0))));
    }

    @Test
    void only_operators_load_reference_data() {
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.analyst()).post("/v1/reference-data/mentors").then().statusCode(403));
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.partner("uni-r")).post("/v1/reference-data/mentors").then().statusCode(403));
    }
}
