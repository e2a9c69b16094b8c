package org.reformplatform.export;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A CSV a spreadsheet opens as it is: UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF line
 * ends, one header row. Different event types have different data fields, so rows are spooled to a
 * temporary file first and the header is the union of all columns, envelope first.
 */
final class CsvTable implements AutoCloseable {

    private static final TypeReference<Map<String, String>> ROW = new TypeReference<>() {
    };

    private final ObjectMapper mapper;
    private final Path spool;
    private final BufferedWriter spoolWriter;
    private final Set<String> dataColumns = new LinkedHashSet<>();

    CsvTable(ObjectMapper mapper) throws IOException {
        this.mapper = mapper;
        this.spool = Files.createTempFile("event-export-", ".jsonl");
        this.spoolWriter = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
    }

    void add(ExportedEvent event) throws IOException {
        for (String column : event.columns().keySet()) {
            if (!ExportedEvent.ENVELOPE.contains(column)) {
                dataColumns.add(column);
            }
        }
        spoolWriter.write(mapper.writeValueAsString(event.columns()));
        spoolWriter.write('\n');
    }

    void writeTo(Writer out) throws IOException {
        spoolWriter.close();
        List<String> header = new ArrayList<>(ExportedEvent.ENVELOPE);
        dataColumns.stream().sorted().forEach(header::add);
        out.write('\uFEFF');
        writeRow(out, header);
        try (BufferedReader rows = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
            for (String line = rows.readLine(); line != null; line = rows.readLine()) {
                Map<String, String> row = mapper.readValue(line, ROW);
                List<String> cells = new ArrayList<>(header.size());
                for (String column : header) {
                    cells.add(row.get(column));
                }
                writeRow(out, cells);
            }
        }
        out.flush();
    }

    static void writeRow(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String quote(String cell) {
        if (cell == null) {
            return "";
        }
        // A leading = + - @ would be run as a formula by spreadsheets: keep it text.
        String safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !isNumber(cell) ? "'" + cell : cell;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static boolean isNumber(String cell) {
        try {
            new java.math.BigDecimal(cell);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        spoolWriter.close();
        Files.deleteIfExists(spool);
    }
}
