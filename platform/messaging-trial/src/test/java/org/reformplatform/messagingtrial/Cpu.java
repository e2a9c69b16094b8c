package org.reformplatform.messagingtrial;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * CPU time as the trial reports it: of this process (the test JVM: Quarkus, both consumers, the
 * PostgreSQL driver), of the broker (a child JVM of this one, platform/kafka-local), and of the
 * threads whose names say which consumer they belong to.
 */
public final class Cpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Cpu() {
    }

    /** CPU nanoseconds of this process so far. */
    public static long process() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU nanoseconds of this process's child processes so far: the broker. */
    public static long broker() {
        return ProcessHandle.current().children()
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
    }

    /** A snapshot of every live thread's CPU time, by thread id, with its name. */
    public static Map<Long, Map.Entry<String, Long>> threads() {
        Map<Long, Map.Entry<String, Long>> snapshot = new HashMap<>();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null) {
                long cpu = THREADS.getThreadCpuTime(info.getThreadId());
                if (cpu >= 0) {
                    snapshot.put(info.getThreadId(), Map.entry(info.getThreadName(), cpu));
                }
            }
        }
        return snapshot;
    }

    /** What the threads whose names match spent between two snapshots (threads that died in between are missed). */
    public static long between(Map<Long, Map.Entry<String, Long>> before, Map<Long, Map.Entry<String, Long>> after, Predicate<String> name) {
        long total = 0;
        for (Map.Entry<Long, Map.Entry<String, Long>> thread : after.entrySet()) {
            if (name.test(thread.getValue().getKey())) {
                Map.Entry<String, Long> earlier = before.get(thread.getKey());
                total += thread.getValue().getValue() - (earlier == null ? 0 : earlier.getValue());
            }
        }
        return total;
    }

    /** The threads that spent most between two snapshots, "name 0.12 s" each, for the log. */
    public static String busiest(Map<Long, Map.Entry<String, Long>> before, Map<Long, Map.Entry<String, Long>> after, int most) {
        Map<String, Long> byName = new HashMap<>();
        for (Map.Entry<Long, Map.Entry<String, Long>> thread : after.entrySet()) {
            Map.Entry<String, Long> earlier = before.get(thread.getKey());
            long spent = thread.getValue().getValue() - (earlier == null ? 0 : earlier.getValue());
            byName.merge(thread.getValue().getKey(), spent, Long::sum);
        }
        StringBuilder text = new StringBuilder();
        byName.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(most)
                .forEach(e -> text.append(String.format("%n    %-60s %6.3f s", e.getKey(), e.getValue() / 1e9)));
        return text.toString();
    }
}
