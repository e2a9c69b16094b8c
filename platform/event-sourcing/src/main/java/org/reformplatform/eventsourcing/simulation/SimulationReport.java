package org.reformplatform.eventsourcing.simulation;

import java.util.List;

/**
 * What a simulation found: {@code result} is serialised as the JSON report (the service's own
 * record: counts, rows, chart), {@code csv} is the CSV export (RFC 4180: a header line, then one
 * line per subject of the scope, {@code rows} of them). {@code differences} counts the rows whose
 * outcome differs from the recorded one: zero is what the reproduction check demands.
 */
public record SimulationReport(Object result, String csv, long rows, long eventsRead, long differences) {

    /** A report whose CSV rows are all at hand (a scope small enough to hold its rows as lists). */
    public SimulationReport(Object result, List<String> header, List<List<String>> rows, long eventsRead, long differences) {
        this(result, csvOf(header, rows), rows.size(), eventsRead, differences);
    }

    private static String csvOf(List<String> header, List<List<String>> rows) {
        Csv csv = new Csv(header);
        rows.forEach(csv::row);
        return csv.text();
    }

    /**
     * The CSV written a row at a time, as the replay goes: a large scope keeps its rows as text
     * only, never as lists of fields (a million events' rows would not fit a service's heap twice).
     */
    public static final class Csv {
        private final StringBuilder out = new StringBuilder();
        private long rows;

        public Csv(List<String> header) {
            line(header);
        }

        public void row(List<String> fields) {
            line(fields);
            rows++;
        }

        public long rows() {
            return rows;
        }

        public String text() {
            return out.toString();
        }

        /** Fields quoted when they need it, quotes doubled, lines ended by CRLF. */
        private void line(List<String> fields) {
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
}
