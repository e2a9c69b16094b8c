package org.reformplatform.admissions.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.reformplatform.admissions.intake.ScoreBasis;
import org.reformplatform.eventsourcing.simulation.SimulationReport;

/**
 * How fast the admissions replay is (docs/benchmarks.md, "Policy laboratory"): generated intake
 * events ({@link GeneratedIntakes}) with {@code simulation.events} recorded events in all (default
 * 200,000), replayed through the whole report under a stricter policy on raw totals and under one
 * that turns calibration on (offsets estimated review by review). Measures and prints; asserts only
 * that the report covers every application and that the policies change something.
 */
class SimulationSpeedTest {

    @Test
    void replaying_generated_intake_events_under_two_policies() {
        long target = Long.getLong("simulation.events", 200_000);
        Random random = new Random(42);
        List<IntakeReplay.Recorded> history = new ArrayList<>();
        while (history.size() < target) {
            history.addAll(GeneratedIntakes.generate(random).log);
        }
        long applications = history.stream().filter(r -> r.event() instanceof org.reformplatform.admissions.application.ApplicationEvent.ApplicationSubmitted)
                .count();
        measure("stricter (bar 75, spread 20)", history, applications, new PolicyTried(new BigDecimal("75"), new BigDecimal("20"), ScoreBasis.RAW, null));
        measure("calibration on, 3 reviews", history, applications, new PolicyTried(null, null, ScoreBasis.CALIBRATED, 3));
    }

    private static void measure(String name, List<IntakeReplay.Recorded> history, long applications, PolicyTried policy) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        SimulationReport report = AdmissionsReport.of(IntakeReplay.replay(history, policy, RecordingIntake.SETTINGS), r -> true,
                ZoneId.of("Asia/Shanghai"), history.size());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Duration cpu = Duration.ofNanos(threads.getCurrentThreadCpuTime() - cpuStarted);
        // Wall time on a shared machine counts other builds' turns; the thread's CPU time is the replay's own cost.
        System.out.printf("ADMISSIONS SIMULATION SPEED (%s): %d events, %d applications, %d changed, in %d ms (CPU %d ms): %.0f events/s "
                + "(%.0f per CPU second)%n", name, history.size(), applications, report.differences(), took.toMillis(), cpu.toMillis(),
                history.size() / Math.max(took.toNanos() / 1e9, 1e-9), history.size() / Math.max(cpu.toNanos() / 1e9, 1e-9));
        assertThat(report.rows()).isEqualTo(applications);
        assertThat(report.differences()).as("the policy changes some outcomes").isPositive();
    }
}
