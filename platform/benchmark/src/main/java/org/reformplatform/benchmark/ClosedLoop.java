package org.reformplatform.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Closed-loop load: {@code clients} threads, each sending its next request as soon as the previous
 * one was answered, for a warm-up and then a measured window. Only operations that end inside the
 * window count, so throughput is completions per second of the window.
 */
final class ClosedLoop {

    /** What one client does next: one request, and how it went. */
    interface Step {
        Call next() throws Exception;
    }

    /** One request's outcome: its kind (for per-kind latencies) and, if it failed, why. */
    record Call(String kind, String error) {
        static Call ok(String kind) {
            return new Call(kind, null);
        }

        static Call failed(String kind, String error) {
            return new Call(kind, error);
        }
    }

    /** A run's figures: completions per second, all latencies, per kind, and the errors by reason. */
    record Result(String system, int clients, double seconds, long operations, long errors, double perSecond,
            Latencies.Summary latency, Map<String, Latencies.Summary> byKind, Map<String, Long> errorReasons) {
    }

    private ClosedLoop() {
    }

    /**
     * A run's raw figures: every latency by kind and the errors, so that the slices of an
     * interleaved run can be added up into one result.
     */
    record Raw(String system, int clients, double seconds, Map<String, Latencies> byKind, Map<String, Long> errors) {

        static Raw merge(List<Raw> slices) {
            Map<String, List<Latencies>> kinds = new TreeMap<>();
            Map<String, Long> errors = new TreeMap<>();
            double seconds = 0;
            for (Raw slice : slices) {
                seconds += slice.seconds();
                slice.byKind().forEach((kind, l) -> kinds.computeIfAbsent(kind, k -> new ArrayList<>()).add(l));
                slice.errors().forEach((reason, n) -> errors.merge(reason, n, Long::sum));
            }
            Map<String, Latencies> byKind = new LinkedHashMap<>();
            kinds.forEach((kind, parts) -> byKind.put(kind, Latencies.merge(parts)));
            return new Raw(slices.get(0).system(), slices.get(0).clients(), seconds, byKind, errors);
        }

        Result result() {
            Map<String, Latencies.Summary> summaries = new LinkedHashMap<>();
            byKind.forEach((kind, l) -> summaries.put(kind, l.summary()));
            Latencies.Summary total = Latencies.merge(byKind.values()).summary();
            long errorCount = errors.values().stream().mapToLong(Long::longValue).sum();
            return new Result(system, clients, seconds, total.count(), errorCount, Math.round(total.count() / seconds * 10) / 10.0, total,
                    summaries, errors);
        }
    }

    static Result run(String system, int clients, Duration warmUp, Duration measured, IntFunction<Step> steps) {
        return runRaw(system, clients, warmUp, measured, steps).result();
    }

    static Raw runRaw(String system, int clients, Duration warmUp, Duration measured, IntFunction<Step> steps) {
        long start = System.nanoTime();
        long windowStart = start + warmUp.toNanos();
        long windowEnd = windowStart + measured.toNanos();
        List<Map<String, Latencies>> perClient = new ArrayList<>();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Step step = steps.apply(i);
            Map<String, Latencies> mine = new LinkedHashMap<>();
            perClient.add(mine);
            Thread thread = new Thread(() -> loop(step, windowStart, windowEnd, mine, errors), system + "-client-" + i);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            try {
                thread.join(measured.plus(warmUp).toMillis() + 120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        Map<String, List<Latencies>> kinds = new TreeMap<>();
        for (Map<String, Latencies> client : perClient) {
            client.forEach((kind, latencies) -> kinds.computeIfAbsent(kind, k -> new ArrayList<>()).add(latencies));
        }
        Map<String, Latencies> byKind = new LinkedHashMap<>();
        kinds.forEach((kind, parts) -> byKind.put(kind, Latencies.merge(parts)));
        Map<String, Long> reasons = new TreeMap<>();
        errors.forEach((reason, n) -> reasons.put(reason, n.get()));
        return new Raw(system, clients, measured.toNanos() / 1e9, byKind, reasons);
    }

    private static void loop(Step step, long windowStart, long windowEnd, Map<String, Latencies> latencies, Map<String, AtomicLong> errors) {
        while (true) {
            long before = System.nanoTime();
            if (before >= windowEnd) {
                return;
            }
            Call call;
            try {
                call = step.next();
            } catch (Exception e) {
                call = Call.failed("exception", e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
                sleep(20);
            }
            long after = System.nanoTime();
            if (after < windowStart || after > windowEnd) {
                continue;
            }
            if (call.error() == null) {
                latencies.computeIfAbsent(call.kind(), k -> new Latencies()).record(after - before);
            } else {
                String reason = call.kind() + ": " + call.error();
                errors.computeIfAbsent(reason.length() > 160 ? reason.substring(0, 160) : reason, k -> new AtomicLong()).incrementAndGet();
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
