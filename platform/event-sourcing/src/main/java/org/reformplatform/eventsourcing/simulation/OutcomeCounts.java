package org.reformplatform.eventsourcing.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many subjects of a scope end up with each outcome, as recorded and as simulated, and the bar
 * chart a policy-maker reads them from (a Vega-Lite spec: paste it into any Vega-Lite viewer, or
 * let a dashboard render it). The same in every service's report, so that one chart reads them all.
 */
public final class OutcomeCounts {

    /** How many subjects end up with this outcome, as recorded and as simulated. */
    public record Count(String outcome, long recorded, long simulated) {
    }

    private OutcomeCounts() {
    }

    /** One count per outcome seen on either side, outcomes in natural order; {@code pairs}: each subject's recorded and simulated outcome. */
    public static List<Count> of(List<String[]> pairs) {
        Map<String, long[]> counts = new TreeMap<>();
        for (String[] pair : pairs) {
            counts.computeIfAbsent(pair[0], k -> new long[2])[0]++;
            counts.computeIfAbsent(pair[1], k -> new long[2])[1]++;
        }
        List<Count> all = new ArrayList<>();
        counts.forEach((outcome, c) -> all.add(new Count(outcome, c[0], c[1])));
        return List.copyOf(all);
    }

    /** A grouped bar chart of the counts: one bar per outcome and policy (recorded, simulated); {@code unit} names the y axis. */
    public static Map<String, Object> chart(String title, String unit, List<Count> counts) {
        List<Map<String, Object>> values = new ArrayList<>();
        for (Count c : counts) {
            values.add(Map.of("outcome", c.outcome(), "policy", "recorded", unit, c.recorded()));
            values.add(Map.of("outcome", c.outcome(), "policy", "simulated", unit, c.simulated()));
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("$schema", "https://vega.github.io/schema/vega-lite/v5.json");
        chart.put("title", title);
        chart.put("data", Map.of("values", values));
        chart.put("mark", "bar");
        chart.put("encoding", Map.of(
                "x", Map.of("field", "outcome", "type", "nominal", "title", "Outcome"),
                "xOffset", Map.of("field", "policy"),
                "y", Map.of("field", unit, "type", "quantitative", "title", Character.toUpperCase(unit.charAt(0)) + unit.substring(1)),
                "color", Map.of("field", "policy", "type", "nominal", "title", "Policy")));
        return chart;
    }
}
