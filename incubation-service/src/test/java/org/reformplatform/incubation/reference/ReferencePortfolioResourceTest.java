package org.reformplatform.incubation.reference;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.reformplatform.incubation.IncubationApi.unique;
import static org.reformplatform.testing.EventStoreProbe.assertNoEventWritten;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.deadline.Deadlines;
import org.reformplatform.incubation.partner.PartnerKind;
import org.reformplatform.incubation.reference.ReferencePortfolio.DonationSeed;
import org.reformplatform.incubation.reference.ReferencePortfolio.RoundSeed;
import org.reformplatform.incubation.reference.ReferencePortfolio.VentureSeed;
import org.reformplatform.testing.Tokens;

/**
 * The report's figures through the API: loading the reference portfolio sends commands; the
 * portfolio read model, built from the events on the topic, shows exactly what they sent.
 */
@QuarkusTest
class ReferencePortfolioResourceTest {

    @Inject
    Deadlines deadlines;

    @Test
    void the_portfolio_shows_the_reports_figures_exactly_as_the_commands_sent_them_and_loading_twice_changes_nothing() {
        // What the scenario sends, added up here (not by the service).
        BigDecimal donations = BigDecimal.ZERO;
        for (DonationSeed donation : ReferencePortfolio.donations()) {
            donations = donations.add(donation.amount().amount());
        }
        BigDecimal capital = BigDecimal.ZERO;
        Map<String, BigDecimal> capitalByVenture = new HashMap<>();
        int rounds = 0;
        for (VentureSeed venture : ReferencePortfolio.ventures()) {
            for (RoundSeed round : venture.rounds()) {
                capital = capital.add(round.amount().amount());
                capitalByVenture.merge(venture.name(), round.amount().amount(), BigDecimal::add);
                rounds++;
            }
        }
        String donationsTotal = donations.setScale(2).toPlainString();
        String capitalTotal = capital.setScale(2).toPlainString();
        assertThat(donations).isBetween(new BigDecimal("450000000"), new BigDecimal("550000000"));
        assertThat(capital).isBetween(new BigDecimal("450000000"), new BigDecimal("550000000"));

        String centre = unique("reference");
        given().auth().oauth2(Tokens.operator()).queryParam("centre", centre).post("/v1/reference-data/portfolio").then().statusCode(200)
                .body("centre", equalTo(centre))
                .body("eventsWritten", greaterThan(0))
                .body("donationsTotal[0].amount", equalTo(donationsTotal))
                .body("capitalTotal[0].amount", equalTo(capitalTotal))
                .body("industryEducation.platformsByKind.APPLIED_UNDERGRADUATE_PILOT", equalTo(5))
                .body("industryEducation.publishedReformPlans", equalTo(5));

        // The report gives the agreements no end: none expires, however far the clock moves.
        for (ReferencePortfolio.PartnerSeed partner : ReferencePortfolio.partners()) {
            assertThat(deadlines.ofStream(ReferencePortfolioLoader.idOf(centre, "agreement:" + partner.organisation()).toString()))
                    .as(partner.organisation()).isEmpty();
        }

        int roundCount = rounds;
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertPortfolio(centre, donationsTotal, capitalTotal, roundCount));

        List<Map<String, Object>> ventures = given().auth().oauth2(Tokens.analyst()).queryParam("centre", centre).queryParam("size", 50)
                .get("/v1/portfolio/ventures").then().statusCode(200).body("totalItems", equalTo(10)).extract().jsonPath().getList("items");
        // the loop below asserts nothing over an empty page: the page must hold all ten
        assertThat(ventures).hasSize(10);
        for (Map<String, Object> venture : ventures) {
            @SuppressWarnings("unchecked")
            List<Map<String, String>> raised = (List<Map<String, String>>) venture.get("capitalRaised");
            assertThat(raised.get(0).get("amount")).as((String) venture.get("name"))
                    .isEqualTo(capitalByVenture.get((String) venture.get("name")).setScale(2).toPlainString());
        }

        // Loading again sends nothing new: no event, the same figures.
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.operator()).queryParam("centre", centre).post("/v1/reference-data/portfolio")
                .then().statusCode(200).body("eventsWritten", equalTo(0)));
        assertPortfolio(centre, donationsTotal, capitalTotal, roundCount);
    }

    @Test
    void only_operators_load_reference_data() {
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.analyst()).post("/v1/reference-data/portfolio").then().statusCode(403));
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.operator()).queryParam("centre", "Not A Code").post("/v1/reference-data/portfolio")
                .then().statusCode(400));
    }

    /** Every figure of the portfolio against what the scenario sent. */
    private static void assertPortfolio(String centre, String donationsTotal, String capitalTotal, int rounds) {
        JsonPath portfolio = given().auth().oauth2(Tokens.analyst()).queryParam("centre", centre).get("/v1/portfolio")
                .then().statusCode(200).extract().jsonPath();
        assertThat(portfolio.getInt("donations.count")).isEqualTo(ReferencePortfolio.donations().size());
        assertThat(portfolio.getList("donations.total")).hasSize(1);
        assertThat(portfolio.getString("donations.total[0].amount")).isEqualTo(donationsTotal);
        assertThat(portfolio.getString("donations.total[0].currency")).isEqualTo("CNY");
        assertThat(portfolio.getInt("capital.rounds")).isEqualTo(rounds);
        assertThat(portfolio.getList("capital.total")).hasSize(1);
        assertThat(portfolio.getString("capital.total[0].amount")).isEqualTo(capitalTotal);
        assertThat(portfolio.getInt("partners.total")).isEqualTo(ReferencePortfolio.partners().size());
        for (PartnerKind kind : PartnerKind.values()) {
            assertThat(portfolio.getInt("partners.byKind.find { it.kind == '" + kind + "' }.partners")).as(kind.name())
                    .isEqualTo(ReferencePortfolio.PARTNERS.get(kind));
            assertThat(portfolio.getInt("partners.byKind.find { it.kind == '" + kind + "' }.withAgreementInForce")).as(kind.name())
                    .isEqualTo(ReferencePortfolio.PARTNERS.get(kind));
        }
        assertThat(portfolio.getInt("partners.byKind.find { it.kind == 'UNIVERSITY' }.partners")).isEqualTo(31);
        assertThat(portfolio.getInt("ventures.total")).isEqualTo(10);
        assertThat(portfolio.getInt("ventures.byStage.find { it.stage == 'INCUBATING' }.ventures")).isEqualTo(4);
        assertThat(portfolio.getInt("ventures.byStage.find { it.stage == 'ACCELERATING' }.ventures")).isEqualTo(4);
        assertThat(portfolio.getInt("ventures.byStage.find { it.stage == 'GRADUATED' }.ventures")).isEqualTo(2);
        assertThat(portfolio.getInt("ventures.byStage.find { it.stage == 'CLOSED' }.ventures")).isZero();
        // The applied-talent figures: 5 pilots with published plans and their labs and bases, the two
        // excellence-engineer colleges of the 4th national batch, two industry colleges, one centre.
        String platforms = "industryEducation.platforms.find { it.kind == '%s' }.%s";
        assertThat(portfolio.getInt(platforms.formatted("APPLIED_UNDERGRADUATE_PILOT", "active"))).isEqualTo(5);
        assertThat(portfolio.getInt("industryEducation.publishedReformPlans")).isEqualTo(5);
        assertThat(portfolio.getInt(platforms.formatted("EXCELLENCE_ENGINEER_COLLEGE", "recognised"))).isEqualTo(2);
        assertThat(portfolio.getInt(platforms.formatted("MODERN_INDUSTRY_COLLEGE", "active"))).isEqualTo(2);
        assertThat(portfolio.getInt(platforms.formatted("INDUSTRY_EDUCATION_CENTRE", "active"))).isEqualTo(1);
        String facilities = "industryEducation.facilities.find { it.kind == '%s' }.%s";
        assertThat(portfolio.getInt(facilities.formatted("LABORATORY", "open"))).isEqualTo(6);
        assertThat(portfolio.getInt(facilities.formatted("TRAINING_BASE", "open"))).isEqualTo(6);
        assertThat(portfolio.getInt(facilities.formatted("TRAINING_BASE", "placesPerTerm"))).isEqualTo(5 * 40 + 10 * 15 + 120);
        assertThat(portfolio.getInt("industryEducation.placements")).isZero();
    }
}
