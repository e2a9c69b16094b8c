package org.reformplatform.admissions.simulation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.reformplatform.eventsourcing.simulation.OutcomeCounts;
import org.reformplatform.eventsourcing.simulation.SimulationReport;

/**
 * The report of an admissions simulation, for a policy-maker: how many applications the policy
 * admits, rejects and refers to the committee, as recorded and under the policy tried; the docket's
 * size; who moves across the bar and why (each changed application with the figures and the rule
 * that decided it, recorded and simulated); a chart of the counts; and one CSV row per application.
 */
public record AdmissionsReport(
        int applications,
        long eventsRead,
        long changed,
        long refusedInputs,
        Side recorded,
        Side simulated,
        List<OutcomeCounts.Count> counts,
        List<Row> changes,
        Map<String, Object> chart) {

    /** One side of the comparison: what the policy decided, and the committee's docket it made. */
    public record Side(long admitted, long rejected, long referred, long withdrawn, long awaitingReviews, long admittedInAll, long docket) {
    }

    /**
     * One application: recorded and simulated outcome with what decided each.
     *
     * @param movement ACROSS_THE_BAR_UP (admitted only under the policy tried), ACROSS_THE_BAR_DOWN (admitted only as
     *                 recorded), TO_COMMITTEE, FROM_COMMITTEE, or OTHER for any other change; null when unchanged
     */
    public record Row(UUID applicationId, UUID intakeEventId, LocalDate submittedOn, Outcome recorded, Outcome simulated, boolean changed,
            String movement, int refusedInputs, IntakeReplay.Refusal firstRefusal) {
    }

    static final List<String> HEADER = List.of("applicationId", "intakeEventId", "submittedOn", "reviews", "recordedOutcome",
            "recordedCommitteeVerdict", "recordedMeanTotal", "recordedSpread", "recordedRule", "simulatedOutcome", "simulatedCommitteeVerdict",
            "simulatedMeanTotal", "simulatedSpread", "simulatedRule", "changed", "movement", "refusedInputs", "firstRefusal");

    /** The report over the replayed applications that are in scope, as JSON ({@link AdmissionsReport}) and CSV rows. */
    public static SimulationReport of(List<IntakeReplay.Replayed> replayed, Predicate<IntakeReplay.Replayed> inScope, ZoneId zone,
            long eventsRead) {
        Tally tally = new Tally(inScope, zone);
        tally.add(replayed);
        return tally.report(eventsRead);
    }

    /**
     * The report built as the replay goes, one part of the scope at a time: it keeps the counts, the
     * changed rows and the CSV text, and lets every replayed application go (a scope of a million
     * events does not fit a service's heap as replayed applications).
     */
    static final class Tally {
        private final Predicate<IntakeReplay.Replayed> inScope;
        private final ZoneId zone;
        private final List<String[]> outcomes = new ArrayList<>();
        private final SideTally recorded = new SideTally();
        private final SideTally simulated = new SideTally();
        private final List<Row> changes = new ArrayList<>();
        private final SimulationReport.Csv csv = new SimulationReport.Csv(HEADER);
        private long refusedInputs;

        Tally(Predicate<IntakeReplay.Replayed> inScope, ZoneId zone) {
            this.inScope = inScope;
            this.zone = zone;
        }

        void add(List<IntakeReplay.Replayed> replayed) {
            for (IntakeReplay.Replayed r : replayed) {
                if (r.submittedAt() == null || !inScope.test(r)) {
                    continue;
                }
                Row row = new Row(r.applicationId(), r.intakeEventId(), LocalDate.ofInstant(r.submittedAt(), zone), r.recorded(), r.simulated(),
                        r.changed(), movement(r.recorded(), r.simulated()), r.refusals().size(), r.refusals().isEmpty() ? null : r.refusals().get(0));
                outcomes.add(new String[] {label(row.recorded()), label(row.simulated())});
                recorded.add(row.recorded());
                simulated.add(row.simulated());
                refusedInputs += row.refusedInputs();
                if (row.changed()) {
                    changes.add(row);
                }
                csv.row(csv(row));
            }
        }

        SimulationReport report(long eventsRead) {
            List<OutcomeCounts.Count> counts = OutcomeCounts.of(outcomes);
            AdmissionsReport report = new AdmissionsReport(outcomes.size(), eventsRead, changes.size(), refusedInputs, recorded.side(),
                    simulated.side(), counts, List.copyOf(changes),
                    OutcomeCounts.chart("Applications by outcome: as recorded and under the policy tried", "applications", counts));
            return new SimulationReport(report, csv.finish(), eventsRead, changes.size());
        }
    }

    /** One side's counts, kept as the rows go by. */
    private static final class SideTally {
        private long admitted;
        private long rejected;
        private long referred;
        private long withdrawn;
        private long awaitingReviews;
        private long admittedInAll;
        private long docket;

        void add(Outcome o) {
            switch (o.outcome()) {
                case Outcome.ADMITTED -> admitted++;
                case Outcome.REJECTED -> rejected++;
                case Outcome.REFERRED -> referred++;
                case Outcome.WITHDRAWN -> withdrawn++;
                case Outcome.AWAITING_REVIEWS -> awaitingReviews++;
                default -> {
                    // another outcome is counted only in the outcome counts
                }
            }
            if (o.admitted()) {
                admittedInAll++;
            }
            if (o.outcome().equals(Outcome.REFERRED) && o.committeeVerdict() == null) {
                docket++;
            }
        }

        Side side() {
            return new Side(admitted, rejected, referred, withdrawn, awaitingReviews, admittedInAll, docket);
        }
    }

    /** The outcome as counted: a referral with the committee's verdict, once given. */
    static String label(Outcome o) {
        return o.committeeVerdict() == null ? o.outcome() : o.outcome() + "_" + o.committeeVerdict();
    }

    private static String movement(Outcome recorded, Outcome simulated) {
        if (!simulated.differsFrom(recorded)) {
            return null;
        }
        boolean wasReferred = recorded.outcome().equals(Outcome.REFERRED);
        boolean isReferred = simulated.outcome().equals(Outcome.REFERRED);
        if (!wasReferred && isReferred) {
            return "TO_COMMITTEE";
        }
        if (wasReferred && !isReferred) {
            return "FROM_COMMITTEE";
        }
        if (!recorded.admitted() && simulated.admitted()) {
            return "ACROSS_THE_BAR_UP";
        }
        return recorded.admitted() && !simulated.admitted() ? "ACROSS_THE_BAR_DOWN" : "OTHER";
    }

    private static List<String> csv(Row r) {
        return List.of(r.applicationId().toString(), text(r.intakeEventId()), text(r.submittedOn()), String.valueOf(r.simulated().reviews()),
                r.recorded().outcome(), text(r.recorded().committeeVerdict()), plain(r.recorded().meanTotal()), plain(r.recorded().spread()),
                r.recorded().rule(), r.simulated().outcome(), text(r.simulated().committeeVerdict()), plain(r.simulated().meanTotal()),
                plain(r.simulated().spread()), r.simulated().rule(), String.valueOf(r.changed()), text(r.movement()),
                String.valueOf(r.refusedInputs()), r.firstRefusal() == null ? ""
                        : r.firstRefusal().input() + " at " + r.firstRefusal().at() + ": " + r.firstRefusal().rule());
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String text(Object value) {
        return Objects.toString(value, "");
    }

    /** In scope: the applications to these intake events. */
    static Predicate<IntakeReplay.Replayed> ofEvents(Set<UUID> intakeEvents) {
        return r -> intakeEvents.contains(r.intakeEventId());
    }

    /** In scope: the applications submitted within the period (days in the region). */
    static Predicate<IntakeReplay.Replayed> submittedWithin(LocalDate from, LocalDate to, ZoneId zone) {
        return r -> within(r.submittedAt(), from, to, zone);
    }

    /** Whether a submission at this moment falls within the period (days in the region). */
    static boolean within(Instant submittedAt, LocalDate from, LocalDate to, ZoneId zone) {
        LocalDate on = LocalDate.ofInstant(submittedAt, zone);
        return !on.isBefore(from) && !on.isAfter(to);
    }
}
