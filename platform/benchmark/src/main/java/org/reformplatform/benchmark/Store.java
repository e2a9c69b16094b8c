package org.reformplatform.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformplatform.systemtests.Api;
import org.reformplatform.systemtests.Tokens;

/**
 * The event store as it grows: rebuilding a read model from it, appending to it, loading a stream
 * from it, and commanding an aggregate whose own stream is long. Each is timed through the API
 * (what a user waits for) and, where it helps to separate the database from the service, with the
 * kernel's own SQL statement run directly.
 */
final class Store {

    /** The event types the {@code applications} projection applies (admissions' ApplicationStatusView). */
    static final List<String> APPLICATIONS_PROJECTION_EVENTS = List.of("ApplicationSubmitted", "ProjectWorkSubmitted", "ApplicationWithdrawn",
            "ReviewersAssigned", "ConflictOfInterestDeclared", "ReviewSubmitted", "ApplicationReferredToSpecialReview", "ApplicationAdmitted",
            "ApplicationRejected");

    /** The kernel's append (EventStore.appendSql for one event): the event and its outbox row in one statement. */
    private static final String APPEND = "WITH appended AS (INSERT INTO events (stream_id, stream_type, stream_version, event_id, event_type, "
            + "schema_version, payload, metadata, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?::json, ?::jsonb, ?) RETURNING position, stream_version), "
            + "queued AS (INSERT INTO outbox (position) SELECT position FROM appended) SELECT position, stream_version FROM appended ORDER BY stream_version";
    /** The kernel's stream read (EventStore.readStream). */
    private static final String READ_STREAM = "SELECT position, stream_id, stream_type, stream_version, event_id, event_type, schema_version, "
            + "payload::text, metadata::text, occurred_at FROM events WHERE stream_id = ? AND stream_version > ? AND stream_type = ? ORDER BY stream_version";

    record Rebuild(String projection, long eventsInStore, long eventsApplied, double seconds, double eventsPerSecond, double kernelEventsPerSecond) {
    }

    record Growth(long eventsInStore, Latencies.Summary apiSubmit, Latencies.Summary sqlAppend, Latencies.Summary apiStreamLoad,
            Latencies.Summary sqlStreamLoad) {
    }

    record HotAggregate(int seatsTaken, double coldLoadMs, Latencies.Summary submit) {
    }

    /**
     * A policy-laboratory simulation through the API, timed from the POST to the poll that saw it DONE ({@code seconds}) and
     * by the service's own record ({@code serverSeconds}: startedAt to finishedAt). {@code applicationEventsInScope} is
     * what the store holds in the scope, counted by SQL; {@code eventsRead} what the simulation says it read. On a shared
     * machine the wall time counts other people's turns: {@code cpuSeconds} says what the service, this run's PostgreSQL
     * backends and everyone else used meanwhile.
     */
    record Simulation(String scope, String policy, long eventsInStore, long applicationEventsInScope, long eventsRead, long applications,
            long changed, double seconds, double serverSeconds, double eventsPerSecond, double loadAverageAtStart, Map<String, Double> cpuSeconds) {
    }

    /**
     * A backlog published by admissions' outbox relay: {@code events} copies queued at once, timed from their commit until the
     * outbox is empty again, with the CPU each process used meanwhile (the consumers of the topic take their share as they would
     * after an outage).
     */
    record Drain(long events, double seconds, double eventsPerSecond, double loadAverageAtStart, Map<String, Double> cpuSeconds) {
    }

    private final Api api;
    private final Admissions admissions;
    private final EventLoader loader;
    private final String database;

    Store(Admissions admissions, EventLoader loader, String database) {
        this.api = admissions.api();
        this.admissions = admissions;
        this.loader = loader;
        this.database = database;
    }

    /** Rebuilds the projection through the operations API and waits until it is live again. */
    Rebuild rebuild(String projection) {
        long events = loader.count();
        long applied = Databases.count(database, "SELECT count(*) FROM events WHERE event_type IN ('"
                + String.join("','", APPLICATIONS_PROJECTION_EVENTS) + "')");
        long started = System.nanoTime();
        api.as(Tokens.OPERATOR).post(Admissions.SERVICE, "/ops/projections/" + projection + "/rebuild", null).expect(202);
        long deadline = started + Duration.ofHours(2).toNanos();
        JsonNode status;
        while (true) {
            status = api.as(Tokens.OPERATOR).get(Admissions.SERVICE, "/ops/projections/" + projection).json().path("status");
            if ("live".equals(status.path("state").asText()) && !status.path("rebuildFinished").isNull()) {
                break;
            }
            if (!status.path("lastError").isNull() && !status.path("lastError").asText().isEmpty()) {
                throw new IllegalStateException("rebuild of " + projection + " failed: " + status.path("lastError").asText());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("rebuild of " + projection + " did not finish within 2 hours");
            }
            ClosedLoop.sleep(100);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Rebuild(projection, events, applied, Math.round(seconds * 100) / 100.0, Math.round(events / seconds),
                status.path("eventsPerSecond").asDouble());
    }

    /** Queues {@code events} copies in the outbox in one transaction and times the relay until it has published them all. */
    Drain drain(long events, Processes processes) {
        double load = Processes.loadAverage();
        long before = Databases.count(database, "SELECT count(*) FROM outbox");
        if (before > 0) {
            throw new IllegalStateException("the outbox already holds " + before + " events: a drain must start from an empty outbox");
        }
        long queued = loader.loadQueued(events);
        long started = System.nanoTime();
        Map<String, Long> ticks = processes.cpuTicks();
        long deadline = started + Duration.ofMinutes(30).toNanos();
        // Whether a row is left, by the outbox's index: a count(*) every 20 ms of a table of 100,000 rows took a third of a core
        // from the database the relay works with.
        while (Databases.count(database, "SELECT count(*) FROM (SELECT 1 FROM outbox ORDER BY position LIMIT 1) o") > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the relay did not drain " + queued + " events within 30 minutes");
            }
            ClosedLoop.sleep(20);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Double> used = Processes.cpuSeconds(ticks, processes.cpuTicks());
        // Every process of the run: the relay competes for the CPU with the consumers of admissions' topic (admissions' own
        // projections, incubation's handlers) reading the copies at the same time.
        Map<String, Double> cpu = new java.util.LinkedHashMap<>();
        for (String name : List.of(Admissions.SERVICE, "incubation", "kafka", "postgres (this run's databases)", "others", "machine")) {
            cpu.put(name, used.getOrDefault(name, 0.0));
        }
        used.forEach(cpu::putIfAbsent);
        return new Drain(queued, Math.round(seconds * 100) / 100.0, Math.round(queued / seconds), load, cpu);
    }

    /**
     * Simulates the admissions scope of every application submitted in the period under another policy, through the API
     * ({@code POST /v1/simulations}, then {@code GET} until DONE), as an analyst does.
     */
    Simulation simulate(LocalDate from, LocalDate to, Map<String, String> policy, Processes processes) {
        long events = loader.count();
        double load = Processes.loadAverage();
        Map<String, Long> ticks = processes.cpuTicks();
        Map<String, Object> scope = Map.of("submittedFrom", from.toString(), "submittedTo", to.toString());
        long started = System.nanoTime();
        JsonNode simulation = api.as(Tokens.ANALYST).post(Admissions.SERVICE, "/v1/simulations",
                Map.of("scopeKind", "admissions-intake-events", "scope", scope, "policy", policy)).expect(202).json();
        String id = simulation.path("id").asText();
        long deadline = started + Duration.ofMinutes(30).toNanos();
        while (simulation.path("state").asText().equals("RUNNING")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("simulation " + id + " did not finish within 30 minutes");
            }
            ClosedLoop.sleep(100);
            simulation = api.as(Tokens.ANALYST).get(Admissions.SERVICE, "/v1/simulations/" + id).expect(200).json();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Double> used = Processes.cpuSeconds(ticks, processes.cpuTicks());
        Map<String, Double> cpu = new java.util.LinkedHashMap<>();
        for (String name : List.of(Admissions.SERVICE, "postgres (this run's databases)", "driver", "others", "machine")) {
            cpu.put(name, used.getOrDefault(name, 0.0));
        }
        if (!simulation.path("state").asText().equals("DONE")) {
            throw new IllegalStateException("simulation " + id + " " + simulation.path("state").asText() + ": " + simulation.path("failure").asText());
        }
        // Every application stream of this run was submitted within the period: the scope is all of them, up to the position read.
        long inScope = Databases.count(database, "SELECT count(*) FROM events WHERE stream_type = 'Application' AND position <= "
                + simulation.path("readUpTo").asLong());
        long read = simulation.path("eventsRead").asLong();
        double serverSeconds = Duration.between(Instant.parse(simulation.path("startedAt").asText()),
                Instant.parse(simulation.path("finishedAt").asText())).toMillis() / 1000.0;
        return new Simulation(from + " to " + to + " (submitted)", policy.toString(), events, inScope, read,
                simulation.path("result").path("applications").asLong(), simulation.path("differences").asLong(), Math.round(seconds * 100) / 100.0,
                serverSeconds, Math.round(read / seconds), load, cpu);
    }

    /** Appends and stream loads with the store as it is now. */
    Growth growth(int appends, int loads) {
        long events = loader.count();
        List<UUID> intakeEvent = admissions.openIntakeEvents(1, "growth at " + events);
        Latencies apiSubmit = new Latencies();
        for (int i = 0; i < appends; i++) {
            long t = System.nanoTime();
            api.as(Admissions.PARTNER).post(Admissions.SERVICE, "/v1/applications", Admissions.submission(intakeEvent.get(0), i)).expect(201);
            apiSubmit.record(System.nanoTime() - t);
        }
        Latencies apiLoad = new Latencies();
        for (UUID id : loader.takeColdApplications(loads)) {
            long t = System.nanoTime();
            api.as(Tokens.OPERATOR).get(Admissions.SERVICE, "/v1/applications/" + id).expect(200);
            apiLoad.record(System.nanoTime() - t);
        }
        return new Growth(events, apiSubmit.summary(), sqlAppends(appends), apiLoad.summary(), sqlLoads(loader.takeColdApplications(loads)));
    }

    /** An intake event with this many seats taken: its first load, then submissions to it. */
    HotAggregate hotAggregate(int seats, int submissions) {
        UUID intakeEvent = loader.loadBusyIntakeEvent(seats);
        long t = System.nanoTime();
        api.as(Tokens.OPERATOR).get(Admissions.SERVICE, "/v1/intake-events/" + intakeEvent).expect(200);
        double coldLoadMs = Math.round((System.nanoTime() - t) / 1e4) / 100.0;
        Latencies submit = new Latencies();
        for (int i = 0; i < submissions; i++) {
            long s = System.nanoTime();
            api.as(Admissions.PARTNER).post(Admissions.SERVICE, "/v1/applications", Admissions.submission(intakeEvent, i)).expect(201);
            submit.record(System.nanoTime() - s);
        }
        return new HotAggregate(seats, coldLoadMs, submit.summary());
    }

    /** The kernel's append statement, one ApplicationSubmitted of a new stream per transaction. */
    private Latencies.Summary sqlAppends(int n) {
        Latencies latencies = new Latencies();
        try (Connection c = Databases.connect(database)) {
            String[] sample = sampleSubmission(c);
            c.setAutoCommit(false);
            try (PreparedStatement append = c.prepareStatement(APPEND)) {
                for (int i = 0; i < n; i++) {
                    UUID stream = UUID.randomUUID();
                    long t = System.nanoTime();
                    append.setString(1, stream.toString());
                    append.setString(2, "Application");
                    append.setInt(3, 1);
                    append.setObject(4, UUID.randomUUID());
                    append.setString(5, "ApplicationSubmitted");
                    append.setInt(6, 1);
                    append.setString(7, sample[1].replace(sample[0], stream.toString()));
                    append.setString(8, sample[2]);
                    append.setObject(9, OffsetDateTime.now(ZoneOffset.UTC));
                    try (ResultSet rs = append.executeQuery()) {
                        rs.next();
                    }
                    c.commit();
                    latencies.record(System.nanoTime() - t);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("timing appends failed", e);
        }
        return latencies.summary();
    }

    /** The kernel's stream read, for streams no one has read yet. */
    private Latencies.Summary sqlLoads(List<UUID> streams) {
        Latencies latencies = new Latencies();
        try (Connection c = Databases.connect(database); PreparedStatement read = c.prepareStatement(READ_STREAM)) {
            for (UUID stream : streams) {
                long t = System.nanoTime();
                read.setString(1, stream.toString());
                read.setInt(2, 0);
                read.setString(3, "Application");
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(8);
                        rs.getString(9);
                    }
                }
                latencies.record(System.nanoTime() - t);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("timing stream loads failed", e);
        }
        return latencies.summary();
    }

    /** The latest submission's stream id, payload and metadata: copied, with a new id, by the raw appends. */
    private static String[] sampleSubmission(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT stream_id, payload::text, metadata::text FROM events "
                + "WHERE event_type = 'ApplicationSubmitted' ORDER BY position DESC LIMIT 1"); ResultSet rs = q.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no ApplicationSubmitted event to copy");
            }
            return new String[] {rs.getString(1), rs.getString(2), rs.getString(3)};
        }
    }
}
