package org.reformplatform.mobility.simulation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.reformplatform.testing.EventStoreProbe.count;
import static org.reformplatform.testing.EventStoreProbe.eventCount;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.deadline.DeadlineDispatcher;
import org.reformplatform.eventsourcing.ops.PlatformClock;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.eventsourcing.projection.Projections;
import org.reformplatform.mobility.MobilityApi;
import org.reformplatform.testing.Tokens;

/**
 * The policy laboratory over the API: three secondments recorded under the default policy (30 days
 * to sign), then simulated under a stricter (20 days) and a more lenient (45 days) signing period,
 * with the differences computed by hand; the reproduction check finds none; and nothing in the
 * service changes: no event, no outbox row, no read model row.
 *
 * <ul>
 * <li>LATE: researcher and institution sign on day 0, the enterprise on day 25: active.</li>
 * <li>PROMPT: all three sign on day 0: active.</li>
 * <li>UNSIGNED: only the researcher signs; lapsed when day 30 was over.</li>
 * </ul>
 * 20 days: LATE lapses (the enterprise's signature on day 25 is refused), UNSIGNED lapses 10 days
 * earlier, PROMPT is unchanged. 45 days: only UNSIGNED changes: on day 32, when the simulation
 * looks from, it is still awaiting signatures.
 */
@QuarkusTest
class PolicyLaboratoryJourneyTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    final String uni = MobilityApi.org("uni");
    final String acme = MobilityApi.org("acme");

    @Inject
    PlatformClock clock;

    @Inject
    RegionalCalendar calendar;

    @Inject
    DeadlineDispatcher dispatcher;

    @Inject
    Projections projections;

    @AfterEach
    void realTime() {
        clock.backToNow();
    }

    @Test
    void a_stricter_and_a_more_lenient_signing_period_over_three_secondments() {
        MobilityApi.defaultPolicy();
        LocalDate day0 = calendar.today();
        UUID r1 = UUID.randomUUID();
        UUID r2 = UUID.randomUUID();
        UUID r3 = UUID.randomUUID();
        String late = approvedSecondment(r1, day0);
        String prompt = approvedSecondment(r2, day0);
        String unsigned = approvedSecondment(r3, day0);
        MobilityApi.sign(Tokens.partner(uni), late, "RESEARCHER", 1, r1).statusCode(200);
        MobilityApi.sign(Tokens.partner(uni), late, "HOME_INSTITUTION", 1, null).statusCode(200);
        MobilityApi.sign(Tokens.partner(uni), prompt, "RESEARCHER", 1, r2).statusCode(200);
        MobilityApi.sign(Tokens.partner(uni), prompt, "HOME_INSTITUTION", 1, null).statusCode(200);
        MobilityApi.sign(Tokens.partner(acme), prompt, "HOST_ENTERPRISE", 1, null).statusCode(200).body("status", equalTo("active"));
        MobilityApi.sign(Tokens.partner(uni), unsigned, "RESEARCHER", 1, r3).statusCode(200);
        clock.travelTo(calendar.startOf(day0.plusDays(25)).plusSeconds(36_000));
        MobilityApi.sign(Tokens.partner(acme), late, "HOST_ENTERPRISE", 1, null).statusCode(200).body("status", equalTo("active"));
        clock.travelTo(calendar.startOf(day0.plusDays(32)).plusSeconds(36_000));
        dispatcher.fireDueOf(List.of(late, prompt, unsigned));
        get(unsigned).body("status", equalTo("lapsed"));
        Map<String, Object> scope = Map.of("arrangementIds", List.of(late, prompt, unsigned));
        Sandbox before = sandbox();

        JsonPath stricter = done(start(Tokens.analyst(), scope, signingDays(20)));
        assertThat(stricter.getLong("differences")).isEqualTo(2);
        assertThat(outcomes(stricter, "changes")).containsExactlyInAnyOrder(
                late + " ACTIVE->LAPSED " + day0.plusDays(20) + " mobility.SigningLapse due " + day0.plusDays(20),
                unsigned + " LAPSED->LAPSED " + day0.plusDays(20) + " mobility.SigningLapse due " + day0.plusDays(20));
        assertThat(counts(stricter)).containsExactlyInAnyOrder("ACTIVE 2->1", "LAPSED 1->2");
        assertThat(stricter.getList("result.changes.firstRefusal.rule")).contains("arrangement-not-awaiting-signatures");
        assertThat(stricter.getString("result.chart.mark")).isEqualTo("bar");
        assertThat(stricter.getInt("policy.forms.find { it.form == 'SECONDMENT' }.timeLimits.signingDays")).isEqualTo(20);

        JsonPath lenient = done(start(Tokens.operator(), scope, signingDays(45)));
        assertThat(outcomes(lenient, "changes")).containsExactly(
                unsigned + " LAPSED->AWAITING_SIGNATURES " + day0.plusDays(45) + " ArrangementApproved on " + day0);
        assertThat(counts(lenient)).containsExactlyInAnyOrder("ACTIVE 2->2", "LAPSED 1->0", "AWAITING_SIGNATURES 0->1");

        Map<String, Object> check = Map.of("scopeKind", MobilitySimulator.KIND, "scope", scope, "reproduction", true);
        JsonPath reproduced = done(given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body(check).post("/v1/simulations")
                .then().statusCode(202).extract().path("id"));
        assertThat(reproduced.getLong("differences")).as("the policy in force reproduces every recorded outcome").isZero();

        String csv = given().auth().oauth2(Tokens.analyst()).get("/v1/simulations/" + stricter.getString("id") + "/report.csv").then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertThat(csv.split("\r\n")).hasSize(4);
        assertThat(csv).startsWith("arrangementId,form,approvedOn,recordedOutcome");
        assertThat(csv).contains(late + ",SECONDMENT," + day0 + ",ACTIVE," + day0.plusMonths(13) + ",ArrangementActivated on " + day0.plusDays(25));

        String again = given().auth().oauth2(Tokens.analyst()).post("/v1/simulations/" + stricter.getString("id") + "/rerun").then()
                .statusCode(202).extract().path("id");
        JsonPath rerun = done(again);
        assertThat(rerun.getLong("readUpTo")).as("the same log position").isEqualTo(stricter.getLong("readUpTo"));
        assertThat(rerun.getMap("result")).as("a rerun gives the same report").isEqualTo(stricter.getMap("result"));

        assertThat(sandbox()).as("nothing appended, queued or projected").isEqualTo(before);
    }

    @Test
    void bad_requests_are_refused_and_partners_may_not_simulate() {
        MobilityApi.defaultPolicy();
        Map<String, Object> scope = Map.of("arrangementIds", List.of(UUID.randomUUID().toString()));
        given().auth().oauth2(Tokens.partner(uni)).contentType(ContentType.JSON)
                .body(Map.of("scopeKind", MobilitySimulator.KIND, "scope", scope, "policy", signingDays(20))).post("/v1/simulations").then()
                .statusCode(403);
        refused(Map.of("scopeKind", "admissions-intake", "scope", scope), "unknown-scope-kind");
        refused(Map.of("scopeKind", MobilitySimulator.KIND, "scope", scope, "policy", Map.of("forms", List.of(Map.of("form", "SECONDMENT",
                "signingDays", 0)))), "signing-period-out-of-range");
        refused(Map.of("scopeKind", MobilitySimulator.KIND, "scope", scope, "policy", Map.of("forms", List.of(Map.of("form", "SECONDMENT",
                "lapseDays", 3)))), "unknown-rule");
        refused(Map.of("scopeKind", MobilitySimulator.KIND, "scope", Map.of("approvedFrom", "2026-01-01"), "policy", signingDays(20)),
                "scope-ambiguous");
        refused(Map.of("scopeKind", MobilitySimulator.KIND, "scope", scope, "policy", signingDays(20), "reproduction", true),
                "policy-with-reproduction");
        given().auth().oauth2(Tokens.analyst()).get("/v1/simulations/" + UUID.randomUUID()).then().statusCode(404)
                .body("type", containsString("unknown-simulation"));
    }

    private void refused(Map<String, Object> body, String type) {
        long events = eventCount();
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(body).post("/v1/simulations").then()
                .statusCode(422).body("type", containsString(type));
        assertThat(eventCount()).isEqualTo(events);
    }

    /** What a simulation must leave as it was: the store, the outbox, every read model. */
    record Sandbox(long events, long lastPosition, long outboxRows, Map<String, Object> readModels) {
    }

    private Sandbox sandbox() {
        await().atMost(PATIENCE).until(() -> projections.all().stream().allMatch(p -> p.lag() == 0));
        Map<String, Object> digests = new HashMap<>();
        projections.all().forEach(p -> projections.digest(p.name()).ifPresent(d -> digests.put(p.name(), d)));
        return new Sandbox(eventCount(), count("SELECT coalesce(max(position), 0) FROM events"), count("SELECT count(*) FROM outbox"), digests);
    }

    private String approvedSecondment(UUID researcher, LocalDate day0) {
        String id = MobilityApi.apply(uni, MobilityApi.application(researcher, "SECONDMENT", acme, day0.plusMonths(1), day0.plusMonths(13)));
        MobilityApi.approve(Tokens.partner(uni), id).statusCode(200).body("signBy", equalTo(day0.plusDays(30).toString()));
        return id;
    }

    private static Map<String, Object> signingDays(int days) {
        return Map.of("forms", List.of(Map.of("form", "SECONDMENT", "signingDays", days)));
    }

    private static String start(String token, Map<String, Object> scope, Map<String, Object> policy) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("scopeKind", MobilitySimulator.KIND, "scope", scope, "policy", policy)).post("/v1/simulations").then()
                .statusCode(202).header("Location", containsString("/v1/simulations/")).body("state", equalTo("RUNNING")).extract().path("id");
    }

    private static JsonPath done(String id) {
        await().atMost(PATIENCE).until(() -> !"RUNNING".equals(given().auth().oauth2(Tokens.analyst()).get("/v1/simulations/" + id)
                .then().statusCode(200).extract().path("state")));
        return given().auth().oauth2(Tokens.analyst()).get("/v1/simulations/" + id).then().statusCode(200).body("state", equalTo("DONE"))
                .extract().jsonPath();
    }

    private static List<String> outcomes(JsonPath simulation, String list) {
        List<String> rows = new ArrayList<>();
        List<Map<String, Object>> changes = simulation.getList("result." + list);
        for (Map<String, Object> row : changes) {
            @SuppressWarnings("unchecked")
            Map<String, Object> recorded = (Map<String, Object>) row.get("recorded");
            @SuppressWarnings("unchecked")
            Map<String, Object> simulated = (Map<String, Object>) row.get("simulated");
            rows.add(row.get("arrangementId") + " " + recorded.get("outcome") + "->" + simulated.get("outcome") + " " + simulated.get("on") + " "
                    + simulated.get("decidedBy"));
        }
        return rows;
    }

    private static List<String> counts(JsonPath simulation) {
        List<Map<String, Object>> counts = simulation.getList("result.counts");
        return counts.stream().map(c -> c.get("outcome") + " " + c.get("recorded") + "->" + c.get("simulated")).toList();
    }

    private static io.restassured.response.ValidatableResponse get(String id) {
        return given().auth().oauth2(Tokens.operator()).get("/v1/arrangements/" + id).then().statusCode(200);
    }
}
