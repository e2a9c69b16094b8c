package org.reformplatform.benchmark;

import java.util.Arrays;

/**
 * Every latency of a run, kept exactly (a minute at a thousand operations a second is 60,000
 * longs), so that percentiles are the true order statistics, not a histogram's buckets. One
 * instance per client thread; {@link #merge} them at the end.
 */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;

    void record(long latencyNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latencyNanos;
    }

    int count() {
        return count;
    }

    static Latencies merge(java.util.Collection<Latencies> parts) {
        Latencies all = new Latencies();
        for (Latencies part : parts) {
            synchronized (part) {
                for (int i = 0; i < part.count; i++) {
                    all.record(part.nanos[i]);
                }
            }
        }
        return all;
    }

    Summary summary() {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return Summary.EMPTY;
        }
        double sum = 0;
        for (long value : sorted) {
            sum += value;
        }
        return new Summary(sorted.length, ms(percentile(sorted, 0.50)), ms(percentile(sorted, 0.95)), ms(percentile(sorted, 0.99)),
                ms(sorted[sorted.length - 1]), ms(sum / sorted.length));
    }

    /** Nearest rank: the smallest value with at least p of all values at or below it. */
    private static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(double nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }

    /** Percentiles in milliseconds, two decimals. */
    record Summary(long count, double p50, double p95, double p99, double max, double mean) {
        static final Summary EMPTY = new Summary(0, 0, 0, 0, 0, 0);
    }
}
