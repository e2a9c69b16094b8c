package org.reformplatform.systemtests.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reformplatform.systemtests.LocalPlatform;
import org.reformplatform.systemtests.RunningPlatform;
import org.reformplatform.systemtests.Tokens;
import org.reformplatform.systemtests.faults.EventStores;
import org.reformplatform.systemtests.faults.Problems;
import org.reformplatform.systemtests.faults.Quiescence;
import org.reformplatform.systemtests.faults.RawHttp;
import org.reformplatform.systemtests.faults.TopicLog;
import org.reformplatform.systemtests.reliability.HostileInputs.Case;
import org.reformplatform.systemtests.reliability.HostileInputs.Expect;
import org.reformplatform.systemtests.reliability.OpenApiDocument.Endpoint;

/**
 * Malformed and hostile input to every endpoint of every service, found in their OpenAPI documents
 * (so that a new endpoint is covered without being listed), sent with a token that may call it.
 *
 * <p>Must hold for every case: no 5xx and no hang; a refused request is answered 4xx
 * application/problem+json with the platform's type and no stack trace or SQL; a refused request
 * writes no event (each request carries its own X-Correlation-Id, and the event stores are searched
 * for it); strange but legitimate data (an injection string as a name) is stored as data or
 * refused, and poisons no read model (the dead-letter topics do not grow). The quick subset runs in
 * {@code mvn verify}; {@code -Dreliability.full=true} mutates every field of every body.
 */
@ExtendWith(RunningPlatform.class)
@Order(30)
class BadInputIT {

    private final LocalPlatform platform = RunningPlatform.platform();
    private final EventStores stores = new EventStores(platform::jdbcUrl);
    private final TopicLog topics = new TopicLog(platform.kafkaBootstrap());
    private final RawHttp http = new RawHttp(Duration.ofSeconds(30));

    private record Outcome(Case input, UUID correlation, RawHttp.Answer answer, List<String> defects) {
    }

    @Test
    void every_endpoint_refuses_malformed_and_hostile_input_with_a_problem_and_writes_nothing() throws Exception {
        HostileInputs inputs = new HostileInputs(Figures.full());
        List<Case> cases = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int endpoints = 0;
        for (String service : LocalPlatform.SERVICES) {
            List<Endpoint> all = OpenApiDocument.of(service, platform.url(service)).endpoints();
            Map<String, Set<String>> methodsByPath = new LinkedHashMap<>();
            all.forEach(e -> methodsByPath.computeIfAbsent(e.path(), p -> new HashSet<>()).add(e.method()));
            cases.addAll(inputs.transportCases(all.get(0)));
            for (Endpoint endpoint : all) {
                endpoints++;
                for (Case c : inputs.casesFor(endpoint, methodsByPath.get(endpoint.path()))) {
                    // one 405 case per path and method, not one per operation of the path
                    if (!c.category().equals("method") || seen.add(service + " " + endpoint.path() + " " + c.label())) {
                        cases.add(c);
                    }
                }
            }
        }
        assertThat(endpoints).as("endpoints found in the OpenAPI documents").isGreaterThan(100);

        Quiescence quiescence = new Quiescence(platform.api(), stores, LocalPlatform.SERVICES);
        quiescence.await(Duration.ofMinutes(3));
        Map<String, Long> eventsBefore = counts(stores::count);
        Map<String, Long> deadLettersBefore = counts(s -> topics.endOffsetTotal(s + ".dead-letters"));

        long started = System.nanoTime();
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (Case c : cases) {
            pool.submit(() -> outcomes.add(send(c)));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(20, TimeUnit.MINUTES)).as("all cases answered in time").isTrue();
        double seconds = (System.nanoTime() - started) / 1e9;

        quiescence.await(Duration.ofMinutes(3));
        Map<String, Long> eventsAfter = counts(stores::count);
        Map<String, Long> deadLettersAfter = counts(s -> topics.endOffsetTotal(s + ".dead-letters"));

        // Which events were written, and by whom: every request had its own correlation id, which
        // also travels to events that other services' handlers write in consequence.
        List<String> failures = new ArrayList<>();
        Map<UUID, Outcome> refused = outcomes.stream().filter(o -> o.answer().status() < 200 || o.answer().status() > 299)
                .collect(Collectors.toMap(Outcome::correlation, o -> o));
        Set<UUID> accepted = outcomes.stream().filter(o -> o.answer().status() >= 200 && o.answer().status() <= 299)
                .map(Outcome::correlation).collect(Collectors.toSet());
        long writtenByRefused = 0;
        long writtenByAccepted = 0;
        for (String service : LocalPlatform.SERVICES) {
            for (var written : stores.byCorrelation(service, refused.keySet()).entrySet()) {
                writtenByRefused += written.getValue().size();
                Outcome o = refused.get(written.getKey());
                failures.add(o.input().describe() + ": answered " + o.answer().status() + " but " + service + " wrote "
                        + written.getValue().size() + " event(s) " + written.getValue().stream().map(EventStores.StoredEvent::eventType).toList());
            }
            long acceptedEvents = stores.countByCorrelation(service, accepted);
            writtenByAccepted += acceptedEvents;
            long growth = eventsAfter.get(service) - eventsBefore.get(service);
            if (growth != acceptedEvents) {
                failures.add(service + ": the event store grew by " + growth + " events, but accepted requests account for " + acceptedEvents);
            }
            long newDeadLetters = deadLettersAfter.get(service) - deadLettersBefore.get(service);
            if (newDeadLetters > 0) {
                failures.add(service + ": " + newDeadLetters + " record(s) went to " + service
                        + ".dead-letters: an accepted input poisoned a read model");
            }
        }
        for (Outcome o : outcomes) {
            for (String defect : o.defects()) {
                failures.add(o.input().describe() + ": " + defect);
            }
        }

        Map<String, Long> byCategory = outcomes.stream().collect(Collectors.groupingBy(o -> o.input().category(), TreeMap::new, Collectors.counting()));
        Map<Integer, Long> byStatus = outcomes.stream().collect(Collectors.groupingBy(o -> o.answer().status(), TreeMap::new, Collectors.counting()));
        long fiveHundreds = outcomes.stream().filter(o -> o.answer().status() >= 500 || o.answer().status() <= 0).count();
        long handledAccepted = outcomes.stream().filter(o -> o.input().expect() == Expect.HANDLED && o.answer().status() < 300).count();
        long slowest = outcomes.stream().mapToLong(o -> o.answer().millis()).max().orElse(0);
        Figures.report("Bad input", """
                | Figure | Value |
                |---|---|
                | endpoints (from the OpenAPI documents) | %d |
                | inputs tried | %d |
                | by kind | %s |
                | answers by status | %s |
                | 5xx or no answer (goal 0) | %d |
                | events written by refused requests (goal 0) | %d |
                | strange but legitimate inputs accepted as data | %d (%d events) |
                | new dead letters (goal 0) | %d |
                | defects found (goal 0) | %d |
                | slowest answer | %d ms |
                | duration | %.1f s |
                """.formatted(endpoints, outcomes.size(), byCategory, byStatus, fiveHundreds, writtenByRefused, handledAccepted,
                writtenByAccepted, deadLettersAfter.values().stream().mapToLong(Long::longValue).sum()
                        - deadLettersBefore.values().stream().mapToLong(Long::longValue).sum(),
                failures.size(), slowest, seconds));

        Collections.sort(failures);
        assertThat(failures).as("defects (%d) of %d hostile inputs", failures.size(), outcomes.size()).isEmpty();
    }

    private Outcome send(Case c) {
        UUID correlation = UUID.randomUUID();
        Map<String, String> headers = new LinkedHashMap<>(c.headers());
        headers.put("X-Correlation-Id", correlation.toString());
        headers.put("Authorization", "Bearer " + platform.tokens().of(principalFor(c.endpoint())));
        // The HTTP codec closes the connection after refusing a request line or headers: a client of
        // its own, so that no other case is sent on the closed connection.
        RawHttp client = c.expect() == Expect.TRANSPORT ? new RawHttp(Duration.ofSeconds(30)) : http;
        RawHttp.Answer answer = client.send(c.method(), platform.url(c.endpoint().service()) + c.target(), headers, c.body());
        return new Outcome(c, correlation, answer, defects(c, answer));
    }

    private static List<String> defects(Case c, RawHttp.Answer answer) {
        List<String> defects = new ArrayList<>();
        int status = answer.status();
        if (status == -1) {
            return defects; // the client library itself refuses to send it (e.g. a header it considers invalid)
        }
        if (status == 0) {
            defects.add(answer.failure());
            return defects;
        }
        if (c.expect() == Expect.TRANSPORT) {
            if (status != c.status()) {
                defects.add("answered " + status + " instead of " + c.status());
            }
            return defects;
        }
        if (status >= 500) {
            defects.add("answered " + status + ": " + abbreviate(answer.body()));
        }
        if (c.expect() == Expect.REFUSED && status < 400) {
            defects.add("accepted (" + status + ") an input that must be refused");
        }
        if (c.status() != 0 && status != c.status() && status < 500) {
            defects.add("answered " + status + " instead of " + c.status() + ": " + abbreviate(answer.body()));
        }
        if (status >= 400 && c.problem() != null && !c.problem().equals(Problems.code(answer.body()))) {
            defects.add("answered '" + Problems.code(answer.body()) + "' instead of '" + c.problem() + "': " + abbreviate(answer.body()));
        }
        if (status >= 400 && c.field() != null && !namesField(json(answer.body()), c.field())) {
            defects.add("the problem does not name the field '" + c.field() + "': " + abbreviate(answer.body()));
        }
        if (status >= 400) {
            for (String defect : Problems.defects(status, answer.contentType(), answer.body())) {
                defects.add(status + " " + defect + (answer.body().isBlank() ? "" : ": " + abbreviate(answer.body())));
            }
        } else if (c.expect() == Expect.HANDLED && c.category().equals("query")) {
            // An item that holds the very value filtered on is the filter applied, not widened: the
            // suite itself stores strange but legitimate free text (a mentor affiliated to
            // "<script>...") that a later filter with that value rightly finds.
            String value = queryValue(c.target());
            int unrelated = 0;
            for (JsonNode item : json(answer.body()).path("items")) {
                if (value == null || !holdsText(item, value)) {
                    unrelated++;
                }
            }
            if (unrelated > 0) {
                defects.add("a strange filter value listed " + unrelated + " item(s) without that value: the filter was widened, not applied");
            }
        }
        return defects;
    }

    /** The decoded value of the one query parameter of a case's target. */
    private static String queryValue(String target) {
        int q = target.indexOf('?');
        int eq = target.indexOf('=', q);
        if (q < 0 || eq < 0) {
            return null;
        }
        try {
            return URLDecoder.decode(target.substring(eq + 1), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException undecodable) {
            return null;
        }
    }

    private static boolean namesField(JsonNode problem, String field) {
        for (JsonNode error : problem.path("errors")) {
            if (field.equals(error.path("field").asText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsText(JsonNode node, String text) {
        if (node.isTextual()) {
            return node.asText().equals(text);
        }
        for (JsonNode child : node) {
            if (holdsText(child, text)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode json(String body) {
        try {
            return HostileInputs.JSON.readTree(body);
        } catch (Exception e) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
    }

    private static String abbreviate(String body) {
        String oneLine = body == null ? "" : body.replaceAll("\\s+", " ");
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "..." : oneLine;
    }

    /** A token the endpoint accepts: an operator where operators may call it, else the first role it names. */
    static Tokens.Principal principalFor(Endpoint endpoint) {
        List<String> roles = endpoint.roles();
        if (roles.isEmpty() || roles.contains("operator")) {
            return Tokens.OPERATOR;
        }
        return switch (roles.get(0)) {
            case "partner" -> Tokens.UNIVERSITY_A;
            case "reviewer" -> Tokens.REVIEWER;
            case "evaluator" -> Tokens.EVALUATOR;
            case "analyst" -> Tokens.ANALYST;
            default -> Tokens.OPERATOR;
        };
    }

    private static Map<String, Long> counts(java.util.function.Function<String, Long> count) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String service : LocalPlatform.SERVICES) {
            counts.put(service, count.apply(service));
        }
        return counts;
    }
}
