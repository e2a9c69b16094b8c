package org.reformplatform.mobility.simulation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.reformplatform.eventsourcing.domain.WorkingCalendar;
import org.reformplatform.eventsourcing.simulation.SimulationReport;
import org.reformplatform.mobility.arrangement.ArrangementEvent;

/** Replays every arrangement of the scope and writes the comparison, as JSON ({@link PolicyComparison}) and CSV rows. */
public final class MobilityReport {

    static final List<String> HEADER = List.of("arrangementId", "form", "approvedOn", "recordedOutcome", "recordedOn", "recordedDecidedBy",
            "recordedExtended", "simulatedOutcome", "simulatedOn", "simulatedDecidedBy", "simulatedExtended", "changed", "refusedInputs",
            "firstRefusal");

    private MobilityReport() {
    }

    public static SimulationReport of(List<RecordedArrangement> arrangements, PolicyTried policy, ZoneId zone, WorkingCalendar calendar,
            Instant asOf, long eventsRead) {
        List<PolicyComparison.Row> rows = new ArrayList<>(arrangements.size());
        for (RecordedArrangement arrangement : arrangements) {
            if (arrangement.entries().isEmpty()) {
                continue;
            }
            ArrangementReplay.Replayed replayed = ArrangementReplay.replay(arrangement, policy, zone, calendar, asOf);
            ArrangementEvent first = arrangement.entries().get(0).event();
            ArrangementEvent.ArrangementApplied applied = first instanceof ArrangementEvent.ArrangementApplied a ? a : null;
            rows.add(new PolicyComparison.Row(first.arrangementId().value(), applied == null ? null : applied.form().name(),
                    replayed.approvedOn(), replayed.recorded(), replayed.simulated(), replayed.changed(), replayed.refusals().size(),
                    replayed.refusals().isEmpty() ? null : replayed.refusals().get(0)));
        }
        PolicyComparison comparison = PolicyComparison.of(rows, eventsRead);
        return new SimulationReport(comparison, HEADER, rows.stream().map(MobilityReport::csv).toList(), eventsRead, comparison.changed());
    }

    private static List<String> csv(PolicyComparison.Row r) {
        return List.of(r.arrangementId().toString(), text(r.form()), text(r.approvedOn()), r.recorded().outcome(), text(r.recorded().on()),
                r.recorded().decidedBy(), String.valueOf(r.recorded().extended()), r.simulated().outcome(), text(r.simulated().on()),
                r.simulated().decidedBy(), String.valueOf(r.simulated().extended()), String.valueOf(r.changed()),
                String.valueOf(r.refusedInputs()), r.firstRefusal() == null ? ""
                        : r.firstRefusal().input() + " on " + r.firstRefusal().on() + ": " + r.firstRefusal().rule());
    }

    private static String text(Object value) {
        return Objects.toString(value, "");
    }
}
