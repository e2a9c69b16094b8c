package org.reformplatform.incubation.venture;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.reformplatform.incubation.IncubationApi.applyVenture;
import static org.reformplatform.incubation.IncubationApi.money;
import static org.reformplatform.incubation.IncubationApi.moveTo;
import static org.reformplatform.incubation.IncubationApi.post;
import static org.reformplatform.incubation.IncubationApi.registerPartner;
import static org.reformplatform.incubation.IncubationApi.round;
import static org.reformplatform.incubation.IncubationApi.unique;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.reformplatform.testing.Tokens;
import org.reformplatform.testing.ReadModelOracle;
import org.reformplatform.testing.TopicReader;

/** A venture from application to graduation with two rounds, as operators, analysts, partners and mobility-service see it. */
@QuarkusTest
class VentureJourneyTest {

    static final String FUNDING_ROUND_CLOSED = "incubation.FundingRoundClosed.v1";

    @Test
    void a_venture_goes_from_application_to_graduation_with_two_rounds() throws Exception {
        String centre = unique("journey");
        String vcOrg = unique("vc");
        String corporateOrg = unique("corp");
        String vc = registerPartner(vcOrg, "Hillhouse Capital", "VENTURE_CAPITAL");
        String corporate = registerPartner(corporateOrg, "Haier Group", "CORPORATE");

        String id = applyVenture(centre, "Deep Vision Robotics", "2026-02-10");
        moveTo(id, "ADMITTED", "2026-03-01");
        moveTo(id, "INCUBATING", "2026-03-15");
        post("/v1/ventures/" + id + "/mentors", Map.of("name", "Li Wei", "organisation", vcOrg, "expertise", "Go-to-market",
                "assignedOn", "2026-03-16")).then().statusCode(200);
        post("/v1/ventures/" + id + "/founders", Map.of("kind", "EXTERNAL", "name", "Chen Jie")).then().statusCode(200);
        post("/v1/ventures/" + id + "/milestones", Map.of("milestone", "First paying customer", "reachedOn", "2026-05-20"))
                .then().statusCode(200);
        // Seed: 0.10 + 0.20 of a million, to the cent
        post("/v1/ventures/" + id + "/funding-rounds", round("Seed", money("3000000.30", null), List.of(
                Map.of("partnerId", vc, "commitment", money("1000000.10", "CNY")),
                Map.of("partnerId", corporate, "commitment", money("2000000.20", "CNY"))), "2026-06-01"))
                .then().statusCode(200).body("capitalRaised[0].amount", equalTo("3000000.30"));
        moveTo(id, "ACCELERATING", "2026-09-01");
        post("/v1/ventures/" + id + "/funding-rounds", round("Series A", money("45000000.05", "CNY"), List.of(
                Map.of("partnerId", vc), Map.of("name", "An external angel")), "2026-11-02"))
                .then().statusCode(200);
        String etag = given().auth().oauth2(Tokens.operator()).get("/v1/ventures/" + id).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(Tokens.operator()).header("If-Match", etag).contentType("application/json")
                .body(Map.of("stage", "GRADUATED", "on", "2027-03-01")).post("/v1/ventures/" + id + "/stage-changes")
                .then().statusCode(200).body("stage", equalTo("GRADUATED"));

        given().auth().oauth2(Tokens.analyst()).get("/v1/ventures/" + id).then().statusCode(200)
                .body("stage", equalTo("GRADUATED"))
                .body("stages.stage", contains("APPLIED", "ADMITTED", "INCUBATING", "ACCELERATING", "GRADUATED"))
                .body("rounds.roundName", contains("Seed", "Series A"))
                .body("rounds[0].investors.name", contains("Hillhouse Capital", "Haier Group"))
                .body("rounds[1].investors[1].partnerId", equalTo(null))
                .body("capitalRaised", hasSize(1))
                .body("capitalRaised[0].amount", equalTo("48000000.35"))
                .body("capitalRaised[0].currency", equalTo("CNY"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.analyst())
                .get("/v1/ventures/" + id + "/timeline").then().statusCode(200)
                .body("items.kind", contains("VentureApplied", "VentureStageChanged", "VentureStageChanged", "MentorAssigned", "FounderJoined",
                        "VentureMilestoneReached", "FundingRoundClosed", "VentureStageChanged", "FundingRoundClosed", "VentureStageChanged"))
                .body("items[6].amount.amount", equalTo("3000000.30"))
                .body("items[9].occurredOn", equalTo("2027-03-01")));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.analyst())
                .queryParam("centre", centre).get("/v1/portfolio").then().statusCode(200)
                .body("ventures.total", equalTo(1))
                .body("ventures.byStage.find { it.stage == 'GRADUATED' }.ventures", equalTo(1))
                .body("capital.rounds", equalTo(2))
                .body("capital.total[0].amount", equalTo("48000000.35")));
        given().auth().oauth2(Tokens.analyst()).queryParam("centre", centre).get("/v1/portfolio/ventures").then().statusCode(200)
                .body("items[0].ventureId", equalTo(id)).body("items[0].capitalRaised[0].amount", equalTo("48000000.35"));

        // the partner sees its own investments: the seed with its commitment, Series A without one
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.partner(vcOrg))
                .get("/v1/partners/" + vc + "/investments").then().statusCode(200)
                .body("items.roundName", contains("Seed", "Series A"))
                .body("items[0].commitment.amount", equalTo("1000000.10"))
                .body("items[1].roundAmount.amount", equalTo("45000000.05"))
                .body("items[1].commitment", equalTo(null)));
        given().auth().oauth2(Tokens.partner(corporateOrg)).get("/v1/partners/" + vc + "/investments").then().statusCode(404);

        // mobility-service reads both rounds from the topic, amounts as exact strings
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (TopicReader reader = new TopicReader(bootstrap, "incubation.events")) {
            List<ConsumerRecord<String, byte[]>> records = reader.readUntil(all -> rounds(all, id).size() >= 2, Duration.ofSeconds(60));
            List<ConsumerRecord<String, byte[]>> rounds = rounds(records, id);
            assertThat(rounds).hasSize(2);
            ObjectMapper mapper = new ObjectMapper();
            JsonNode seed = mapper.readTree(new String(rounds.get(0).value(), StandardCharsets.UTF_8));
            assertThat(seed.get("ventureId").asText()).isEqualTo(id);
            assertThat(seed.get("roundName").asText()).isEqualTo("Seed");
            assertThat(seed.get("amount").get("amount").isTextual()).isTrue();
            assertThat(seed.get("amount").get("amount").asText()).isEqualTo("3000000.30");
            assertThat(seed.get("amount").get("currency").asText()).isEqualTo("CNY");
            assertThat(seed.get("closedOn").asText()).isEqualTo("2026-06-01");
            assertThat(seed.get("investors")).hasSize(2);
            assertThat(seed.get("investors").get(0).get("commitment").get("amount").asText()).isEqualTo("1000000.10");
            assertThat(TopicReader.header(rounds.get(1), "ce_subject")).isEqualTo(id);
            JsonNode seriesA = mapper.readTree(new String(rounds.get(1).value(), StandardCharsets.UTF_8));
            assertThat(seriesA.get("amount").get("amount").asText()).isEqualTo("45000000.05");
        }
    }

    private static List<ConsumerRecord<String, byte[]>> rounds(List<ConsumerRecord<String, byte[]>> records, String ventureId) {
        return records.stream().filter(r -> FUNDING_ROUND_CLOSED.equals(TopicReader.header(r, "ce_type")) && ventureId.equals(r.key())).toList();
    }

    /** Whatever the journeys above did, every read model of the service equals its log. */
    @AfterAll
    static void everyReadModelEqualsTheLog() {
        ReadModelOracle.assertEveryProjectionEqualsTheLog();
    }
}
