package org.reformplatform.systemtests.scenario;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.reformplatform.systemtests.Api;
import org.reformplatform.systemtests.Tokens;

/**
 * The report scenario: the commands a year of the programme would produce, sent through the
 * services' public APIs with real tokens, then the report's figures read back from the read models.
 *
 * <pre>
 * java -cp platform/system-tests/target/system-tests.jar:... org.reformplatform.systemtests.scenario.ReportScenario \
 *      [--data-dir .local] [--label year-2026] [--no-flows]
 * </pre>
 *
 * Endpoints come from the ready marker that deploy/local/run.sh writes ({@code DIR/run/ready}), or
 * from the environment ({@code ADMISSIONS_URL} ... {@code EVALUATION_URL}, {@code KEYCLOAK_URL},
 * {@code KAFKA_BOOTSTRAP}). Exit code 0 when every figure is there, 1 when one is missing or a flow failed.
 */
public final class ReportScenario {

    /** What a run found: the figures table and how long each part took. */
    public record Result(String label, Figures figures, Map<String, Duration> timings) {
    }

    private ReportScenario() {
    }

    /** Sends the year under {@code label} and checks its figures; never throws for a missing figure (the table says it). */
    public static Result run(Api api, String label, PrintStream out) {
        ProgrammeYear year = new ProgrammeYear(label, api, Instant.now());
        Figures figures = new Figures();
        Map<String, Duration> timings = new LinkedHashMap<>();
        out.println("report scenario: year " + label);
        // Fail early, with a clear message, if Keycloak or the realm is not what the scenario needs.
        api.tokens().of(Tokens.OPERATOR);
        // A label names one year: its figures are read back as its own slice, so a second year needs a new label.
        long mentors = api.as(Tokens.OPERATOR).get("admissions", "/v1/mentors?affiliation=" + ProgrammeYear.query(label) + "&size=1")
                .expect(200)
                .path("totalItems").asLong();
        if (mentors > 0) {
            throw new IllegalStateException("the year " + label + " was sent to this platform already (" + mentors
                    + " of its mentors are registered): run again without --label, or with a new one");
        }

        ReferenceData reference = new ReferenceData(year);
        AdmissionsYear admissions = new AdmissionsYear(year);
        MobilityYear mobility = new MobilityYear(year);
        timed(timings, out, "send: reference data (qualification, incubation, evaluation, admissions loaders)", reference::send);
        timed(timings, out, "send: admissions year (mentors, intake events, applications, reviews, committee, mentor teams)",
                admissions::send);
        timed(timings, out, "send: mobility year (posts, arrangements in four forms, deferral, results reviews)", mobility::send);
        timed(timings, out, "read back: reference figures", () -> reference.check(figures));
        timed(timings, out, "read back: admissions figures", () -> admissions.check(figures));
        timed(timings, out, "read back: mobility figures", () -> mobility.check(figures));
        return new Result(label, figures, timings);
    }

    static void timed(Map<String, Duration> timings, PrintStream out, String step, Runnable action) {
        long started = System.nanoTime();
        action.run();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        timings.put(step, took);
        out.printf("  %-100s %6.1f s%n", step, took.toMillis() / 1000.0);
    }

    public static void main(String[] args) {
        ScenarioOptions options;
        Result result;
        long started = System.nanoTime();
        try {
            options = ScenarioOptions.parse(args);
            result = run(options.api(), options.label(), System.out);
        } catch (IllegalStateException | IllegalArgumentException e) {
            System.err.println("report scenario: " + e.getMessage());
            System.exit(2);
            return;
        }
        Api api = options.api();
        System.out.println();
        result.figures().print(System.out);
        boolean ok = result.figures().missing().isEmpty();
        if (options.flows()) {
            System.out.println();
            CrossServiceFlows.Outcome flows = new CrossServiceFlows(api, options.kafkaBootstrap(), options.label()).runAll(System.out);
            ok &= flows.failures().isEmpty();
        }
        System.out.printf("%nreport scenario %s in %.1f s%n", ok ? "PASSED" : "FAILED", (System.nanoTime() - started) / 1e9);
        System.exit(ok ? 0 : 1);
    }
}
