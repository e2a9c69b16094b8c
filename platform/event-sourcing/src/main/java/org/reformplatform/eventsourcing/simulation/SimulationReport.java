package org.reformplatform.eventsourcing.simulation;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * What a simulation found: {@code result} is serialised as the JSON report (the service's own
 * record: counts, rows, chart), {@code csv} is the CSV export (RFC 4180: a header line, then one
 * line per subject of the scope). {@code differences} counts the rows whose outcome differs from
 * the recorded one: zero is what the reproduction check demands.
 */
public record SimulationReport(Object result, Csv csv, long eventsRead, long differences) {

    /** A report whose CSV rows are all at hand (a scope small enough to hold its rows as lists). */
    public SimulationReport(Object result, List<String> header, List<List<String>> rows, long eventsRead, long differences) {
        this(result, Csv.of(header, rows), eventsRead, differences);
    }

    /** The CSV's rows, the header not counted. */
    public long rows() {
        return csv.rows();
    }

    /**
     * The CSV written a row at a time as the replay goes, kept gzipped in memory: a million events'
     * rows are some 30 MB of text (twice that as Java characters), about a tenth of that compressed,
     * and a service's heap is 256 MB. {@link #open()} streams it back as UTF-8 for the database.
     */
    public static final class Csv {
        private final ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        private final Counting counting;
        private final Writer out;
        private long rows;
        private boolean finished;

        public Csv(List<String> header) {
            try {
                counting = new Counting(new GZIPOutputStream(compressed, 1 << 16));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out = new BufferedWriter(new OutputStreamWriter(counting, StandardCharsets.UTF_8), 1 << 16);
            line(header);
        }

        static Csv of(List<String> header, List<List<String>> rows) {
            Csv csv = new Csv(header);
            rows.forEach(csv::row);
            return csv.finish();
        }

        public void row(List<String> fields) {
            line(fields);
            rows++;
        }

        /** No more rows: the compressed text is complete. */
        public Csv finish() {
            if (!finished) {
                finished = true;
                try {
                    out.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return this;
        }

        public long rows() {
            return rows;
        }

        /** The length of the text in UTF-8 bytes. */
        public long bytes() {
            finish();
            return counting.count;
        }

        /** The text as UTF-8, read from the compressed copy. */
        public InputStream open() {
            finish();
            try {
                return new GZIPInputStream(new ByteArrayInputStream(compressed.toByteArray()), 1 << 16);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The whole text at once (small reports, tests). */
        public String text() {
            try (InputStream in = open()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Fields quoted when they need it, quotes doubled, lines ended by CRLF. */
        private void line(List<String> fields) {
            if (finished) {
                throw new IllegalStateException("the CSV is finished");
            }
            try {
                for (int i = 0; i < fields.size(); i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    String field = fields.get(i) == null ? "" : fields.get(i);
                    boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
                    out.write(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
                }
                out.write("\r\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Counts the bytes written through it (the UTF-8 length of the text, before compression). */
    private static final class Counting extends FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
