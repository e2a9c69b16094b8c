package org.reformplatform.mobility.simulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.reformplatform.eventsourcing.simulation.OutcomeCounts;

/**
 * The report of a mobility simulation, for a policy-maker: how many arrangements end up how,
 * recorded and simulated, which arrangements change and why, and a chart of the counts
 * ({@link OutcomeCounts}).
 */
public record PolicyComparison(
        int arrangements,
        long eventsRead,
        long changed,
        long refusedInputs,
        List<OutcomeCounts.Count> counts,
        List<Row> changes,
        Map<String, Object> chart) {

    /** One arrangement: its recorded and simulated outcome and what decided each. */
    public record Row(UUID arrangementId, String form, LocalDate approvedOn, Outcome recorded, Outcome simulated, boolean changed,
            int refusedInputs, ArrangementReplay.Refusal firstRefusal) {
    }

    static PolicyComparison of(List<Row> rows, long eventsRead) {
        List<OutcomeCounts.Count> counts = OutcomeCounts.of(rows.stream().map(r -> new String[] {r.recorded().outcome(), r.simulated().outcome()})
                .toList());
        List<Row> changes = rows.stream().filter(Row::changed).toList();
        return new PolicyComparison(rows.size(), eventsRead, changes.size(), rows.stream().mapToLong(Row::refusedInputs).sum(), counts,
                changes, OutcomeCounts.chart("Arrangements by outcome: as recorded and under the policy tried", "arrangements", counts));
    }
}
