package org.reformplatform.benchmark;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Open-loop load at a fixed rate: a command is due every 1/rate seconds whether or not earlier ones
 * were answered, and its latency counts from when it was due (so a backlog shows, instead of
 * slowing the sender down). Steps that carry state (an application's life) are taken from a pool of
 * idle ones; a new one is made when all are busy.
 */
final class FixedRate {

    record Result(String system, int targetRate, double achievedRate, double seconds, long sent, long errors, Latencies.Summary latency,
            Map<String, Long> errorReasons) {
    }

    private FixedRate() {
    }

    /**
     * @param maxInFlight at most this many requests at once (the others wait their turn, and their
     *                    wait counts): as many as the sweep's most clients, so that no system gets
     *                    more connections than it had there
     */
    static Result run(String system, int rate, int maxInFlight, Duration warmUp, Duration measured, Supplier<ClosedLoop.Step> steps) {
        ConcurrentLinkedQueue<ClosedLoop.Step> idle = new ConcurrentLinkedQueue<>();
        ExecutorService workers = Executors.newFixedThreadPool(maxInFlight);
        Latencies latencies = new Latencies();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        AtomicLong ok = new AtomicLong();
        long began = System.nanoTime();
        long windowStart = began + warmUp.toNanos();
        long end = windowStart + measured.toNanos();
        long interval = 1_000_000_000L / rate;
        long sent = 0;
        for (long due = began; due < end; due += interval) {
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            long intended = due;
            boolean counted = due >= windowStart;
            if (counted) {
                sent++;
            }
            workers.execute(() -> {
                ClosedLoop.Step step = idle.poll();
                if (step == null) {
                    step = steps.get();
                }
                ClosedLoop.Call call;
                try {
                    call = step.next();
                } catch (Exception e) {
                    call = ClosedLoop.Call.failed("exception", e.getClass().getSimpleName());
                }
                long done = System.nanoTime();
                idle.add(step);
                if (!counted) {
                    return;
                }
                if (call.error() == null) {
                    ok.incrementAndGet();
                    synchronized (latencies) {
                        latencies.record(done - intended);
                    }
                } else {
                    errors.computeIfAbsent(call.kind() + ": " + call.error(), k -> new AtomicLong()).incrementAndGet();
                }
            });
        }
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        double seconds = (System.nanoTime() - windowStart) / 1e9;
        Map<String, Long> reasons = new TreeMap<>();
        errors.forEach((k, v) -> reasons.put(k, v.get()));
        Latencies.Summary summary;
        synchronized (latencies) {
            summary = latencies.summary();
        }
        return new Result(system, rate, Math.round(ok.get() / seconds * 10) / 10.0, Math.round(seconds * 10) / 10.0, sent,
                reasons.values().stream().mapToLong(Long::longValue).sum(), summary, reasons);
    }
}
