package org.reformplatform.messagingtrial;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * One consumer's drain of the backlog, as it happens: from the first record it is given to the
 * commit of the transaction that claims the last event, the wall time and the CPU time of the test
 * JVM and of the broker.
 */
public final class Drain {

    private final String name;
    private final long expected;
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private volatile long startNanos;
    private volatile long endNanos;
    private volatile long cpuAtStart;
    private volatile long cpuAtEnd;
    private volatile long brokerAtStart;
    private volatile long brokerAtEnd;
    private volatile Map<Long, Map.Entry<String, Long>> threadsAtStart;
    private volatile Map<Long, Map.Entry<String, Long>> threadsAtEnd;

    public Drain(String name, long expected) {
        this.name = name;
        this.expected = expected;
    }

    /** A batch (or a record) has reached the consumer's code. */
    public void received() {
        if (startNanos == 0) {
            synchronized (this) {
                if (startNanos == 0) {
                    threadsAtStart = Cpu.threads();
                    cpuAtStart = Cpu.process();
                    brokerAtStart = Cpu.broker();
                    startNanos = System.nanoTime();
                }
            }
        }
    }

    /** A transaction committed that claimed {@code fresh} events of {@code delivered} delivered. */
    public void committed(long fresh, long deliveredNow) {
        delivered.addAndGet(deliveredNow);
        if (applied.addAndGet(fresh) >= expected && endNanos == 0) {
            synchronized (this) {
                if (endNanos == 0) {
                    endNanos = System.nanoTime();
                    cpuAtEnd = Cpu.process();
                    brokerAtEnd = Cpu.broker();
                    threadsAtEnd = Cpu.threads();
                }
            }
        }
    }

    public boolean done() {
        return endNanos != 0;
    }

    public long applied() {
        return applied.get();
    }

    public long delivered() {
        return delivered.get();
    }

    public String name() {
        return name;
    }

    public double seconds() {
        return (endNanos - startNanos) / 1e9;
    }

    public double eventsPerSecond() {
        return applied.get() / seconds();
    }

    public double cpuSeconds() {
        return (cpuAtEnd - cpuAtStart) / 1e9;
    }

    /** What the Java threads of these names spent during the drain (threads that ended in between are missed). */
    public double threadCpuSeconds(Predicate<String> names) {
        return Cpu.between(threadsAtStart, threadsAtEnd, names) / 1e9;
    }

    public String busiestThreads() {
        return Cpu.busiest(threadsAtStart, threadsAtEnd, 8);
    }

    public double brokerCpuSeconds() {
        return (brokerAtEnd - brokerAtStart) / 1e9;
    }
}
