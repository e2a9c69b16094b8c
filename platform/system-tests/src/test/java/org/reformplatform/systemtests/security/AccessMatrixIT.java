package org.reformplatform.systemtests.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reformplatform.systemtests.LocalPlatform;
import org.reformplatform.systemtests.RunningPlatform;
import org.reformplatform.systemtests.Tokens;
import org.reformplatform.systemtests.faults.Problems;
import org.reformplatform.systemtests.faults.RawHttp;
import org.reformplatform.systemtests.reliability.Figures;
import org.reformplatform.systemtests.reliability.HostileInputs;
import org.reformplatform.systemtests.reliability.OpenApiDocument;
import org.reformplatform.systemtests.reliability.OpenApiDocument.Endpoint;
import org.reformplatform.systemtests.security.AccessTable.Role;
import org.reformplatform.systemtests.security.AccessTable.Rule;

/**
 * Every endpoint of every service × every role × every kind of bad token, against
 * {@link AccessTable}: a role the table allows gets past authorisation (a list answers 2xx; other
 * calls may still be refused for their input or an unknown id, never with 401 or 403), a role it
 * does not allow gets 403 {@code forbidden}, a valid token with no platform role 403, and every
 * bad token (none, expired, another issuer, another audience, tampered claims or signature,
 * unsigned, not a JWT) 401 {@code unauthorized}; all as problem+json. Which organisation's data a
 * partner reaches is {@link PartnerIsolationIT}'s part.
 */
@ExtendWith(RunningPlatform.class)
@Order(40)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

    private final LocalPlatform platform = RunningPlatform.platform();
    private final RawHttp http = new RawHttp(Duration.ofSeconds(30));
    private final Map<String, Endpoint> documented = new LinkedHashMap<>();

    /** The principals of the matrix: one per role, and a valid token with no role. */
    private static final Map<String, Tokens.Principal> PRINCIPALS = new LinkedHashMap<>();

    static {
        PRINCIPALS.put("partner", Tokens.UNIVERSITY_A);
        PRINCIPALS.put("reviewer", Tokens.REVIEWER);
        PRINCIPALS.put("evaluator", Tokens.EVALUATOR);
        PRINCIPALS.put("operator", Tokens.OPERATOR);
        PRINCIPALS.put("analyst", Tokens.ANALYST);
        PRINCIPALS.put("no role", BadTokens.NO_ROLE);
    }

    @BeforeAll
    void readTheDocuments() {
        for (String service : LocalPlatform.SERVICES) {
            for (Endpoint endpoint : OpenApiDocument.of(service, platform.url(service)).endpoints()) {
                documented.put(service + " " + endpoint.key(), endpoint);
            }
        }
    }

    @Test
    void the_table_covers_every_endpoint_with_exactly_its_declared_roles() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Endpoint> entry : documented.entrySet()) {
            Endpoint endpoint = entry.getValue();
            var rule = AccessTable.find(endpoint.service(), endpoint.key());
            if (rule.isEmpty()) {
                problems.add(entry.getKey() + " is not in AccessTable: add a row saying who may call it");
                continue;
            }
            List<String> tableRoles = rule.get().roles().stream().map(Role::claim).sorted().toList();
            List<String> declared = endpoint.roles().stream().sorted().toList();
            if (!tableRoles.equals(declared)) {
                problems.add(entry.getKey() + ": the service allows " + declared + ", the table " + tableRoles);
            }
        }
        for (Rule rule : AccessTable.RULES) {
            if (!documented.containsKey(rule.service() + " " + rule.endpoint())) {
                problems.add(rule.service() + " " + rule.endpoint() + " is in AccessTable but no service has it");
            }
        }
        assertThat(problems).as("AccessTable against the services' OpenAPI documents").isEmpty();
        assertThat(AccessTable.RULES).hasSize(documented.size());
    }

    private record Outcome(String label, String expected, RawHttp.Answer answer, String defect) {
    }

    @Test
    void every_endpoint_answers_every_role_and_every_bad_token_as_the_table_says() throws Exception {
        Map<String, String> badTokens = BadTokens.all(platform.tokens());
        Map<String, String> roleTokens = new LinkedHashMap<>();
        PRINCIPALS.forEach((role, principal) -> roleTokens.put(role, platform.tokens().of(principal)));

        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        long started = System.nanoTime();
        for (Rule rule : AccessTable.RULES) {
            Endpoint endpoint = documented.get(rule.service() + " " + rule.endpoint());
            if (endpoint == null) {
                continue; // reported by the coverage test
            }
            String path = HostileInputs.unknownPath(endpoint);
            for (Map.Entry<String, String> bad : badTokens.entrySet()) {
                pool.submit(() -> outcomes.add(check(rule, path, bad.getKey(), bad.getValue(), 401, "unauthorized")));
            }
            // A path its route cannot take answers 404 or 400 to a valid token: never to a bad one,
            // which would tell a stranger which routes exist.
            String mismatched = HostileInputs.mismatchedPath(endpoint);
            if (mismatched != null) {
                for (Map.Entry<String, String> bad : badTokens.entrySet()) {
                    pool.submit(() -> outcomes.add(check(rule, mismatched, bad.getKey() + " on " + mismatched, bad.getValue(), 401, "unauthorized")));
                }
            }
            for (Map.Entry<String, String> role : roleTokens.entrySet()) {
                boolean allowed = !role.getKey().equals("no role") && rule.allows(Role.valueOf(role.getKey().toUpperCase()));
                pool.submit(() -> outcomes.add(check(rule, path, role.getKey(), role.getValue(), allowed ? 0 : 403, allowed ? null : "forbidden")));
            }
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        double seconds = (System.nanoTime() - started) / 1e9;

        List<String> unexpected = new ArrayList<>();
        Map<String, AtomicLong> byExpectation = new TreeMap<>();
        for (Outcome o : outcomes) {
            byExpectation.computeIfAbsent(o.expected(), k -> new AtomicLong()).incrementAndGet();
            if (o.defect() != null) {
                unexpected.add(o.label() + ": " + o.defect());
            }
        }
        Collections.sort(unexpected);
        Figures.report("Security: access matrix", """
                | Figure | Value |
                |---|---|
                | endpoints (AccessTable rows, all in the OpenAPI documents) | %d |
                | principals per endpoint | %d roles and a role-less token, %d kinds of bad token |
                | cases tried | %d |
                | by expectation | %s |
                | unexpected answers (goal 0) | %d |
                | duration | %.1f s |
                """.formatted(AccessTable.RULES.size(), PRINCIPALS.size() - 1, badTokens.size(), outcomes.size(), byExpectation,
                unexpected.size(), seconds));
        assertThat(unexpected).as("answers that differ from AccessTable").isEmpty();
    }

    @Test
    void a_caller_without_a_valid_token_learns_nothing_of_which_paths_exist_and_public_paths_stay_public() {
        Map<String, String> badTokens = BadTokens.all(platform.tokens());
        List<String> unexpected = new ArrayList<>();
        for (String service : LocalPlatform.SERVICES) {
            String base = platform.url(service);
            for (String request : List.of("GET /v1/no-such-things", "GET /v1/no-such-things/" + UUID.randomUUID(), "DELETE /v1",
                    "GET /ops/no-such-thing", "PATCH /ops/projections")) {
                String method = request.substring(0, request.indexOf(' '));
                String path = request.substring(request.indexOf(' ') + 1);
                for (Map.Entry<String, String> bad : badTokens.entrySet()) {
                    Map<String, String> headers = bad.getValue() == null ? Map.of() : Map.of("Authorization", "Bearer " + bad.getValue());
                    RawHttp.Answer answer = http.send(method, base + path, headers, null);
                    if (answer.status() != 401 || !"unauthorized".equals(Problems.code(answer.body()))
                            || !Problems.defects(401, answer.contentType(), answer.body()).isEmpty()) {
                        unexpected.add(service + " " + request + " as " + bad.getKey() + ": answered " + answer.status() + " " + abbreviate(answer.body()));
                    }
                }
            }
            for (String open : List.of("/q/health/live", "/q/health/ready", "/q/openapi")) {
                RawHttp.Answer answer = http.send("GET", base + open, Map.of(), null);
                if (answer.status() != 200) {
                    unexpected.add(service + " GET " + open + " without a token: answered " + answer.status() + ", it is public");
                }
            }
        }
        assertThat(unexpected).as("answers to callers without a valid token on paths no route has").isEmpty();
    }

    /**
     * One call. {@code status} 401 or 403: exactly that, with the problem {@code code}; 0: the role
     * is allowed, so anything but 401, 403 forbidden and 5xx, and a 2xx for a list.
     */
    private Outcome check(Rule rule, String path, String who, String token, int status, String code) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        byte[] body = null;
        if (!rule.method().equals("GET")) {
            headers.put("Content-Type", "application/json");
            body = "{}".getBytes();
        }
        RawHttp.Answer answer = http.send(rule.method(), platform.url(rule.service()) + path, headers, body);
        String label = rule.service() + " " + rule.endpoint() + " as " + who;
        String expected = status == 0 ? "allowed" : status + " " + code;
        String defect = null;
        if (answer.status() <= 0) {
            defect = "no answer: " + answer.failure();
        } else if (answer.status() >= 500) {
            defect = "answered " + answer.status() + ": " + abbreviate(answer.body());
        } else if (status != 0) {
            if (answer.status() != status) {
                defect = "answered " + answer.status() + " instead of " + status + ": " + abbreviate(answer.body());
            } else if (!code.equals(Problems.code(answer.body())) || !Problems.defects(status, answer.contentType(), answer.body()).isEmpty()) {
                defect = "not a '" + code + "' problem: " + Problems.defects(status, answer.contentType(), answer.body()) + " " + abbreviate(answer.body());
            }
        } else {
            String answered = Problems.code(answer.body());
            if (answer.status() == 401 || answer.status() == 403 && ("forbidden".equals(answered) || answered == null)) {
                defect = "refused (" + answer.status() + ") a role the table allows: " + abbreviate(answer.body());
            } else if (rule.method().equals("GET") && rule.path().equals(path) && answer.status() / 100 != 2
                    && !(answer.status() == 404 && answered != null && !answered.equals("not-found"))) {
                // a GET without parameters (a list, a singleton): 2xx, or the singleton's own 404 when it does not exist yet
                defect = "answered " + answer.status() + " to a role allowed to read it: " + abbreviate(answer.body());
            }
        }
        return new Outcome(label, expected, answer, defect);
    }

    private static String abbreviate(String body) {
        String oneLine = body == null ? "" : body.replaceAll("\\s+", " ");
        return oneLine.length() > 240 ? oneLine.substring(0, 240) + "..." : oneLine;
    }
}
