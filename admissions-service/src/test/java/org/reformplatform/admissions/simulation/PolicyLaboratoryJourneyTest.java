package org.reformplatform.admissions.simulation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.reformplatform.admissions.AdmissionsApi.as;
import static org.reformplatform.admissions.AdmissionsApi.assign;
import static org.reformplatform.admissions.AdmissionsApi.event;
import static org.reformplatform.admissions.AdmissionsApi.openEvent;
import static org.reformplatform.admissions.AdmissionsApi.reviewAs;
import static org.reformplatform.admissions.AdmissionsApi.submit;
import static org.reformplatform.admissions.AdmissionsApi.submitWork;
import static org.reformplatform.admissions.AdmissionsApi.uniqueReviewer;
import static org.reformplatform.testing.EventStoreProbe.count;
import static org.reformplatform.testing.EventStoreProbe.eventCount;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.projection.Projections;
import org.reformplatform.testing.Tokens;

/**
 * The policy laboratory over the API, in admissions: two intake events judged by bar 70 and spread
 * 25 on two reviews, simulated under a stricter and a more lenient non-consensus policy, with the
 * differences computed by hand; the reproduction check finds none; nothing in the service changes.
 * Totals are 4 × originality + 6 × execution.
 *
 * <ul>
 * <li>Event X. A: 80, 70 (mean 75, spread 10): admitted. B: 60, 64 (62): rejected. C: 90 championed, 50
 * (mean 70, spread 40): referred, the committee admits.</li>
 * <li>Event Y. D: 76, 70 (73): admitted. E: 66, 70 (68): rejected.</li>
 * </ul>
 * Stricter (bar 74, spread 20): D falls below the bar (rejected); C is still referred (for both reasons now) and the
 * committee's admission is replayed. More lenient (bar 65, spread 45): E rises above the bar; C is admitted by the
 * policy itself, the committee's decision refused as moot; the docket is empty.
 */
@QuarkusTest
class PolicyLaboratoryJourneyTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    Projections projections;

    @Test
    void a_stricter_and_a_more_lenient_non_consensus_policy_over_two_intake_events() {
        String x = eventAt70();
        String y = eventAt70();
        String a = reviewed(x, 8, 8, "ADMIT", 7, 7, "ADMIT", "admitted");
        String b = reviewed(x, 6, 6, "REJECT", 7, 6, "REJECT", "rejected");
        String c = reviewed(x, 9, 9, "CHAMPION", 5, 5, "REJECT", "special_review");
        as(Tokens.operator()).body(Map.of("decision", "ADMIT", "rationale", "The prototype convinced the committee"))
                .post("/v1/applications/" + c + "/committee-decision").then().statusCode(200);
        String d = reviewed(y, 7, 8, "ADMIT", 7, 7, "ADMIT", "admitted");
        String e = reviewed(y, 6, 7, "REJECT", 7, 7, "ADMIT", "rejected");
        Map<String, Object> scope = Map.of("intakeEventIds", List.of(x, y));
        Sandbox before = sandbox();

        JsonPath stricter = done(start(Tokens.analyst(), scope, Map.of("admissionBar", "74", "spreadThreshold", "20")));
        assertThat(stricter.getLong("differences")).isEqualTo(1);
        assertThat(changes(stricter)).containsExactly(d + " ADMITTED->REJECTED ACROSS_THE_BAR_DOWN mean 73.00 < bar 74, spread 6.00 < 20, no champion");
        assertThat(counts(stricter)).containsExactlyInAnyOrder("ADMITTED 2->1", "REJECTED 2->3", "REFERRED_ADMIT 1->1");
        assertThat(stricter.getInt("result.recorded.admittedInAll")).isEqualTo(3);
        assertThat(stricter.getInt("result.simulated.admittedInAll")).isEqualTo(2);
        assertThat(stricter.getInt("result.simulated.referred")).isEqualTo(1);
        assertThat(stricter.getString("policy.admissionBar")).isEqualTo("74");
        assertThat(stricter.getString("result.chart.mark")).isEqualTo("bar");

        JsonPath lenient = done(start(Tokens.operator(), scope, Map.of("admissionBar", 65, "spreadThreshold", "45")));
        assertThat(changes(lenient)).containsExactlyInAnyOrder(
                c + " REFERRED->ADMITTED FROM_COMMITTEE mean 70.00 ≥ bar 65, spread 40.00 < 45",
                e + " REJECTED->ADMITTED ACROSS_THE_BAR_UP mean 68.00 ≥ bar 65, spread 4.00 < 45");
        assertThat(counts(lenient)).containsExactlyInAnyOrder("ADMITTED 2->4", "REJECTED 2->1", "REFERRED_ADMIT 1->0");
        assertThat(lenient.getInt("result.simulated.referred")).as("the committee's docket").isZero();
        assertThat(lenient.getInt("result.simulated.admittedInAll")).isEqualTo(4);
        assertThat(lenient.getInt("result.refusedInputs")).as("the committee's decision, moot").isEqualTo(1);
        assertThat(lenient.getString("result.changes.find { it.applicationId == '" + c + "' }.firstRefusal.rule")).isEqualTo("application-decided");

        Map<String, Object> check = Map.of("scopeKind", AdmissionsSimulator.KIND, "scope", scope, "reproduction", true);
        JsonPath reproduced = done(given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body(check).post("/v1/simulations")
                .then().statusCode(202).extract().path("id"));
        assertThat(reproduced.getLong("differences")).as("the policy in force reproduces every recorded outcome").isZero();
        assertThat(reproduced.getInt("result.applications")).isEqualTo(5);

        String csv = given().auth().oauth2(Tokens.analyst()).get("/v1/simulations/" + stricter.getString("id") + "/report.csv").then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertThat(csv.split("\r\n")).hasSize(6);
        assertThat(csv).startsWith("applicationId,intakeEventId,submittedOn,reviews,recordedOutcome");
        assertThat(csv).contains(d + "," + y);
        assertThat(csv).contains(",ADMITTED,,73.00,6.00,\"mean 73.00 ≥ bar 70, spread 6.00 < 25\",REJECTED,,73.00,6.00,");

        String again = given().auth().oauth2(Tokens.analyst()).post("/v1/simulations/" + stricter.getString("id") + "/rerun").then()
                .statusCode(202).extract().path("id");
        JsonPath rerun = done(again);
        assertThat(rerun.getLong("readUpTo")).isEqualTo(stricter.getLong("readUpTo"));
        assertThat(rerun.getMap("result")).as("a rerun gives the same report").isEqualTo(stricter.getMap("result"));

        JsonPath listed = given().auth().oauth2(Tokens.analyst()).get("/v1/simulations?scopeKind=" + AdmissionsSimulator.KIND + "&state=done&size=200")
                .then().statusCode(200).extract().jsonPath();
        assertThat(listed.getList("items.id")).contains(stricter.getString("id"), lenient.getString("id"), reproduced.getString("id"), again);
        assertThat(listed.getList("items.result")).as("a list carries no reports").containsOnlyNulls();
        assertThat(listed.getList("items.startedAt", String.class)).isSortedAccordingTo((p, q) -> OffsetDateTime.parse(q).compareTo(OffsetDateTime.parse(p)));
        given().auth().oauth2(Tokens.analyst()).get("/v1/simulations?state=done&size=1").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("hasNext", equalTo(true));

        assertThat(sandbox()).as("nothing appended, queued or projected").isEqualTo(before);
    }

    @Test
    void bad_requests_are_refused_and_partners_may_not_simulate() {
        Map<String, Object> scope = Map.of("intakeEventIds", List.of(UUID.randomUUID().toString()));
        given().auth().oauth2(Tokens.partner("uni-a")).contentType(ContentType.JSON)
                .body(Map.of("scopeKind", AdmissionsSimulator.KIND, "scope", scope, "policy", Map.of("admissionBar", "80"))).post("/v1/simulations")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.partner("uni-a")).get("/v1/simulations").then().statusCode(403);
        given().auth().oauth2(Tokens.reviewer("r")).get("/v1/simulations").then().statusCode(403);
        refused(Map.of("scopeKind", "mobility-arrangements", "scope", scope), "unknown-scope-kind");
        refused(Map.of("scopeKind", AdmissionsSimulator.KIND, "scope", scope, "policy", Map.of("admissionBar", "101")), "admission-bar-out-of-range");
        refused(Map.of("scopeKind", AdmissionsSimulator.KIND, "scope", scope, "policy", Map.of("spreadThreshold", 0)), "spread-threshold-out-of-range");
        refused(Map.of("scopeKind", AdmissionsSimulator.KIND, "scope", scope, "policy", Map.of("admissionBar", "70.125")), "admission-bar-out-of-range");
        refused(Map.of("scopeKind", AdmissionsSimulator.KIND, "scope", scope, "policy", Map.of("requiredReviews", 1)), "required-reviews-out-of-range");
        refused(Map.of("scopeKind", AdmissionsSimulator.KIND, "scope", scope, "policy", Map.of("scores", "MEDIAN")), "unknown-score-basis");
        refused(Map.of("scopeKind", AdmissionsSimulator.KIND, "scope", scope, "policy", Map.of("bar", "80")), "unknown-policy-field");
        refused(Map.of("scopeKind", AdmissionsSimulator.KIND, "scope", scope, "policy", Map.of()), "policy-required");
        refused(Map.of("scopeKind", AdmissionsSimulator.KIND, "scope", Map.of("submittedFrom", "2026-01-01"), "policy", Map.of("admissionBar", "80")),
                "scope-ambiguous");
        refused(Map.of("scopeKind", AdmissionsSimulator.KIND, "scope", Map.of("submittedFrom", "2026-02-01", "submittedTo", "2026-01-01"),
                "policy", Map.of("admissionBar", "80")), "period-inverted");
        refused(Map.of("scopeKind", AdmissionsSimulator.KIND, "scope", scope, "policy", Map.of("admissionBar", "80"), "reproduction", true),
                "policy-with-reproduction");
        given().auth().oauth2(Tokens.analyst()).get("/v1/simulations?state=paused").then().statusCode(400);
        given().auth().oauth2(Tokens.analyst()).get("/v1/simulations?size=201").then().statusCode(400);
    }

    private static void refused(Map<String, Object> body, String type) {
        long events = eventCount();
        long simulations = count("SELECT count(*) FROM simulations");
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(body).post("/v1/simulations").then()
                .statusCode(422).body("type", containsString(type));
        assertThat(eventCount()).isEqualTo(events);
        assertThat(count("SELECT count(*) FROM simulations")).as("no simulation recorded").isEqualTo(simulations);
    }

    static String eventAt70() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        Map<String, Object> body = event("Policy lab " + UUID.randomUUID(), 40, 2, now.minusDays(1), now.plusDays(30));
        body.put("nonConsensusPolicy", Map.of("admissionBar", "70", "spreadThreshold", "25"));
        return openEvent(body);
    }

    static String reviewed(String event, int o1, int e1, String rec1, int o2, int e2, String rec2, String status) {
        String application = submit("uni-d", event, "Candidate " + UUID.randomUUID());
        submitWork("uni-d", application);
        String first = uniqueReviewer("lab");
        String second = uniqueReviewer("lab");
        assign(application, first, second);
        reviewAs(first, application, o1, e1, rec1);
        assertThat(reviewAs(second, application, o2, e2, rec2)).isEqualTo(status);
        return application;
    }

    /** What a simulation must leave as it was: the store, the outbox, every read model. */
    record Sandbox(long events, long lastPosition, long outboxRows, Map<String, Object> readModels) {
    }

    private Sandbox sandbox() {
        await().atMost(PATIENCE).until(() -> projections.all().stream().allMatch(p -> p.lag() == 0));
        Map<String, Object> digests = new HashMap<>();
        projections.all().forEach(p -> projections.digest(p.name()).ifPresent(dg -> digests.put(p.name(), dg)));
        return new Sandbox(eventCount(), count("SELECT coalesce(max(position), 0) FROM events"), count("SELECT count(*) FROM outbox"), digests);
    }

    private static String start(String token, Map<String, Object> scope, Map<String, Object> policy) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("scopeKind", AdmissionsSimulator.KIND, "scope", scope, "policy", policy)).post("/v1/simulations").then()
                .statusCode(202).header("Location", containsString("/v1/simulations/")).body("state", equalTo("RUNNING")).extract().path("id");
    }

    private static JsonPath done(String id) {
        await().atMost(PATIENCE).until(() -> !"RUNNING".equals(given().auth().oauth2(Tokens.analyst()).get("/v1/simulations/" + id)
                .then().statusCode(200).extract().path("state")));
        return given().auth().oauth2(Tokens.analyst()).get("/v1/simulations/" + id).then().statusCode(200).body("state", equalTo("DONE"))
                .extract().jsonPath();
    }

    private static List<String> changes(JsonPath simulation) {
        List<String> rows = new ArrayList<>();
        List<Map<String, Object>> changes = simulation.getList("result.changes");
        for (Map<String, Object> row : changes) {
            @SuppressWarnings("unchecked")
            Map<String, Object> recorded = (Map<String, Object>) row.get("recorded");
            @SuppressWarnings("unchecked")
            Map<String, Object> simulated = (Map<String, Object>) row.get("simulated");
            rows.add(row.get("applicationId") + " " + recorded.get("outcome") + "->" + simulated.get("outcome") + " " + row.get("movement") + " "
                    + simulated.get("rule"));
        }
        return rows;
    }

    private static List<String> counts(JsonPath simulation) {
        List<Map<String, Object>> counts = simulation.getList("result.counts");
        return counts.stream().map(c -> c.get("outcome") + " " + c.get("recorded") + "->" + c.get("simulated")).toList();
    }
}
