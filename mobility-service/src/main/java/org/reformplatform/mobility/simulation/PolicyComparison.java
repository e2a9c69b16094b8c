package org.reformplatform.mobility.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The report of a mobility simulation, for a policy-maker: how many arrangements end up how,
 * recorded and simulated, which arrangements change and why, and a chart of the counts (a
 * Vega-Lite spec: paste it into any Vega-Lite viewer, or let a dashboard render it).
 */
public record PolicyComparison(
        int arrangements,
        long eventsRead,
        long changed,
        long refusedInputs,
        List<OutcomeCount> counts,
        List<Row> changes,
        Map<String, Object> chart) {

    /** How many arrangements end up with this outcome, as recorded and as simulated. */
    public record OutcomeCount(String outcome, long recorded, long simulated) {
    }

    /** One arrangement: its recorded and simulated outcome and what decided each. */
    public record Row(UUID arrangementId, String form, LocalDate approvedOn, Outcome recorded, Outcome simulated, boolean changed,
            int refusedInputs, ArrangementReplay.Refusal firstRefusal) {
    }

    static PolicyComparison of(List<Row> rows, long eventsRead) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (String outcome : new TreeSet<>(rows.stream().flatMap(r -> java.util.stream.Stream.of(r.recorded().outcome(),
                r.simulated().outcome())).toList())) {
            counts.put(outcome, new long[2]);
        }
        rows.forEach(r -> {
            counts.get(r.recorded().outcome())[0]++;
            counts.get(r.simulated().outcome())[1]++;
        });
        List<OutcomeCount> countList = new ArrayList<>();
        List<Map<String, Object>> values = new ArrayList<>();
        counts.forEach((outcome, c) -> {
            countList.add(new OutcomeCount(outcome, c[0], c[1]));
            values.add(Map.of("outcome", outcome, "policy", "recorded", "arrangements", c[0]));
            values.add(Map.of("outcome", outcome, "policy", "simulated", "arrangements", c[1]));
        });
        List<Row> changes = rows.stream().filter(Row::changed).toList();
        return new PolicyComparison(rows.size(), eventsRead, changes.size(), rows.stream().mapToLong(Row::refusedInputs).sum(),
                List.copyOf(countList), changes, chart(values));
    }

    private static Map<String, Object> chart(List<Map<String, Object>> values) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("$schema", "https://vega.github.io/schema/vega-lite/v5.json");
        chart.put("title", "Arrangements by outcome: as recorded and under the policy tried");
        chart.put("data", Map.of("values", values));
        chart.put("mark", "bar");
        chart.put("encoding", Map.of(
                "x", Map.of("field", "outcome", "type", "nominal", "title", "Outcome"),
                "xOffset", Map.of("field", "policy"),
                "y", Map.of("field", "arrangements", "type", "quantitative", "title", "Arrangements"),
                "color", Map.of("field", "policy", "type", "nominal", "title", "Policy")));
        return chart;
    }
}
