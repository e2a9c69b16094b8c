package org.reformplatform.evaluation.simulation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.reformplatform.eventsourcing.simulation.OutcomeCounts;
import org.reformplatform.eventsourcing.simulation.SimulationReport;
import org.reformplatform.evaluation.cycle.Dossier;

/**
 * The report of an evaluation simulation, for a policy-maker: each track's ranking as recorded and
 * under the weights tried — who moves, by how many places and by how much total — the results
 * counted both ways with a chart, and one CSV row per dossier.
 *
 * @param moved dossiers whose result or standing in their track changed
 */
public record RankingComparison(int dossiers, long eventsRead, long moved, long refusedInputs, List<OutcomeCounts.Count> counts,
        List<Row> changes, List<Row> rankings, Map<String, Object> chart) {

    /**
     * One dossier: its total, result, rank (competitive tracks) and standing in its track, recorded and simulated.
     *
     * @param placesUp how many places it rose in its track's standing (negative: fell)
     */
    public record Row(UUID cycleId, UUID dossierId, UUID researcherId, String track, CycleReplay.Standing recorded,
            CycleReplay.Standing simulated, BigDecimal totalChange, Integer placesUp, boolean changed) {
    }

    static final List<String> HEADER = List.of("cycleId", "dossierId", "researcherId", "track", "recordedTotal", "recordedResult", "recordedRank",
            "recordedStanding", "simulatedTotal", "simulatedResult", "simulatedRank", "simulatedStanding", "totalChange", "placesUp", "changed");

    public static SimulationReport of(List<CycleReplay.Replayed> cycles, long eventsRead) {
        List<Row> rows = new ArrayList<>();
        long refused = 0;
        for (CycleReplay.Replayed cycle : cycles) {
            refused += cycle.refusals().size();
            for (Map.Entry<Dossier, CycleReplay.Standing[]> e : cycle.standings().entrySet()) {
                Dossier d = e.getKey();
                CycleReplay.Standing before = e.getValue()[0];
                CycleReplay.Standing after = e.getValue()[1];
                BigDecimal change = before.total() == null || after.total() == null ? null : after.total().subtract(before.total());
                Integer places = before.standing() == null || after.standing() == null ? null : before.standing() - after.standing();
                boolean changed = !before.result().equals(after.result()) || !Objects.equals(before.standing(), after.standing())
                        || !Objects.equals(before.rank(), after.rank());
                rows.add(new Row(cycle.recorded().id().value(), d.id().value(), d.researcherId().value(), d.track(), before, after, change, places,
                        changed));
            }
        }
        List<OutcomeCounts.Count> counts = OutcomeCounts.of(rows.stream().map(r -> new String[] {r.recorded().result(), r.simulated().result()})
                .toList());
        List<Row> changes = rows.stream().filter(Row::changed).toList();
        RankingComparison report = new RankingComparison(rows.size(), eventsRead, changes.size(), refused, counts, changes, rows,
                OutcomeCounts.chart("Dossiers by result: as recorded and under the weights tried", "dossiers", counts));
        return new SimulationReport(report, HEADER, rows.stream().map(RankingComparison::csv).toList(), eventsRead, changes.size());
    }

    private static List<String> csv(Row r) {
        return List.of(r.cycleId().toString(), r.dossierId().toString(), r.researcherId().toString(), r.track(), text(r.recorded().total()),
                r.recorded().result(), text(r.recorded().rank()), text(r.recorded().standing()), text(r.simulated().total()), r.simulated().result(),
                text(r.simulated().rank()), text(r.simulated().standing()), text(r.totalChange()), text(r.placesUp()), String.valueOf(r.changed()));
    }

    private static String text(Object value) {
        return value instanceof BigDecimal d ? d.toPlainString() : Objects.toString(value, "");
    }
}
