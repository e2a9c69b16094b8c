package org.reformplatform.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.reformplatform.systemtests.Api;

/**
 * End to end at a fixed rate (open loop): submissions are sent on a schedule whatever the answers
 * do, and each is followed (a) onto {@code admissions.events} by a read_committed consumer and (b)
 * into admissions' own read model, by polling the application's history (served from the
 * read model: 404 until the projection has applied the submission). The command latency is
 * measured from the moment the schedule said to send, so a backlog shows as latency.
 */
final class EndToEnd {

    /** Read-model probes poll this often: the delays below are accurate to about this much. */
    static final Duration POLL = Duration.ofMillis(10);
    /** Followed into the read model: about this many submissions a second (each costs a few GETs). */
    static final int PROBES_PER_SECOND = 20;

    record Result(int targetRate, double achievedRate, double seconds, long sent, long accepted, long failed,
            Latencies.Summary command, Latencies.Summary toKafka, long kafkaBefore2xx, long kafkaUnmatched,
            Latencies.Summary toReadModel, long readModelProbes, long readModelTimeouts, double pollMs) {
    }

    private EndToEnd() {
    }

    static Result run(Api api, String bootstrap, List<UUID> intakeEvents, int rate, int maxInFlight, Duration duration) {
        TopicWatch.Pairing kafka = new TopicWatch.Pairing();
        Latencies command = new Latencies();
        Latencies readModel = new Latencies();
        AtomicLong accepted = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong probeTimeouts = new AtomicLong();
        AtomicInteger probes = new AtomicInteger();
        int probeEvery = Math.max(1, rate / PROBES_PER_SECOND);
        ExecutorService senders = Executors.newFixedThreadPool(maxInFlight);
        ScheduledExecutorService pollers = Executors.newScheduledThreadPool(4);
        long sent = 0;
        long began;
        try (TopicWatch watch = new TopicWatch(bootstrap, "admissions.events", "admissions.ApplicationSubmitted.v1", kafka::end)) {
            began = System.nanoTime();
            long interval = 1_000_000_000L / rate;
            long end = began + duration.toNanos();
            for (long due = began; due < end; due += interval) {
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                long intended = due;
                long n = sent++;
                senders.execute(() -> {
                    Api.Reply reply;
                    try {
                        reply = api.as(Admissions.PARTNER).post(Admissions.SERVICE, "/v1/applications",
                                Admissions.submission(intakeEvents.get((int) (n % intakeEvents.size())), n));
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                        return;
                    }
                    long ok = System.nanoTime();
                    if (reply.status() != 201) {
                        failed.incrementAndGet();
                        return;
                    }
                    accepted.incrementAndGet();
                    synchronized (command) {
                        command.record(ok - intended);
                    }
                    String id = reply.path("id").asText();
                    kafka.start(id, ok);
                    if (n % probeEvery == 0) {
                        probes.incrementAndGet();
                        pollers.execute(() -> probe(api, pollers, id, ok, readModel, probeTimeouts));
                    }
                });
            }
            senders.shutdown();
            senders.awaitTermination(2, TimeUnit.MINUTES);
            double seconds = (System.nanoTime() - began) / 1e9;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while ((kafka.unmatched() > 0 || readModel.count() + probeTimeouts.get() < probes.get()) && System.nanoTime() < deadline) {
                ClosedLoop.sleep(100);
            }
            pollers.shutdownNow();
            Latencies.Summary readModelSummary;
            synchronized (readModel) {
                readModelSummary = readModel.summary();
            }
            return new Result(rate, Math.round(accepted.get() / seconds * 10) / 10.0, Math.round(seconds * 10) / 10.0, sent, accepted.get(),
                    failed.get(), command.summary(), kafka.summary(), kafka.endedFirst(), kafka.unmatched(), readModelSummary, probes.get(),
                    probeTimeouts.get(), POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            senders.shutdownNow();
            pollers.shutdownNow();
        }
    }

    /** Polls the application's history until the read model has it; reschedules itself every POLL. */
    private static void probe(Api api, ScheduledExecutorService pollers, String id, long ok, Latencies readModel, AtomicLong timeouts) {
        int status;
        try {
            status = api.as(Admissions.PARTNER).get(Admissions.SERVICE, "/v1/applications/" + id + "/history").status();
        } catch (RuntimeException e) {
            status = -1;
        }
        long now = System.nanoTime();
        if (status == 200) {
            synchronized (readModel) {
                readModel.record(now - ok);
            }
        } else if (now - ok > Duration.ofSeconds(30).toNanos()) {
            timeouts.incrementAndGet();
        } else if (!pollers.isShutdown()) {
            pollers.schedule(() -> probe(api, pollers, id, ok, readModel, timeouts), POLL.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
