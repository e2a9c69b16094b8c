package org.reformplatform.benchmark;

import java.time.Duration;
import java.util.List;

/**
 * How long and how big each workload runs. {@code full} is the benchmark of record (about an hour
 * and a half on a 2-core machine), {@code quick} a ten-minute look, {@code smoke} a check that every
 * workload still works (seconds of load; the platform's start dominates).
 *
 * @param concurrency      closed-loop clients per level of the throughput sweep
 * @param warmUp           load before the sweep, so that the JIT has compiled the paths measured
 * @param levelWarmUp      unmeasured load at the start of each level
 * @param levelDuration    measured load per level and system
 * @param profileDuration  JFR recording of admissions at the peak level
 * @param endToEndRate     commands per second of the fixed-rate end-to-end workload (the target's rate)
 * @param endToEndDuration how long it runs
 * @param crossServiceSamples recognitions in qualification-service followed into evaluation-service
 * @param rebuildEvents    events in the store for the rebuild of record; also the size of the simulated scope (application events)
 * @param growthLevels     events in the store at which appends, stream loads and rebuilds are measured
 * @param growthAppends    appends timed per growth level (API submissions and raw event rows each)
 * @param growthLoads      cold streams loaded per growth level (API and raw query each)
 * @param restartServices  services restarted to time start-up to ready (the others' time comes from their logs)
 * @param hotSeats         seats already taken in the intake event that submissions are timed against
 * @param rounds           slices per system and level: the systems take turns, so that others' load falls on all alike
 * @param idleDuration     how long the whole platform's CPU is measured with no load at all
 * @param drainEvents      the backlog queued in admissions' outbox at once for the relay to drain
 * @param jitSettleMax     how much longer the warm-up may go on until admissions' and the CRUD baseline's JIT has settled
 */
public record Settings(
        String name,
        List<Integer> concurrency,
        Duration warmUp,
        Duration levelWarmUp,
        Duration levelDuration,
        Duration profileDuration,
        int endToEndRate,
        Duration endToEndDuration,
        int crossServiceSamples,
        long rebuildEvents,
        List<Long> growthLevels,
        int growthAppends,
        int growthLoads,
        List<String> restartServices,
        List<Integer> hotSeats,
        int rounds,
        Duration idleDuration,
        long drainEvents,
        Duration jitSettleMax) {

    static final List<String> ALL_SERVICES = List.of("admissions", "qualification", "mobility", "incubation", "evaluation");

    static Settings full() {
        return new Settings("full", List.of(1, 2, 4, 8, 16), Duration.ofSeconds(60), Duration.ofSeconds(5), Duration.ofSeconds(60),
                Duration.ofSeconds(30), 500, Duration.ofSeconds(60), 100, 1_000_000, List.of(0L, 1_000_000L, 5_000_000L), 500, 500,
                ALL_SERVICES, List.of(0, 1_000, 5_000, 10_000), 6, Duration.ofSeconds(60), 200_000, Duration.ofMinutes(5));
    }

    static Settings quick() {
        return new Settings("quick", List.of(1, 4, 16), Duration.ofSeconds(15), Duration.ofSeconds(2), Duration.ofSeconds(10),
                Duration.ofSeconds(10), 500, Duration.ofSeconds(15), 20, 100_000, List.of(0L, 100_000L, 500_000L), 200, 200,
                ALL_SERVICES, List.of(0, 1_000, 5_000), 2, Duration.ofSeconds(60), 100_000, Duration.ofMinutes(3));
    }

    static Settings smoke() {
        return new Settings("smoke", List.of(1, 2), Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofMillis(1500),
                Duration.ofSeconds(2), 50, Duration.ofSeconds(2), 3, 2_000, List.of(0L, 2_000L, 5_000L), 20, 20,
                List.of("admissions"), List.of(0, 100), 1, Duration.ofSeconds(3), 2_000, Duration.ZERO);
    }

    static Settings named(String name) {
        switch (name) {
            case "full":
                return full();
            case "quick":
                return quick();
            case "smoke":
                return smoke();
            default:
                throw new IllegalArgumentException("unknown mode " + name + " (full, quick, smoke)");
        }
    }

    Settings withConcurrency(List<Integer> levels) {
        return new Settings(name, levels, warmUp, levelWarmUp, levelDuration, profileDuration, endToEndRate, endToEndDuration,
                crossServiceSamples, rebuildEvents, growthLevels, growthAppends, growthLoads, restartServices, hotSeats, rounds, idleDuration, drainEvents, jitSettleMax);
    }

    /** Another size for the rebuild of record and the simulated scope (a level of its own among the growth levels). */
    Settings withRebuildEvents(long events) {
        return new Settings(name, concurrency, warmUp, levelWarmUp, levelDuration, profileDuration, endToEndRate, endToEndDuration,
                crossServiceSamples, events, growthLevels, growthAppends, growthLoads, restartServices, hotSeats, rounds, idleDuration, drainEvents, jitSettleMax);
    }

    Settings withLevelDuration(Duration duration) {
        return new Settings(name, concurrency, warmUp, levelWarmUp, duration, profileDuration, endToEndRate, endToEndDuration,
                crossServiceSamples, rebuildEvents, growthLevels, growthAppends, growthLoads, restartServices, hotSeats, rounds, idleDuration, drainEvents, jitSettleMax);
    }
}
