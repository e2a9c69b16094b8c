package org.reformplatform.admissions.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reformplatform.admissions.simulation.RecordingIntake.SETTINGS;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.reformplatform.admissions.application.Application;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationSubmitted;
import org.reformplatform.admissions.intake.ScoreBasis;
import org.reformplatform.eventsourcing.simulation.History;
import org.reformplatform.eventsourcing.simulation.Progress;
import org.reformplatform.eventsourcing.simulation.SimulationReport;
import org.reformplatform.eventsourcing.store.RecordedEvent;

/**
 * A large scope is read and replayed a part at a time (whole intake events per part), never the whole
 * log at once: the report must be the one the whole history replayed together gives, whatever the
 * size of the parts, and a scope reads the streams of its own intake events only.
 */
class ScopeReadInPartsTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final PolicyTried STRICTER = new PolicyTried(new BigDecimal("75"), new BigDecimal("20"), ScoreBasis.RAW, null);
    static final PolicyTried CALIBRATED = new PolicyTried(null, null, ScoreBasis.CALIBRATED, 3);

    @Test
    void a_scope_read_in_parts_of_any_size_reports_what_the_whole_history_replayed_at_once_reports() {
        List<IntakeReplay.Recorded> log = generated(new Random(7), 60);
        StoredLog store = new StoredLog(log);
        AdmissionsSimulator.IntakeScope everything = new AdmissionsSimulator.IntakeScope(null, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1));
        for (PolicyTried policy : List.of(STRICTER, CALIBRATED, PolicyTried.AS_RECORDED)) {
            SimulationReport whole = AdmissionsReport.of(IntakeReplay.replay(log, policy, SETTINGS), r -> true, ZONE, log.size());
            for (int part : List.of(1, 7, 1_000_000)) {
                SimulationReport inParts = AdmissionsSimulator.simulate(everything, policy, store, SETTINGS, ZONE, Progress.NONE, part);
                assertThat(lines(inParts)).as("%s in parts of %d applications", policy, part).containsExactlyInAnyOrderElementsOf(lines(whole));
                assertThat(inParts.differences()).isEqualTo(whole.differences());
                assertThat(inParts.eventsRead()).as("every event of the scope, once").isEqualTo(log.size());
                AdmissionsReport report = (AdmissionsReport) inParts.result();
                AdmissionsReport expected = (AdmissionsReport) whole.result();
                assertThat(report.counts()).isEqualTo(expected.counts());
                assertThat(report.recorded()).isEqualTo(expected.recorded());
                assertThat(report.simulated()).isEqualTo(expected.simulated());
                assertThat(report.changes()).containsExactlyInAnyOrderElementsOf(expected.changes());
            }
        }
        assertThat(AdmissionsSimulator.simulate(everything, STRICTER, store, SETTINGS, ZONE, Progress.NONE, 7).differences())
                .as("the policy tried changes something, or the comparison proves little").isPositive();
    }

    @Test
    void a_scope_of_intake_events_reads_only_their_applications_streams() {
        List<IntakeReplay.Recorded> log = generated(new Random(11), 30);
        StoredLog store = new StoredLog(log);
        UUID chosen = log.stream().map(IntakeReplay.Recorded::event).filter(ApplicationSubmitted.class::isInstance)
                .map(e -> ((ApplicationSubmitted) e).intakeEventId().value()).findFirst().orElseThrow();
        Set<UUID> itsApplications = new HashSet<>();
        log.forEach(r -> {
            if (r.event() instanceof ApplicationSubmitted s && s.intakeEventId().value().equals(chosen)) {
                itsApplications.add(s.applicationId().value());
            }
        });
        List<IntakeReplay.Recorded> itsEvents = log.stream().filter(r -> itsApplications.contains(r.event().applicationId().value())).toList();

        SimulationReport report = AdmissionsSimulator.simulate(new AdmissionsSimulator.IntakeScope(List.of(chosen), null, null), STRICTER, store,
                SETTINGS, ZONE, Progress.NONE, 1_000);

        assertThat(report.eventsRead()).isEqualTo(itsEvents.size()).isLessThan(log.size());
        assertThat(lines(report)).containsExactlyInAnyOrderElementsOf(
                lines(AdmissionsReport.of(IntakeReplay.replay(itsEvents, STRICTER, SETTINGS), r -> true, ZONE, itsEvents.size())));
    }

    @Test
    void a_period_replays_the_whole_intake_events_it_touches_and_reports_the_applications_submitted_within_it() {
        List<IntakeReplay.Recorded> log = generated(new Random(5), 40);
        // In this region the worlds start an hour before midnight: the period, that first day, takes the first submissions.
        ZoneId region = ZoneOffset.ofHours(-2);
        LocalDate day = LocalDate.ofInstant(GeneratedIntakes.START, region);
        Predicate<IntakeReplay.Replayed> within = AdmissionsReport.submittedWithin(day, day, region);

        SimulationReport report = AdmissionsSimulator.simulate(new AdmissionsSimulator.IntakeScope(null, day, day), STRICTER, new StoredLog(log),
                SETTINGS, region, Progress.NONE, 5);

        SimulationReport expected = AdmissionsReport.of(IntakeReplay.replay(log, STRICTER, SETTINGS), within, region, log.size());
        assertThat(report.rows()).isPositive().isLessThan(((AdmissionsReport) AdmissionsReport.of(IntakeReplay.replay(log, STRICTER, SETTINGS),
                r -> true, ZONE, log.size()).result()).applications());
        assertThat(lines(report)).containsExactlyInAnyOrderElementsOf(lines(expected));
    }

    /** Generated intake events, one world after the other (each starts at {@link GeneratedIntakes#START}). */
    private static List<IntakeReplay.Recorded> generated(Random random, int worlds) {
        List<IntakeReplay.Recorded> log = new ArrayList<>();
        for (int i = 0; i < worlds; i++) {
            log.addAll(GeneratedIntakes.generate(random).log);
        }
        return log;
    }

    private static List<String> lines(SimulationReport report) {
        List<String> lines = List.of(report.csv().text().split("\r\n"));
        assertThat(lines.size() - 1L).as("one CSV row per application").isEqualTo(report.rows());
        return lines;
    }

    /** The log as a store holds it: positions in order, each application's events in its own stream. */
    private static final class StoredLog implements History {
        private final List<RecordedEvent<Object>> events = new ArrayList<>();

        StoredLog(List<IntakeReplay.Recorded> log) {
            long position = 0;
            for (IntakeReplay.Recorded r : log) {
                position++;
                events.add(new RecordedEvent<>(position, r.event().applicationId().value().toString(), Application.TYPE.streamType(), 0,
                        UUID.randomUUID(), r.event().getClass().getSimpleName(), 1, r.event(), null, r.occurredAt()));
            }
        }

        @Override
        public long upTo() {
            return events.size();
        }

        @Override
        public Instant asOf() {
            return Instant.MAX;
        }

        @Override
        public long count(Set<String> streamTypes) {
            return events.stream().filter(e -> streamTypes.contains(e.streamType())).count();
        }

        @Override
        public void forEach(Set<String> streamTypes, Consumer<RecordedEvent<Object>> each) {
            events.stream().filter(e -> streamTypes.contains(e.streamType())).forEach(each);
        }

        @Override
        public void forEach(Set<String> streamTypes, Set<String> eventTypes, Consumer<RecordedEvent<Object>> each) {
            events.stream().filter(e -> streamTypes.contains(e.streamType()) && eventTypes.contains(e.eventType())).forEach(each);
        }

        @Override
        public void forEachOfStreams(Collection<String> streamIds, Consumer<RecordedEvent<Object>> each) {
            Set<String> wanted = new HashSet<>(streamIds);
            events.stream().filter(e -> wanted.contains(e.streamId())).forEach(each);
        }
    }
}
