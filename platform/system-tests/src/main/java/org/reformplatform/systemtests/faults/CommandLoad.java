package org.reformplatform.systemtests.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A steady stream of commands to the services while a fault happens: each worker sends the next
 * kind of command in turn, at a bounded rate, with a bounded client timeout and its own
 * {@code X-Correlation-Id}, and records what became of it and when (sent and answered, on the
 * {@link System#nanoTime()} clock the fault's {@link Outages} use). What was accepted (2xx) must be
 * found, exactly once, in the store, on the topic and in the read models afterwards.
 */
public final class CommandLoad implements AutoCloseable {

    /**
     * One kind of command: where it goes, with which token and body, how to read the id it created
     * from its answer, and the one event it writes (type, and the payload field holding that id).
     */
    public record Kind(String name, String service, Supplier<String> token, String path, Supplier<Object> body,
                       Function<JsonNode, String> createdId, Creates creates) {
    }

    /** The event a command of a kind appends, exactly one per accepted command: its type and the payload field naming the created id. */
    public record Creates(String eventType, String idField) {
    }

    /** A command the service accepted, when it was sent and answered, and the URL that accepted it (a replica's, when spread). */
    public record Accepted(Kind kind, UUID correlation, String createdId, Object body, long at, long answered, String url) {
    }

    /** A command that got no 2xx: its status (0 = no answer), problem code and when it was sent and answered (or given up). */
    public record Refused(Kind kind, UUID correlation, int status, String code, String failure, long at, long answered, boolean problemBody) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Kind> kinds;
    private final Function<String, String> baseUrl;
    private final RawHttp http;
    private final int workers;
    private final Duration pause;
    private final ConcurrentLinkedQueue<Accepted> accepted = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Refused> refused = new ConcurrentLinkedQueue<>();
    private final Map<String, String> routeOverride = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLong sent = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    /**
     * @param baseUrl a service's URL by name
     * @param workers concurrent senders
     * @param pause   each worker's pause between two commands (the rate)
     * @param timeout the client's limit for one answer: longer is a hang
     */
    public CommandLoad(List<Kind> kinds, Function<String, String> baseUrl, int workers, Duration pause, Duration timeout) {
        this.kinds = List.copyOf(kinds);
        this.baseUrl = baseUrl;
        this.workers = workers;
        this.pause = pause;
        this.http = new RawHttp(timeout);
    }

    public synchronized CommandLoad start() {
        running = true;
        for (int i = 0; i < workers; i++) {
            Thread worker = new Thread(this::work, "command-load-" + i);
            worker.setDaemon(true);
            worker.start();
            threads.add(worker);
        }
        return this;
    }

    /**
     * Sends this service's commands alternately to its own URL and these others (replicas), from now
     * on; {@code null} goes back to the service's own URL only.
     */
    public void spread(String service, List<String> urls) {
        if (urls == null) {
            routeOverride.remove(service);
        } else {
            routeOverride.put(service, String.join(" ", urls));
        }
    }

    private void work() {
        while (running) {
            Kind kind = kinds.get(Math.floorMod(next.getAndIncrement(), kinds.size()));
            send(kind);
            sleep(pause.toMillis());
        }
    }

    private void send(Kind kind) {
        UUID correlation = UUID.randomUUID();
        Object body;
        String token;
        try {
            body = kind.body().get();
            token = kind.token().get();
        } catch (RuntimeException e) {
            long now = System.nanoTime();
            refused.add(new Refused(kind, correlation, 0, null, "could not prepare: " + e.getMessage(), now, now, false));
            return;
        }
        String url = url(kind.service());
        long at = System.nanoTime();
        RawHttp.Answer answer;
        try {
            answer = http.send("POST", url + kind.path(), Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json",
                    "X-Correlation-Id", correlation.toString(), "Idempotency-Key", "load-" + correlation), JSON.writeValueAsBytes(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        long answered = System.nanoTime();
        sent.incrementAndGet();
        if (answer.status() >= 200 && answer.status() <= 299) {
            String id = null;
            try {
                id = kind.createdId().apply(JSON.readTree(answer.body()));
            } catch (Exception unreadable) {
                // recorded without an id: the exactly-once check reports an accepted command whose answer names nothing
            }
            accepted.add(new Accepted(kind, correlation, id, body, at, answered, url));
        } else {
            boolean problem = answer.status() > 0 && Problems.defects(answer.status(), answer.contentType(), answer.body()).isEmpty();
            refused.add(new Refused(kind, correlation, answer.status(), answer.status() > 0 ? Problems.code(answer.body()) : null,
                    answer.failure(), at, answered, problem));
        }
    }

    private String url(String service) {
        String spread = routeOverride.get(service);
        if (spread == null) {
            return baseUrl.apply(service);
        }
        String[] urls = spread.split(" ");
        return urls[Math.floorMod(next.get(), urls.length)];
    }

    /** Stops sending and waits for the commands in flight. */
    @Override
    public synchronized void close() {
        running = false;
        for (Thread worker : threads) {
            try {
                worker.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    public List<Accepted> accepted() {
        return List.copyOf(accepted);
    }

    public List<Refused> refused() {
        return List.copyOf(refused);
    }

    /** Whether the service has accepted a command sent at or after {@code since} (nanoTime). */
    public boolean acceptedSince(String service, long since) {
        return accepted.stream().anyMatch(a -> a.kind().service().equals(service) && a.at() >= since);
    }

    public long sent() {
        return sent.get();
    }

    /** Sends one command of the kind now, outside the stream (setting up, probing). */
    public void once(Kind kind) {
        send(kind);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
