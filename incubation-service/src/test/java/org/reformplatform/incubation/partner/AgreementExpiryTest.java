package org.reformplatform.incubation.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.reformplatform.incubation.IncubationApi.post;
import static org.reformplatform.incubation.IncubationApi.registerPartner;
import static org.reformplatform.incubation.IncubationApi.unique;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.deadline.DeadlineDispatcher;
import org.reformplatform.eventsourcing.deadline.Deadlines;
import org.reformplatform.eventsourcing.ops.PlatformClock;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.testing.ReadModelOracle;
import org.reformplatform.testing.Tokens;

/** An agreement past its validUntil expires unless renewed: the clock moves, the deadline fires once, the partner sees it. */
@QuarkusTest
class AgreementExpiryTest {

    @Inject
    PlatformClock clock;

    @Inject
    RegionalCalendar calendar;

    @Inject
    DeadlineDispatcher dispatcher;

    @Inject
    Deadlines deadlines;

    @AfterEach
    void backToNow() {
        clock.backToNow();
    }

    @Test
    void an_agreement_renewed_once_and_then_left_to_run_out_expires_the_day_after_its_end() {
        String org = unique("uni");
        String centre = unique("centre");
        String id = registerPartner(org, "Expiring University", "UNIVERSITY");
        LocalDate today = calendar.today();
        LocalDate firstEnd = today.plusDays(10);
        String agreement = post("/v1/partners/" + id + "/agreements", Map.of("centre", centre, "title", "Joint incubation",
                "signedOn", today.minusYears(1).toString(), "validUntil", firstEnd.toString())).then().statusCode(201).extract().path("id");

        Deadlines.DeadlineView scheduled = deadlines.pending(AgreementExpiries.NAME, agreement).orElseThrow();
        assertThat(scheduled.dueAt()).isEqualTo(calendar.endOf(firstEnd));
        assertThat(scheduled.organisation()).isEqualTo(org);
        // The partner sees its own deadline where partners look for what is due.
        given().auth().oauth2(Tokens.partner(org)).get("/v1/deadlines?when=pending").then().statusCode(200)
                .body("items.find { it.streamId == '" + agreement + "' }.name", equalTo(AgreementExpiries.NAME));
        given().auth().oauth2(Tokens.partner(unique("other"))).get("/v1/deadlines?when=pending").then().statusCode(200)
                .body("items.find { it.streamId == '" + agreement + "' }", equalTo(null));

        LocalDate renewedEnd = today.plusDays(40);
        post("/v1/partners/" + id + "/agreements/" + agreement + "/renewal", Map.of("renewedOn", today.toString(),
                "validUntil", renewedEnd.toString())).then().statusCode(200).body("status", equalTo("active"));
        Deadlines.DeadlineView moved = deadlines.pending(AgreementExpiries.NAME, agreement).orElseThrow();
        assertThat(moved.id()).isEqualTo(scheduled.id());
        assertThat(moved.dueAt()).isEqualTo(calendar.endOf(renewedEnd));

        // Past the first end: the renewal moved the deadline, nothing happens.
        clock.travelTo(calendar.endOf(firstEnd).plusSeconds(1));
        assertThat(dispatcher.fireDueOf(List.of(agreement))).isZero();
        agreement(id, agreement).body("status", equalTo("active"));

        // The last day in force is not over yet at one second before midnight (the region's time).
        clock.travelTo(calendar.endOf(renewedEnd).minusSeconds(1));
        assertThat(dispatcher.fireDueOf(List.of(agreement))).isZero();

        clock.travelTo(calendar.endOf(renewedEnd).plus(Duration.ofHours(3)));
        assertThat(dispatcher.fireDueOf(List.of(agreement))).isEqualTo(1);
        String etag = agreement(id, agreement).body("status", equalTo("expired"))
                .body("endedOn", equalTo(renewedEnd.plusDays(1).toString())).body("validUntil", equalTo(renewedEnd.toString()))
                .extract().header("ETag");
        assertThat(deadlines.ofStream(agreement)).singleElement().satisfies(d -> assertThat(d.status()).isEqualTo("FIRED"));

        // Firing again, a month later, changes nothing.
        clock.advance(Duration.ofDays(30));
        assertThat(dispatcher.fireDueOf(List.of(agreement))).isZero();
        agreement(id, agreement).header("ETag", etag);

        // The partner sees it expired; the portfolio counts the partner, no longer with an agreement in force.
        given().auth().oauth2(Tokens.partner(org)).get("/v1/partners/me").then().statusCode(200)
                .body("agreements[0].status", equalTo("expired"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.analyst()).queryParam("centre", centre)
                .get("/v1/portfolio").then().statusCode(200)
                .body("partners.total", equalTo(1))
                .body("partners.byKind.find { it.kind == 'UNIVERSITY' }.partners", equalTo(1))
                .body("partners.byKind.find { it.kind == 'UNIVERSITY' }.withAgreementInForce", equalTo(0)));

        // Expired is final: no renewal; a new agreement may be signed with the centre.
        post("/v1/partners/" + id + "/agreements/" + agreement + "/renewal", Map.of("renewedOn", renewedEnd.plusDays(2).toString(),
                "validUntil", renewedEnd.plusYears(1).toString())).then().statusCode(409)
                .body("type", equalTo("https://reform-platform.org/problems/agreement-expired"));
        post("/v1/partners/" + id + "/agreements", Map.of("centre", centre, "title", "Joint incubation, again",
                "signedOn", renewedEnd.plusDays(2).toString())).then().statusCode(201);
    }

    @Test
    void an_ended_agreement_does_not_expire_later() {
        String org = unique("vc");
        String id = registerPartner(org, "Ended Capital", "VENTURE_CAPITAL");
        LocalDate today = calendar.today();
        String agreement = post("/v1/partners/" + id + "/agreements", Map.of("title", "Co-investment", "signedOn", today.minusDays(30).toString(),
                "validUntil", today.plusDays(5).toString())).then().statusCode(201).extract().path("id");
        post("/v1/partners/" + id + "/agreements/" + agreement + "/ending", Map.of("endedOn", today.toString(), "reason", "Fund closed"))
                .then().statusCode(200);
        assertThat(deadlines.pending(AgreementExpiries.NAME, agreement)).isEmpty();

        clock.advance(Duration.ofDays(10));
        assertThat(dispatcher.fireDueOf(List.of(agreement))).isZero();
        agreement(id, agreement).body("status", equalTo("ended")).body("endReason", equalTo("Fund closed"));
        assertThat(deadlines.ofStream(agreement)).singleElement().satisfies(d -> assertThat(d.status()).isEqualTo("CANCELLED"));
    }

    @Test
    void an_open_ended_agreement_schedules_nothing() {
        String id = registerPartner(unique("corp"), "Open Corp", "CORPORATE");
        String agreement = post("/v1/partners/" + id + "/agreements", Map.of("title", "Open cooperation",
                "signedOn", calendar.today().minusDays(1).toString())).then().statusCode(201).extract().path("id");
        assertThat(deadlines.ofStream(agreement)).isEmpty();
    }

    private static io.restassured.response.ValidatableResponse agreement(String partner, String agreement) {
        return given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .get("/v1/partners/" + partner + "/agreements/" + agreement).then().statusCode(200);
    }

    /** Whatever the journeys above did, every read model of the service equals its log. */
    @AfterAll
    static void everyReadModelEqualsTheLog() {
        ReadModelOracle.assertEveryProjectionEqualsTheLog();
    }
}
