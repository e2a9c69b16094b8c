package org.reformplatform.systemtests.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reformplatform.systemtests.Api;
import org.reformplatform.systemtests.LocalPlatform;
import org.reformplatform.systemtests.RunningPlatform;
import org.reformplatform.systemtests.Tokens;
import org.reformplatform.systemtests.faults.EventStores;
import org.reformplatform.systemtests.faults.Quiescence;

/**
 * The report's figures from the streams alone: after the report scenario (and its second year), the
 * analysts' tutorial (docs/analysts.md) is followed on the platform's topics — the export tool writes
 * every topic to Parquet, DuckDB runs docs/analysts/queries/*.sql on the files — and every figure must
 * equal what the services' read models answer. The queries know nothing of the services' code: an
 * independent check of every projection the report reads, and of the export's types (exact decimals).
 */
@ExtendWith(RunningPlatform.class)
@Order(11)
class StreamFiguresIT {

    static final ObjectMapper JSON = new ObjectMapper();
    final LocalPlatform platform = RunningPlatform.platform();
    final Path root = Path.of(System.getProperty("platform.root", "../..")).toAbsolutePath().normalize();

    @Test
    void every_report_figure_computed_from_the_parquet_export_equals_the_read_models_answer() throws Exception {
        new Quiescence(platform.api(), new EventStores(platform::jdbcUrl), LocalPlatform.SERVICES).await(Duration.ofMinutes(3));
        // kept after the run (target/stream-figures/export) to open in DuckDB when a figure differs
        Path export = root.resolve("platform/system-tests/target/stream-figures/export");
        deleteTree(export);
        long started = System.nanoTime();
        exportEverything(export);
        System.out.printf("stream figures: exported every topic to Parquet in %.1f s%n", (System.nanoTime() - started) / 1e9);
        // the tutorial's second step: a later run adds what is new (here nothing) and leaves the figures as they were
        exportEverything(export);
        assertThat(Files.readString(export.resolve("_offsets.json"))).contains("\"runs\" : 2");

        Figures figures = new Figures();
        try (StreamQueries streams = new StreamQueries(export, root.resolve("docs/analysts/queries"),
                Map.of("centre", ReferenceData.CENTRE, "affiliation", "report-year"))) {
            // one part failing (a query DuckDB refuses) is reported in the table, and the other parts still run
            part("qualification", figures, () -> recognitionList(streams, figures));
            part("incubation", figures, () -> portfolio(streams, figures));
            part("evaluation", figures, () -> pilot(streams, figures));
            part("admissions", figures, () -> admissions(streams, figures));
            part("mobility", figures, () -> mobility(streams, figures));
            part("admissions", figures, () -> chart(streams, figures));
            part("all", figures, () -> figures.add("all", "records whose ce_dataschema is not their schema's $id", 0L,
                    number(only(streams.sql("SELECT count(*) AS n FROM read_parquet('*/*.parquet', union_by_name = true) "
                            + "WHERE ce_dataschema IS DISTINCT FROM 'https://reform-platform.org/events/' || regexp_replace(ce_type, '[.]', '/') || '.schema.json' "
                            + "AND ce_type IS NOT NULL")).get("n"))));
        }
        System.out.println("figure: from the read models (expected) and from the Parquet export (read back)");
        figures.print(System.out);
        assertThat(figures.all()).as("qualification 5, incubation 8, evaluation 3 a pilot, admissions 7, mobility 4, envelope 1").hasSizeGreaterThanOrEqualTo(28);
        assertThat(figures.missing()).as("figures the streams computed differently from the read models").isEmpty();
    }

    /** docs/analysts.md, step 1: {@code java -jar platform/event-export/target/event-export.jar --all --format parquet --output export}. */
    private void exportEverything(Path export) throws IOException, InterruptedException {
        Path jar = root.resolve("platform/event-export/target/event-export.jar");
        assertThat(jar).as("the export tool, packaged before the system tests").exists();
        Path log = Files.createTempFile("event-export", ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "--bootstrap", platform.kafkaBootstrap(), "--all", "--format", "parquet", "--output", export.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the export ends by itself").isTrue();
        String output = Files.readString(log);
        System.out.println(output.lines().filter(l -> !l.startsWith("\r")).reduce("", (a, b) -> a + b + "\n").strip());
        assertThat(process.exitValue()).as("event-export's exit status; it said:\n" + output).isZero();
        assertThat(output).doesNotContain("does not fit its schema");
    }

    private void recognitionList(StreamQueries streams, Figures figures) {
        JsonNode inForce = analyst().get("qualification", "/v1/recognition-list-versions/in-force").expect(200).json();
        Map<String, Object> row = only(streams.run("recognition-list-in-force"));
        String p = "qualification";
        figures.add(p, "list version in force", inForce.path("version").asText(), String.valueOf(row.get("version")));
        figures.add(p, "recognised qualifications (139)", inForce.path("counts").path("recognised").asLong(), number(row.get("recognised")));
        figures.add(p, "urgently needed (24)", inForce.path("counts").path("urgentlyNeeded").asLong(), number(row.get("urgently_needed")));
        figures.add(p, "title equivalence (41)", inForce.path("counts").path("titleEquivalence").asLong(), number(row.get("title_equivalence")));
        figures.add(p, "mutual recognition (12)", inForce.path("counts").path("mutualRecognition").asLong(), number(row.get("mutual_recognition")));
    }

    private void portfolio(StreamQueries streams, Figures figures) {
        JsonNode portfolio = analyst().get("incubation", "/v1/portfolio?centre=" + ReferenceData.CENTRE).expect(200).json();
        String p = "incubation";
        Map<String, Long> partners = new TreeMap<>();
        portfolio.path("partners").path("byKind").forEach(k -> {
            if (k.path("partners").asLong() > 0) {
                partners.put(k.path("kind").asText(), k.path("partners").asLong());
            }
        });
        figures.add(p, "partners by kind", partners, counts(streams.run("partners-by-kind"), "kind", "partners"));
        figures.add(p, "donations and sponsorship per currency (exact)", money(portfolio.path("donations").path("total")),
                sums(streams.run("donations")));
        figures.add(p, "ventures incubated", portfolio.path("ventures").path("total").asLong(), number(only(streams.run("ventures")).get("ventures")));
        List<Map<String, Object>> capital = streams.run("capital");
        figures.add(p, "funding rounds", portfolio.path("capital").path("rounds").asLong(),
                capital.stream().mapToLong(r -> number(r.get("rounds"))).sum());
        figures.add(p, "capital raised per currency (exact)", money(portfolio.path("capital").path("total")), sums(capital));

        JsonNode education = portfolio.path("industryEducation");
        Map<String, Long> platforms = new TreeMap<>();
        education.path("platforms").forEach(k -> {
            for (String status : new String[] {"proposed", "recognised", "active", "closed"}) {
                if (k.path(status).asLong() > 0) {
                    platforms.put(k.path("kind").asText() + " " + status.toUpperCase(), k.path(status).asLong());
                }
            }
        });
        List<Map<String, Object>> byKind = streams.run("industry-education");
        Map<String, Long> fromStreams = new TreeMap<>();
        byKind.forEach(r -> fromStreams.put(r.get("kind") + " " + r.get("status"), number(r.get("platforms"))));
        figures.add(p, "industry-education platforms by kind and status (5 / 2 / 2 / 1)", platforms, fromStreams);
        figures.add(p, "pilots' reform plans published (5)", education.path("publishedReformPlans").asLong(),
                byKind.stream().mapToLong(r -> number(r.get("published_plans"))).sum());
        Map<String, Long> open = new TreeMap<>();
        education.path("facilities").forEach(k -> {
            if (k.path("facilities").asLong() > 0) {
                open.put(k.path("kind").asText(), k.path("open").asLong());
            }
        });
        figures.add(p, "co-built facilities open by kind (6 laboratories, 6 training bases)", open,
                counts(streams.run("facilities"), "kind", "open"));
    }

    private void pilot(StreamQueries streams, Figures figures) {
        List<Map<String, Object>> pilots = streams.run("pilot-figures");
        assertThat(pilots).as("pilots launched, on the streams").isNotEmpty();
        for (Map<String, Object> row : pilots) {
            JsonNode pilot = analyst().get("evaluation", "/v1/pilots/" + row.get("pilotId") + "/figures").expect(200).json();
            figures.add("evaluation", "pilot institutions (6)", pilot.path("institutions").asLong(), number(row.get("institutions")));
            figures.add("evaluation", "institutional measures (76)", pilot.path("measures").asLong(), number(row.get("measures")));
            figures.add("evaluation", "researchers reached (329)", pilot.path("researchersReached").asLong(), number(row.get("researchers_reached")));
        }
    }

    private void admissions(StreamQueries streams, Figures figures) {
        Api.Caller operator = platform.api().as(Tokens.OPERATOR);
        String p = "admissions";
        JsonNode load = operator.get("admissions", "/v1/mentor-load?affiliation=report-year").expect(200).json();
        Map<String, Long> mentors = new TreeMap<>();
        Map<String, Long> mentees = new TreeMap<>();
        load.path("kinds").forEach(k -> {
            if (k.path("mentors").asLong() > 0) {
                mentors.put(k.path("kind").asText(), k.path("mentors").asLong());
                mentees.put(k.path("kind").asText(), k.path("students").asLong());
            }
        });
        List<Map<String, Object>> byKind = streams.run("mentors-by-kind");
        figures.add(p, "mentors by kind (81 / 132 / 124)", mentors, counts(byKind, "kind", "mentors"));
        figures.add(p, "students mentored by kind", mentees, counts(byKind, "kind", "students"));

        Map<String, Map<String, Long>> statuses = new TreeMap<>();
        for (JsonNode event : Lists.all(operator, "admissions", "/v1/intake-events?status=all")) {
            String id = event.path("id").asText();
            for (JsonNode application : Lists.all(operator, "admissions", "/v1/applications?intakeEventId=" + id)) {
                statuses.computeIfAbsent(id, e -> new TreeMap<>()).merge(application.path("status").asText().toUpperCase(), 1L, Long::sum);
            }
        }
        Map<String, Map<String, Long>> fromStreams = new TreeMap<>();
        for (Map<String, Object> row : streams.run("applications-by-status")) {
            fromStreams.computeIfAbsent(String.valueOf(row.get("intakeEventId")), e -> new TreeMap<>())
                    .put(String.valueOf(row.get("status")), number(row.get("applications")));
        }
        figures.add(p, "applications by status, every intake event (" + statuses.size() + ")", statuses, fromStreams);

        Map<String, Long> admitted = new TreeMap<>();
        for (JsonNode row : Lists.all(operator, "admissions", "/v1/admission-statistics/by-intake-event")) {
            if (row.path("admitted").asLong() > 0) {
                admitted.put(row.path("intakeEventId").asText(), row.path("admitted").asLong());
            }
        }
        figures.add(p, "admitted per intake event (" + admitted.size() + ")", admitted,
                counts(streams.run("admitted-per-intake-event"), "intakeEventId", "admitted"));

        Map<String, Long> docket = new TreeMap<>();
        for (JsonNode row : Lists.all(operator, "admissions", "/v1/special-reviews?status=all")) {
            docket.merge(row.path("status").asText().toUpperCase(), 1L, Long::sum);
        }
        figures.add(p, "non-consensus cases on the committee's docket by status", docket, counts(streams.run("committee-docket"), "status", "cases"));

        Map<String, Long> months = new TreeMap<>();
        for (JsonNode row : Lists.all(operator, "admissions", "/v1/admission-statistics/by-month")) {
            if (row.path("admitted").asLong() > 0) {
                months.put(row.path("month").asText(), row.path("admitted").asLong());
            }
        }
        figures.add(p, "admitted per month (UTC)", months, counts(streams.run("admitted-by-month"), "month", "admitted"));
    }

    private void mobility(StreamQueries streams, Figures figures) {
        Map<String, Long> forms = new TreeMap<>();
        Map<String, Long> statuses = new TreeMap<>();
        Map<String, Long> outcomes = new TreeMap<>();
        for (JsonNode row : Lists.all(analyst(), "mobility", "/v1/arrangements")) {
            forms.merge(row.path("form").asText(), 1L, Long::sum);
            statuses.merge(row.path("status").asText().toUpperCase(), 1L, Long::sum);
            if (row.path("reviewOutcome").isTextual()) {
                outcomes.merge(row.path("reviewOutcome").asText(), 1L, Long::sum);
            }
        }
        figures.add("mobility", "arrangements by form", forms, counts(streams.run("arrangements-by-form"), "form", "arrangements"));
        Map<String, Long> statusFromStreams = new TreeMap<>();
        Map<String, Long> outcomeFromStreams = new TreeMap<>();
        for (Map<String, Object> row : streams.run("arrangements-by-status")) {
            statusFromStreams.merge(String.valueOf(row.get("status")), number(row.get("arrangements")), Long::sum);
            if (row.get("review_outcome") != null) {
                outcomeFromStreams.merge(String.valueOf(row.get("review_outcome")), number(row.get("arrangements")), Long::sum);
            }
        }
        figures.add("mobility", "arrangements by status", statuses, statusFromStreams);
        figures.add("mobility", "arrangements reviewed on results, by outcome", outcomes, outcomeFromStreams);

        Map<String, String> posts = new TreeMap<>();
        Map<String, long[]> byKind = new TreeMap<>();
        for (JsonNode row : Lists.all(analyst(), "mobility", "/v1/posts?institution=" + Arrangements.INSTITUTION)) {
            byKind.computeIfAbsent(row.path("kind").asText(), k -> new long[2])[row.path("status").asText().equals("filled") ? 0 : 1]++;
        }
        byKind.forEach((kind, c) -> posts.put(kind, c[0] + " filled/" + c[1] + " vacant"));
        Map<String, String> fromStreams = new TreeMap<>();
        for (Map<String, Object> row : streams.run("special-posts")) {
            if (Arrangements.INSTITUTION.equals(row.get("institution"))) {
                fromStreams.put(String.valueOf(row.get("kind")), number(row.get("filled")) + " filled/" + number(row.get("vacant")) + " vacant");
            }
        }
        figures.add("mobility", "special posts by kind at " + Arrangements.INSTITUTION, posts, fromStreams);
    }

    /** docs/analysts.md, the chart: a Vega-Lite specification whose bars are the mentors by kind. */
    private void chart(StreamQueries streams, Figures figures) throws IOException {
        JsonNode spec = JSON.readTree(String.valueOf(only(streams.run("chart-mentors-by-kind")).get("vega_lite")));
        Map<String, Long> bars = new TreeMap<>();
        spec.path("data").path("values").forEach(v -> bars.put(v.path("kind").asText(), v.path("mentors").asLong()));
        JsonNode load = platform.api().as(Tokens.OPERATOR).get("admissions", "/v1/mentor-load?affiliation=report-year").expect(200).json();
        Map<String, Long> mentors = new TreeMap<>();
        load.path("kinds").forEach(k -> {
            if (k.path("mentors").asLong() > 0) {
                mentors.put(k.path("kind").asText(), k.path("mentors").asLong());
            }
        });
        figures.add("admissions", "the tutorial's chart: bars of mentors by kind (" + spec.path("mark").asText() + ")", mentors, bars);
    }

    private interface Part {
        void run() throws Exception;
    }

    private static void part(String programme, Figures figures, Part part) {
        try {
            part.run();
        } catch (Exception | AssertionError e) {
            e.printStackTrace(System.out);
            figures.add(programme, "a part of the check failed", "no failure", e.toString().lines().findFirst().orElse(""), false);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path path : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                    Files.delete(path);
                }
            }
        }
    }

    private Api.Caller analyst() {
        return platform.api().as(Tokens.ANALYST);
    }

    private static Map<String, Object> only(List<Map<String, Object>> rows) {
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Map<String, Long> counts(List<Map<String, Object>> rows, String key, String count) {
        Map<String, Long> counts = new TreeMap<>();
        rows.forEach(r -> counts.put(String.valueOf(r.get(key)), number(r.get(count))));
        return counts;
    }

    /** Per currency, the exact amount without trailing zeros: 500000000.00 and 500000000 are the same money. */
    private static Map<String, String> money(JsonNode totals) {
        Map<String, String> amounts = new TreeMap<>();
        totals.forEach(m -> amounts.put(m.path("currency").asText(), plain(new BigDecimal(m.path("amount").asText()))));
        return amounts;
    }

    private static Map<String, String> sums(List<Map<String, Object>> rows) {
        Map<String, String> amounts = new TreeMap<>();
        rows.forEach(r -> amounts.put(String.valueOf(r.get("currency")), plain((BigDecimal) r.get("total"))));
        return amounts;
    }

    private static String plain(BigDecimal amount) {
        return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
    }
}
