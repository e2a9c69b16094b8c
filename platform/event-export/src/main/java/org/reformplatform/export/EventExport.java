package org.reformplatform.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The analysts' export: event topics to JSON Lines, CSV or Parquet, with the CloudEvents envelope flattened
 * (id, type, subject, time, version, correlation id, ...) and then the data fields.
 *
 * <pre>
 * java -jar platform/event-export/target/event-export.jar --topic admissions.events --format csv --output admissions.csv
 * </pre>
 */
public final class EventExport {

    public static void main(String[] args) {
        try {
            System.exit(run(ExportOptions.parse(args)));
        } catch (UncheckedIOException e) {
            System.err.println("event-export: " + e.getCause().getMessage());
            System.exit(1);
        } catch (ExportOptions.UsageException e) {
            if (!e.getMessage().isEmpty()) {
                System.err.println("event-export: " + e.getMessage());
            }
            System.err.println(ExportOptions.USAGE);
            System.exit(e.getMessage().isEmpty() ? 0 : 2);
        }
    }

    static int run(ExportOptions options) {
        ObjectMapper mapper = new ObjectMapper();
        Decryption decryption = Decryption.of(options, mapper);
        if (options.format() == ExportOptions.Format.PARQUET) {
            try {
                return new ParquetExport(options, mapper, decryption).run();
            } catch (IOException e) {
                System.err.println("event-export: " + e.getMessage());
                return 1;
            }
        }
        try (TopicScan scan = new TopicScan(options);
             Writer out = options.output() == null
                     ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                     : Files.newBufferedWriter(options.output(), StandardCharsets.UTF_8)) {
            Progress progress = new Progress(System.err, scan.prepare(), options.quiet());
            if (options.format() == ExportOptions.Format.CSV) {
                try (CsvTable table = new CsvTable(mapper)) {
                    scan.forEach(record -> {
                        ExportedEvent event = ExportedEvent.of(record, mapper, decryption);
                        boolean kept = wanted(event, options);
                        if (kept) {
                            write(() -> table.add(event));
                        }
                        progress.record(kept);
                    });
                    table.writeTo(out);
                }
            } else {
                scan.forEach(record -> {
                    ExportedEvent event = ExportedEvent.of(record, mapper, decryption);
                    boolean kept = wanted(event, options);
                    if (kept) {
                        write(() -> {
                            out.write(mapper.writeValueAsString(event.columns()));
                            out.write('\n');
                        });
                    }
                    progress.record(kept);
                });
            }
            out.flush();
            progress.finish();
            if (!options.quiet()) {
                System.err.printf("event-export: %,d events written%n", progress.written());
                if (decryption != null) {
                    System.err.printf("event-export: %,d values opened under decryption grants%n", decryption.opened());
                }
            }
            return 0;
        } catch (IOException e) {
            System.err.println("event-export: " + e.getMessage());
            return 1;
        }
    }

    static boolean wanted(ExportedEvent event, ExportOptions options) {
        if (!options.types().isEmpty() && options.types().stream().noneMatch(event.type()::startsWith)) {
            return false;
        }
        return TopicScan.inTimeRange(event.time(), options.since(), options.until());
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void write(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private EventExport() {
    }
}
