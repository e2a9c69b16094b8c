package org.reformplatform.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * {@code --format parquet}: one directory per event type ({@code OUT/incubation.DonationReceived.v1/}),
 * one Parquet part per run in it ({@code part-00001.parquet}), typed from the event catalogue
 * ({@link ColumnTypes}); {@code OUT/_offsets.json} records where the next run continues.
 *
 * <p>Columns: the CloudEvents envelope as {@code ce_id, ce_type, ce_source, ce_subject, ce_time
 * (TIMESTAMPTZ), ce_streamtype, ce_streamversion (BIGINT), ce_correlationid, ce_causationid,
 * ce_organisation}, the record's place as {@code kafka_topic, kafka_partition, kafka_offset}, then
 * the event's data fields by their own names (nested records as structs). A type the catalogue does
 * not know has its data as JSON text in {@code ce_data}.
 *
 * <p>DuckDB (its JDBC driver, native library inside the jar) writes the files: each type's events
 * are staged as JSON Lines and copied with {@code read_json(..., columns = {typed})} into Parquet,
 * which keeps the tool free of a Hadoop installation and as fast as DuckDB's own reader.
 */
final class ParquetExport {

    private static final String STAGING = ".staging";

    private final ExportOptions options;
    private final ObjectMapper mapper;
    private final ColumnTypes types;
    private final Decryption decryption;

    ParquetExport(ExportOptions options, ObjectMapper mapper) {
        this(options, mapper, null);
    }

    ParquetExport(ExportOptions options, ObjectMapper mapper, Decryption decryption) {
        this.decryption = decryption;
        this.options = options;
        this.mapper = mapper;
        this.types = new ColumnTypes(mapper, options.schemas());
    }

    /** One event type's staged rows during a run. */
    private static final class Staged {
        final Path file;
        final Writer out;
        final Optional<JsonNode> schema;
        final Map<String, Integer> scales = new HashMap<>();
        long rows;

        Staged(Path file, Optional<JsonNode> schema) throws IOException {
            this.file = file;
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            this.schema = schema;
        }
    }

    int run() throws IOException {
        long started = System.nanoTime();
        Path directory = options.output();
        Files.createDirectories(directory);
        ExportOffsets previous = ExportOffsets.read(directory);
        String filters = options.filters();
        if (previous.runs() > 0 && !filters.equals(previous.filters())) {
            throw new ExportOptions.UsageException(directory + " holds an export made with other filters (" + previous.filters()
                    + "); continue it with the same --topic/--all/--type/--since/--until, or export into a new directory");
        }
        int run = previous.runs() + 1;
        String part = String.format("part-%05d.parquet", run);
        deleteLeftovers(directory, part);
        Path staging = Files.createDirectories(directory.resolve(STAGING));
        Map<String, Staged> staged = new LinkedHashMap<>();
        Map<TopicPartition, Long> next = new HashMap<>(previous.next());
        try (TopicScan scan = new TopicScan(options).resumeFrom(previous.next())) {
            Progress progress = new Progress(System.err, scan.prepare(), options.quiet());
            scan.forEach(record -> {
                // the filters need two headers only: no flattening of the data as CSV needs it
                String type = header(record, "ce_type");
                boolean kept = (options.types().isEmpty() || (type != null && options.types().stream().anyMatch(type::startsWith)))
                        && TopicScan.inTimeRange(header(record, "ce_time"), options.since(), options.until());
                if (kept) {
                    stage(record, type, staged, staging);
                }
                progress.record(kept);
            });
            progress.finish();
            next.putAll(scan.ends());
            for (String topic : scan.topicNames().stream().filter(t -> t.indexOf('.') > 0).toList()) {
                // every type the catalogue knows has its directory from the first run on, empty or not: a query
                // over a type that never happened yet reads no rows instead of failing on a missing file
                for (String type : types.typesOf(topic.substring(0, topic.indexOf('.')))) {
                    if (!staged.containsKey(type) && !Files.isDirectory(directory.resolve(type)) && typeWanted(type)) {
                        staged.put(type, new Staged(staging.resolve(type + ".jsonl"), types.schemaOf(type)));
                    }
                }
            }
            for (Staged s : staged.values()) {
                s.out.close();
            }
            long read = System.nanoTime();
            long written = copyToParquet(directory, part, staged);
            new ExportOffsets(run, filters, next).write(directory);
            if (!options.quiet()) {
                System.err.printf("event-export: %,d events in %d event types written to %s (run %d): read and staged in %.1f s, Parquet in %.1f s%n",
                        written, staged.size(), directory, run, (read - started) / 1e9, (System.nanoTime() - read) / 1e9);
            }
            return 0;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            for (Staged s : staged.values()) {
                s.out.close();
            }
            deleteTree(staging);
        }
    }

    private void stage(ConsumerRecord<String, byte[]> record, String type, Map<String, Staged> staged, Path staging) {
        try {
            // a directory name inside the export, whatever the header says ("..", "/" and the like cannot leave it)
            String name = type == null || type.isBlank() ? "unknown" : type.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.", "_");
            Staged into = staged.get(name);
            if (into == null) {
                into = new Staged(staging.resolve(name + ".jsonl"), types.schemaOf(type));
                staged.put(name, into);
            }
            ObjectNode row = mapper.createObjectNode();
            for (String header : ENVELOPE.keySet()) {
                row.put(header, header(record, header));
            }
            row.put("kafka_topic", record.topic());
            row.put("kafka_partition", record.partition());
            row.put("kafka_offset", record.offset());
            JsonNode data = null;
            try {
                data = record.value() == null ? null : mapper.readTree(record.value());
                if (decryption != null) {
                    data = decryption.apply(record.topic(), header(record, "ce_id"), header(record, "ce_type"), data);
                }
                // sealed values are never exported: what no grant opened becomes its subject's pseudonym
                data = data == null ? null : Pseudonyms.apply(data);
            } catch (IOException unreadable) {
                // kept as text in the data column below
            }
            if (into.schema.isPresent() && data != null && data.isObject()) {
                ColumnTypes.observe(into.schema.get(), data, "$", into.scales);
                data.fields().forEachRemaining(field -> {
                    if (!row.has(field.getKey())) {
                        row.set(field.getKey(), field.getValue());
                    }
                });
            }
            // the whole data as text: the column of types without a schema, and the fallback of data that does not fit its schema
            if (data != null) {
                row.set("ce_data", data);
            } else {
                row.put("ce_data", record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8));
            }
            into.out.write(mapper.writeValueAsString(row));
            into.out.write('\n');
            into.rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private boolean typeWanted(String type) {
        return options.types().isEmpty() || options.types().stream().anyMatch(type::startsWith);
    }

    /** The envelope headers and their column types. */
    static final Map<String, String> ENVELOPE = envelope();

    private static Map<String, String> envelope() {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String name : new String[] {"ce_id", "ce_type", "ce_source", "ce_subject"}) {
            columns.put(name, "VARCHAR");
        }
        columns.put("ce_time", "TIMESTAMPTZ");
        columns.put("ce_streamtype", "VARCHAR");
        columns.put("ce_streamversion", "BIGINT");
        for (String name : new String[] {"ce_correlationid", "ce_causationid", "ce_organisation", "ce_dataschema"}) {
            columns.put(name, "VARCHAR");
        }
        return columns;
    }

    private long copyToParquet(Path directory, String part, Map<String, Staged> staged) throws IOException {
        long written = 0;
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duckdb.createStatement()) {
            sql.execute("SET TimeZone = 'UTC'");
            for (Map.Entry<String, Staged> entry : staged.entrySet()) {
                Staged s = entry.getValue();
                Path target = Files.createDirectories(directory.resolve(entry.getKey())).resolve(part);
                Map<String, String> columns = new LinkedHashMap<>(ENVELOPE);
                columns.put("kafka_topic", "VARCHAR");
                columns.put("kafka_partition", "INTEGER");
                columns.put("kafka_offset", "BIGINT");
                Map<String, String> typed = new LinkedHashMap<>(columns);
                s.schema.ifPresent(schema -> ColumnTypes.columns(schema, s.scales).forEach(typed::putIfAbsent));
                if (s.schema.isEmpty()) {
                    typed.put("ce_data", "JSON");
                }
                try {
                    sql.execute(copy(s.file, typed, target));
                } catch (SQLException refused) {
                    // Data that does not fit its published schema (it should not happen: the build checks every
                    // event against the catalogue) is still exported, with the data as JSON text.
                    columns.put("ce_data", "JSON");
                    System.err.printf("%nevent-export: %s does not fit its schema (%s); its data is exported as JSON text%n",
                            entry.getKey(), refused.getMessage().lines().findFirst().orElse(""));
                    try {
                        sql.execute(copy(s.file, columns, target));
                    } catch (SQLException again) {
                        throw new IOException("cannot write " + target + ": " + again.getMessage(), again);
                    }
                }
                written += s.rows;

            }
        } catch (SQLException e) {
            throw new IOException("DuckDB: " + e.getMessage(), e);
        }
        return written;
    }

    static String copy(Path jsonLines, Map<String, String> columns, Path target) {
        StringBuilder struct = new StringBuilder("{");
        columns.forEach((name, type) -> struct.append(literal(name)).append(": ").append(literal(type)).append(", "));
        struct.setLength(struct.length() - 2);
        struct.append('}');
        return "COPY (SELECT * FROM read_json(" + literal(jsonLines.toAbsolutePath().toString())
                + ", format = 'newline_delimited', maximum_object_size = 134217728, columns = " + struct + ")) TO "
                + literal(target.toAbsolutePath().toString()) + " (FORMAT parquet, COMPRESSION zstd)";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** Parts of a run that did not finish (its offsets were never recorded) carry this run's number: gone before it writes. */
    private static void deleteLeftovers(Path directory, String part) throws IOException {
        try (Stream<Path> types = Files.list(directory)) {
            for (Path type : (Iterable<Path>) types::iterator) {
                if (Files.isDirectory(type)) {
                    Files.deleteIfExists(type.resolve(part));
                }
            }
        }
        deleteTree(directory.resolve(STAGING));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
