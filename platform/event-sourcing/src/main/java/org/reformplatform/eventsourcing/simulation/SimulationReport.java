package org.reformplatform.eventsourcing.simulation;

import java.util.List;

/**
 * What a simulation found: {@code result} is serialised as the JSON report (the service's own
 * record: counts, rows, chart), {@code header} and {@code rows} are the CSV export, one row per
 * subject of the scope. {@code differences} counts the rows whose outcome differs from the recorded
 * one: zero is what the reproduction check demands.
 */
public record SimulationReport(Object result, List<String> header, List<List<String>> rows, long eventsRead, long differences) {

    public SimulationReport {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** RFC 4180 CSV: a header line, then one line per row; fields quoted when they need it. */
    public String csv() {
        StringBuilder out = new StringBuilder();
        line(out, header);
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String field = fields.get(i) == null ? "" : fields.get(i);
            boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
            out.append(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
        }
        out.append("\r\n");
    }
}
