package org.reformplatform.messagingtrial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

/**
 * Issue 16, measured: the backlog (Backlog, written before the application started) is drained by
 * the kernel's hand-written consumer, which starts with the application, then, once that is done and
 * idle for a while, by the SmallRye batch channel, resumed only now; then both idle as long. Prints one
 * table line per consumer (docs/architecture.md has the figures of record, taken with
 * {@code -Dtrial.idle-seconds=30}; the suite idles 10 s to keep mvn verify short); asserts only that
 * each consumer claimed every event of the backlog exactly once, never a speed.
 */
@QuarkusTest
class ConsumerTrialTest {

    static final Duration IDLE = Duration.ofSeconds(Integer.getInteger("trial.idle-seconds", 10));

    static final Predicate<String> KERNEL_THREADS = name -> name.equals("consumer-handlers") || name.endsWith("| trial.handlers");
    /** Its polling threads (one per channel, the paused ones idle), heartbeat, and the dead-letter producer of its channel. */
    static final Predicate<String> SMALLRYE_THREADS = name -> name.startsWith("smallrye-kafka-consumer-thread")
            || name.endsWith("| trial.smallrye") || name.contains("kafka-consumer-backlog");

    /** While it drains, the channel's work is also done on Vert.x's event loop and Quarkus's worker threads (@Blocking). */
    static final Predicate<String> SMALLRYE_DRAIN_THREADS = SMALLRYE_THREADS.or(name -> name.startsWith("vert.x-eventloop-thread")
            || name.startsWith("executor-thread"));

    static final Predicate<String> JAVA_THREADS = name -> true;

    @Inject
    Drains drains;

    @Inject
    Instance<PausedChannels> channels;

    @Inject
    AgroalDataSource dataSource;

    record Idle(double jvmSeconds, double consumerThreadSeconds, double brokerSeconds, String busiest) {
    }

    @Test
    void each_consumer_claims_every_event_of_the_backlog_exactly_once() throws Exception {
        Drain kernel = drains.kernel();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100)).until(kernel::done);
        Idle kernelIdle = idle(KERNEL_THREADS);

        Drain smallrye = drains.smallrye();
        Idle smallryeIdle = null;
        if (channels.isResolvable()) {
            channels.get().resume("backlog");
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100)).until(smallrye::done);
            smallryeIdle = idle(SMALLRYE_THREADS);
        } else {
            System.out.println("consumer trial: no SmallRye channel in this build; its half is skipped");
        }

        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        System.out.printf("%nconsumer trial, %d events of ~1 KB, %d partitions, 500 records a poll; load average at the end: %s%n",
                Backlog.EVENTS, Backlog.PARTITIONS, load);
        System.out.printf("| consumer | events | seconds | events/s | drain CPU s, JVM | of it Java threads | of it the consumer's threads "
                + "| drain CPU s, broker | idle %d s CPU s, JVM | of it the consumer's threads | idle CPU s, broker |%n", IDLE.toSeconds());
        line(kernel, KERNEL_THREADS, kernelIdle, "kernel SubscriptionWorker (trial.handlers)");
        if (smallryeIdle != null) {
            line(smallrye, SMALLRYE_DRAIN_THREADS, smallryeIdle, "SmallRye batch channel (trial.smallrye)");
        }
        System.out.println("busiest threads while the kernel's consumer drained:" + kernel.busiestThreads());
        if (smallryeIdle != null) {
            System.out.println("busiest threads while the SmallRye channel drained:" + smallrye.busiestThreads());
        }
        System.out.println("busiest threads while the kernel's consumer idled (SmallRye channels paused, never polled):" + kernelIdle.busiest());
        if (smallryeIdle != null) {
            System.out.println("busiest threads while both idled:" + smallryeIdle.busiest());
        }

        assertThat(kernel.applied()).isEqualTo(Backlog.EVENTS);
        assertClaimedOnce(Drains.KERNEL);
        if (smallryeIdle != null) {
            assertThat(smallrye.applied()).isEqualTo(Backlog.EVENTS);
            assertClaimedOnce(Drains.SMALLRYE);
        }
    }

    /**
     * One line of the table. The JVM's CPU beyond its Java threads is its own (JIT compiler, garbage
     * collector): the kernel drains first, on a JVM just started, so more of it falls on the kernel.
     */
    private static void line(Drain drain, Predicate<String> drainThreads, Idle idle, String consumer) {
        System.out.printf("| %s | %,d | %.2f | %,.0f | %.2f | %.2f | %.2f | %.2f | %.2f | %.3f | %.2f |%n", consumer, drain.applied(), drain.seconds(),
                drain.eventsPerSecond(), drain.cpuSeconds(), drain.threadCpuSeconds(JAVA_THREADS), drain.threadCpuSeconds(drainThreads),
                drain.brokerCpuSeconds(), idle.jvmSeconds(), idle.consumerThreadSeconds(), idle.brokerSeconds());
    }

    private static Idle idle(Predicate<String> consumerThreads) throws InterruptedException {
        long jvm = Cpu.process();
        long broker = Cpu.broker();
        Map<Long, Map.Entry<String, Long>> before = Cpu.threads();
        Thread.sleep(IDLE.toMillis());
        Map<Long, Map.Entry<String, Long>> after = Cpu.threads();
        return new Idle((Cpu.process() - jvm) / 1e9, Cpu.between(before, after, consumerThreads) / 1e9, (Cpu.broker() - broker) / 1e9,
                Cpu.busiest(before, after, 8));
    }

    /** Every event of the backlog is in processed_events under the consumer's name, and nothing else is. */
    private void assertClaimedOnce(String name) throws Exception {
        UUID[] expected = IntStream.range(0, Backlog.EVENTS).mapToObj(Backlog::id).toArray(UUID[]::new);
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT count(*), count(*) FILTER (WHERE event_id = ANY (?)) "
                     + "FROM processed_events WHERE projection = ? AND outcome = 'applied'")) {
            q.setArray(1, c.createArrayOf("uuid", expected));
            q.setString(2, name);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).as("events %s claimed", name).isEqualTo(Backlog.EVENTS);
                assertThat(rs.getLong(2)).as("events of the backlog %s claimed", name).isEqualTo(Backlog.EVENTS);
            }
        }
    }
}
