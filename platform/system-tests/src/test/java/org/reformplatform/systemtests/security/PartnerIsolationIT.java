package org.reformplatform.systemtests.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reformplatform.systemtests.LocalPlatform;
import org.reformplatform.systemtests.RunningPlatform;
import org.reformplatform.systemtests.Tokens;
import org.reformplatform.systemtests.faults.EventStores;
import org.reformplatform.systemtests.faults.Problems;
import org.reformplatform.systemtests.faults.Quiescence;
import org.reformplatform.systemtests.faults.RawHttp;
import org.reformplatform.systemtests.reliability.Figures;
import org.reformplatform.systemtests.reliability.HostileInputs;
import org.reformplatform.systemtests.reliability.OpenApiDocument;
import org.reformplatform.systemtests.reliability.OpenApiDocument.Endpoint;
import org.reformplatform.systemtests.security.AccessTable.PartnerScope;
import org.reformplatform.systemtests.security.AccessTable.Rule;

/**
 * Partners never read or change another organisation's data. With {@link PartnerFixtures} of
 * {@code university-a} in every service, the other partner ({@code enterprise-b}, a valid token of
 * another organisation) calls every endpoint {@link AccessTable} lets partners call:
 * <ul>
 * <li>with university-a's ids in the path: a read is 404 (as for an id that does not exist), a
 * command is refused and writes nothing; university-a itself reads the same ids (2xx), so the
 * ids are real;</li>
 * <li>lists, with no filter and with filters naming university-a's organisation, holder,
 * researcher or intake event: none of university-a's items;</li>
 * <li>creating requests naming university-a in the body: refused;</li>
 * <li>no answer to enterprise-b contains any of university-a's private ids.</li>
 * </ul>
 * Every OWN endpoint with path parameters must have a fixture, so a new one cannot slip through.
 * Partners have no access to the topics at all, so the event-export tool is not open to them: the
 * Kafka users in deploy/kubernetes are the services, analysts and operators only.
 */
@ExtendWith(RunningPlatform.class)
@Order(40)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerIsolationIT {

    private static final Pattern UUIDS = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalPlatform platform = RunningPlatform.platform();
    private final EventStores stores = new EventStores(platform::jdbcUrl);
    private final RawHttp http = new RawHttp(Duration.ofSeconds(30));
    private final Map<String, Endpoint> documented = new LinkedHashMap<>();
    private PartnerFixtures fixtures;

    @BeforeAll
    void createUniversityAsData() {
        for (String service : LocalPlatform.SERVICES) {
            for (Endpoint endpoint : OpenApiDocument.of(service, platform.url(service)).endpoints()) {
                documented.put(service + " " + endpoint.key(), endpoint);
            }
        }
        fixtures = new PartnerFixtures(platform.api(), platform.tokens()).create();
        new Quiescence(platform.api(), stores, LocalPlatform.SERVICES).await(Duration.ofMinutes(3));
    }

    private record Call(String label, RawHttp.Answer answer, UUID correlation) {
    }

    @Test
    void another_organisation_reads_and_changes_nothing_of_university_a() {
        List<String> failures = new ArrayList<>();
        List<UUID> commandsOfB = new ArrayList<>();
        int cases = 0;
        int confirmedByOwner = 0;
        Map<String, Set<String>> listedToOwner = new LinkedHashMap<>();
        for (Rule rule : AccessTable.RULES) {
            Endpoint endpoint = documented.get(rule.service() + " " + rule.endpoint());
            if (rule.scope() == PartnerScope.NONE || endpoint == null) {
                continue;
            }
            boolean hasPathIds = !endpoint.in("path").isEmpty();
            if (hasPathIds) {
                Map<String, String> values = fixtures.params(rule.service(), rule.path());
                String path = OpenApiDocument.fillPath(rule.path(), values);
                if (path.contains("{")) {
                    if (rule.scope() == PartnerScope.OWN) {
                        failures.add(rule.service() + " " + rule.endpoint() + ": no university-a fixture reaches it (PartnerFixtures)");
                    }
                    continue;
                }
                // enterprise-b with university-a's ids must learn nothing: the very answer it gets
                // for ids that do not exist (same status, same body but for the ids it sent).
                String unknownPath = OpenApiDocument.fillPath(rule.path(), randomised(values));
                byte[] body = rule.method().equals("GET") ? null : sampleBody(endpoint, Map.of());
                Call other = call(rule, path, Tokens.ENTERPRISE_B, body);
                Call unknown = call(rule, unknownPath, Tokens.ENTERPRISE_B, body);
                cases += 2;
                if (!rule.method().equals("GET")) {
                    commandsOfB.add(other.correlation());
                }
                int status = other.answer().status();
                if (status >= 500 || status == 0 || !rule.method().equals("GET") && status / 100 == 2) {
                    failures.add(other.label() + ": answered " + status + ": " + abbreviate(other.answer().body()));
                } else if (rule.scope() == PartnerScope.OWN && (status != unknown.answer().status()
                        || !normalised(other.answer().body()).equals(normalised(unknown.answer().body())))) {
                    failures.add(other.label() + ": answered " + status + " " + abbreviate(other.answer().body())
                            + ", but for ids that do not exist " + unknown.answer().status() + " " + abbreviate(unknown.answer().body())
                            + ": the answer tells that university-a's ids exist");
                }
                leaks(other, path, failures);
                if (rule.method().equals("GET")) {
                    cases++;
                    Call owner = call(rule, path, Tokens.UNIVERSITY_A, null);
                    if (owner.answer().status() / 100 == 2) {
                        confirmedByOwner++;
                    } else if (rule.scope() == PartnerScope.OWN) {
                        failures.add(owner.label() + ": university-a cannot read its own data (" + owner.answer().status() + " "
                                + abbreviate(owner.answer().body()) + "), so the check proves nothing");
                    }
                }
            } else if (rule.method().equals("GET")) {
                // Lists: unfiltered, and with every filter it has set to university-a's values.
                List<String> queries = new ArrayList<>(List.of(""));
                for (OpenApiDocument.Parameter p : endpoint.in("query")) {
                    String value = fixtures.filters.get(p.name());
                    if (value != null) {
                        queries.add("?" + p.name() + "=" + value);
                    }
                }
                for (String query : queries) {
                    cases += 2;
                    Call own = call(rule, rule.path() + query, Tokens.UNIVERSITY_A, null);
                    Matcher seen = UUIDS.matcher(own.answer().body() == null ? "" : own.answer().body());
                    while (seen.find()) {
                        if (fixtures.privateIds().contains(seen.group())) {
                            listedToOwner.computeIfAbsent(rule.service(), k -> new TreeSet<>()).add(seen.group());
                        }
                    }
                    Call other = call(rule, rule.path() + query, Tokens.ENTERPRISE_B, null);
                    if (other.answer().status() >= 500 || other.answer().status() == 0) {
                        failures.add(other.label() + ": answered " + other.answer().status());
                    }
                    leaks(other, "", failures);
                }
            } else if (rule.scope() == PartnerScope.OWN) {
                // Creating requests: a partner acts for its own organisation and cannot name another.
                Map<String, Object> naming = new LinkedHashMap<>();
                JsonNode properties = endpoint.body() == null ? null : endpoint.body().path("properties");
                for (String field : List.of("organisation", "institution")) {
                    if (properties != null && properties.has(field)) {
                        naming.put(field, PartnerFixtures.ORG);
                    }
                }
                if (!naming.isEmpty()) {
                    cases++;
                    Call other = call(rule, rule.path(), Tokens.ENTERPRISE_B, sampleBody(endpoint, naming));
                    commandsOfB.add(other.correlation());
                    if (other.answer().status() / 100 == 2 || other.answer().status() >= 500) {
                        failures.add(other.label() + " naming " + naming + ": answered " + other.answer().status() + ": "
                                + abbreviate(other.answer().body()));
                    }
                }
            }
        }
        // The lists are worth checking only if they do show university-a its own data.
        for (String service : LocalPlatform.SERVICES) {
            if (!listedToOwner.containsKey(service)) {
                failures.add(service + ": no list showed university-a any of its own items, so the lists prove nothing");
            }
        }
        long written = 0;
        for (String service : LocalPlatform.SERVICES) {
            written += stores.countByCorrelation(service, commandsOfB);
        }
        if (written > 0) {
            failures.add("enterprise-b's refused commands wrote " + written + " event(s)");
        }
        Collections.sort(failures);
        Figures.report("Security: partner isolation", """
                | Figure | Value |
                |---|---|
                | university-a's private ids (fixtures in all five services) | %d |
                | calls of enterprise-b and university-a | %d |
                | of them university-a reading its own data (2xx) | %d |
                | university-a's items its own lists showed it, by service | %s |
                | events written by enterprise-b's refused commands (goal 0) | %d |
                | unexpected answers (goal 0) | %d |
                """.formatted(fixtures.privateIds().size(), cases, confirmedByOwner,
                listedToOwner.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().size()).toList(), written, failures.size()));
        assertThat(failures).as("partner isolation").isEmpty();
    }

    /**
     * The event-export tool and Kafka's own consumers need broker credentials: the Kafka users of
     * deploy/kubernetes are the five services, the analysts and the operators; no partner has one.
     */
    @Test
    void partners_have_no_kafka_user_so_no_export_of_the_topics() throws IOException {
        Path users = Path.of(System.getProperty("platform.root", "../..")).resolve("deploy/kubernetes/base/kafka/users.yaml");
        Set<String> names = new TreeSet<>();
        Matcher matcher = Pattern.compile("(?m)^kind: KafkaUser\\s*\\nmetadata:\\s*\\n\\s+name: (\\S+)").matcher(Files.readString(users));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        assertThat(names).containsExactlyInAnyOrder("admissions-service", "qualification-service", "mobility-service", "incubation-service",
                "evaluation-service", "analysts", "platform-operators");
    }

    private Call call(Rule rule, String path, Tokens.Principal principal, byte[] body) {
        UUID correlation = UUID.randomUUID();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + platform.tokens().of(principal));
        headers.put("X-Correlation-Id", correlation.toString());
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        RawHttp.Answer answer = http.send(rule.method(), platform.url(rule.service()) + path, headers, body);
        String who = principal == Tokens.UNIVERSITY_A ? "university-a" : "enterprise-b";
        return new Call(rule.service() + " " + rule.method() + " " + path + " as " + who, answer, correlation);
    }

    /** An answer to enterprise-b must not contain university-a's ids, but those it sent itself in the path. */
    private void leaks(Call call, String sentPath, List<String> failures) {
        String body = call.answer().body() == null ? "" : call.answer().body();
        Matcher ids = UUIDS.matcher(body);
        Set<String> leaked = new TreeSet<>();
        while (ids.find()) {
            if (fixtures.privateIds().contains(ids.group()) && !sentPath.contains(ids.group())) {
                leaked.add(ids.group());
            }
        }
        if (!leaked.isEmpty()) {
            failures.add(call.label() + ": the answer contains university-a's ids " + leaked);
        }
        if (call.answer().status() >= 400 && !Problems.defects(call.answer().status(), call.answer().contentType(), body).isEmpty()) {
            failures.add(call.label() + ": " + Problems.defects(call.answer().status(), call.answer().contentType(), body));
        }
    }

    private static byte[] sampleBody(Endpoint endpoint, Map<String, Object> overrides) {
        if (endpoint.body() == null) {
            return "{}".getBytes();
        }
        try {
            JsonNode sample = HostileInputs.sampleOf(endpoint.body());
            if (sample instanceof ObjectNode object) {
                overrides.forEach((k, v) -> object.put(k, String.valueOf(v)));
            }
            return JSON.writeValueAsBytes(sample);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same path values with university-a's private ids replaced by fresh ones that name nothing (shared ids stay). */
    private Map<String, String> randomised(Map<String, String> values) {
        Map<String, String> fresh = new LinkedHashMap<>();
        values.forEach((k, v) -> fresh.put(k, fixtures.privateIds().contains(v) ? UUID.randomUUID().toString() : v));
        return fresh;
    }

    /** An answer with its ids blanked out, to compare two answers that differ only in the ids asked for. */
    private static String normalised(String body) {
        return body == null ? "" : UUIDS.matcher(body).replaceAll("<id>");
    }

    private static String abbreviate(String body) {
        String oneLine = body == null ? "" : body.replaceAll("\\s+", " ");
        return oneLine.length() > 240 ? oneLine.substring(0, 240) + "..." : oneLine;
    }
}
