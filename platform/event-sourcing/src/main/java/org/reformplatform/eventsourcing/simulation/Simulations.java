package org.reformplatform.eventsourcing.simulation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import io.agroal.api.AgroalDataSource;

import org.jboss.logging.Logger;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.privacy.PersonalDataSealer;
import org.reformplatform.eventsourcing.store.EventStore;

/**
 * Starts simulations and runs them in the background, one at a time (the machine is shared; a
 * simulation is a read-heavy batch), keeping each one's record and progress in {@link SimulationLog}.
 * The simulator gets a read-only {@link History} and nothing else.
 */
@ApplicationScoped
public class Simulations {

    private static final Logger LOG = Logger.getLogger(Simulations.class);
    /** Progress is written at most this often: a row update per arrangement would cost more than the replay. */
    private static final long PROGRESS_EVERY_MILLIS = 250;

    @Inject
    Instance<Simulator> simulatorBeans;

    @Inject
    SimulationLog log;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EventStore store;

    @Inject
    PersonalDataSealer sealer;

    @Inject
    Clock clock;

    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "simulations");
        t.setDaemon(true);
        return t;
    });

    /** The scope kinds this service simulates. */
    public Map<String, Simulator> simulators() {
        Map<String, Simulator> all = new TreeMap<>();
        simulatorBeans.forEach(s -> all.put(s.scopeKind(), s));
        return all;
    }

    /** Fixes the plan and the log position now, records the simulation as RUNNING and runs it in the background. */
    public Simulation start(String scopeKind, JsonNode scope, JsonNode policy, boolean reproduction, String startedBy) {
        Simulator simulator = simulatorFor(scopeKind);
        Simulator.Plan plan = simulator.plan(scope, policy, reproduction);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return launch(simulator, plan, reproduction, StoreHistory.headOf(dataSource), now, startedBy);
    }

    /** The same simulation again: the same plan, the same log position, the same moment. Same answer. */
    public Simulation rerun(UUID id, String startedBy) {
        Simulation earlier = find(id);
        Simulator simulator = simulatorFor(earlier.scopeKind());
        return launch(simulator, new Simulator.Plan(earlier.scope(), earlier.policy()), earlier.reproduction(), earlier.readUpTo(),
                earlier.asOf(), startedBy);
    }

    public Simulation find(UUID id) {
        return log.find(id).orElseThrow(() -> RuleViolation.notFound("unknown-simulation", "There is no simulation " + id));
    }

    /** One page of the simulations run, newest first, without their reports; null filters are no condition. */
    public Page<Simulation> list(String scopeKind, String state, int page, int size) {
        return log.page(scopeKind, state, page, size);
    }

    public Optional<String> csv(UUID id) {
        find(id);
        return log.csv(id);
    }

    private Simulation launch(Simulator simulator, Simulator.Plan plan, boolean reproduction, long upTo, Instant asOf, String startedBy) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Simulation started = new Simulation(UUID.randomUUID(), simulator.scopeKind(), plan.scope(), plan.policy(), reproduction, upTo,
                asOf, Simulation.RUNNING, 0, 0, null, null, null, null, startedBy, now, null);
        log.started(started);
        History history = new StoreHistory(dataSource, store, sealer, upTo, asOf);
        runner.submit(() -> run(started.id(), simulator, plan, history));
        return started;
    }

    private void run(UUID id, Simulator simulator, Simulator.Plan plan, History history) {
        try {
            SimulationReport report = simulator.run(plan, history, new Throttled(id));
            log.finished(id, report, clock.instant());
        } catch (RuntimeException | Error e) {
            LOG.warnf(e, "simulation %s failed", id);
            log.failed(id, e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
        }
    }

    private Simulator simulatorFor(String scopeKind) {
        Map<String, Simulator> all = simulators();
        Simulator simulator = all.get(scopeKind);
        if (simulator == null) {
            throw RuleViolation.invalid("unknown-scope-kind", "This service simulates " + all.keySet() + ", not " + scopeKind)
                    .with("scopeKinds", all.keySet());
        }
        return simulator;
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    /** Progress written to the record, at most every {@value #PROGRESS_EVERY_MILLIS} ms. */
    private final class Throttled implements Progress {
        private final UUID id;
        private final AtomicLong done = new AtomicLong();
        private volatile long total;
        private volatile long lastWritten;

        Throttled(UUID id) {
            this.id = id;
        }

        @Override
        public void total(long units) {
            total = units;
            log.progressed(id, done.get(), total);
        }

        @Override
        public void advance(long units) {
            long now = System.currentTimeMillis();
            long d = done.addAndGet(units);
            if (now - lastWritten >= PROGRESS_EVERY_MILLIS) {
                lastWritten = now;
                log.progressed(id, d, total);
            }
        }
    }
}
