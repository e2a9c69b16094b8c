package org.reformplatform.export;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What to export, parsed from the command line. */
record ExportOptions(
        String bootstrapServers,
        List<String> topics,
        boolean allTopics,
        Start start,
        Instant since,
        Instant until,
        List<String> types,
        Format format,
        Path output,
        boolean quiet,
        Path schemas,
        java.util.Map<String, String> decrypt) {

    enum Format { JSONL, CSV, PARQUET }

    /** What selects the events, so that an incremental export is continued with the same selection. */
    String filters() {
        return "topics=" + (allTopics ? "all" : String.join(",", topics)) + " types=" + String.join(",", types)
                + " since=" + since + " until=" + until;
    }

    /** Where reading starts in every partition. */
    record Start(String kind, long offset, Instant time) {
        static final Start BEGINNING = new Start("beginning", 0, null);
    }

    static final String USAGE = """
            Usage: event-export [options]
              --bootstrap HOST:PORT   Kafka bootstrap servers (default 127.0.0.1:9092, or $PLATFORM_KAFKA_BOOTSTRAP)
              --topic NAME            a topic to export; repeat for several (e.g. admissions.events)
              --all                   every <service>.events topic on the broker
              --from WHERE            beginning (default) | offset:N (in every partition) | time:2026-01-01T00:00:00Z
              --since TIME            only events that happened at or after TIME (ce_time, ISO-8601)
              --until TIME            only events that happened before TIME
              --type PREFIX           only event types starting with PREFIX, e.g. admissions.StudentAdmitted; repeatable
              --format jsonl|csv|parquet
                                      JSON Lines (default), CSV for spreadsheets (UTF-8 with BOM, CRLF), or Parquet:
                                      one directory per event type, typed from the event catalogue, in --output DIR;
                                      run again with the same DIR to add what is new since (offsets in DIR/_offsets.json)
              --output FILE|DIR       write to FILE instead of standard output (parquet: the directory, required)
              --schemas DIR           the event catalogue to type Parquet columns from (default: the one in the tool,
                                      docs/events when it was built)
              --decrypt SERVICE=GRANT with a decryption grant an operator gave you (docs/analysts.md): the fields it
                                      covers in clear, asked of SERVICE ($<SERVICE>_URL, default the local port) with
                                      your token in $TOKEN; repeatable, one per service; everything else stays pseudonyms
              --quiet                 no progress on standard error
            Reads what was committed (read_committed) up to the end of each partition as it was when
            the export started, so the export is a consistent snapshot and ends by itself.""";

    static ExportOptions parse(String[] args) {
        String bootstrap = System.getenv().getOrDefault("PLATFORM_KAFKA_BOOTSTRAP", "127.0.0.1:9092");
        List<String> topics = new ArrayList<>();
        List<String> types = new ArrayList<>();
        boolean all = false;
        boolean quiet = false;
        Start start = Start.BEGINNING;
        Instant since = null;
        Instant until = null;
        Format format = Format.JSONL;
        Path output = null;
        Path schemas = null;
        java.util.Map<String, String> decrypt = new java.util.TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--all" -> all = true;
                case "--quiet" -> quiet = true;
                case "--help", "-h" -> throw new UsageException("");
                default -> {
                    if (i + 1 >= args.length) {
                        throw new UsageException("missing value for " + option);
                    }
                    String value = args[++i];
                    switch (option) {
                        case "--bootstrap" -> bootstrap = value;
                        case "--topic" -> topics.add(value);
                        case "--type" -> types.add(value);
                        case "--from" -> start = parseStart(value);
                        case "--since" -> since = parseTime(value, option);
                        case "--until" -> until = parseTime(value, option);
                        case "--format" -> format = parseFormat(value);
                        case "--output" -> output = Path.of(value);
                        case "--schemas" -> schemas = Path.of(value);
                        case "--decrypt" -> {
                            java.util.Map.Entry<String, String> grant = Decryption.parse(value);
                            decrypt.put(grant.getKey(), grant.getValue());
                        }
                        default -> throw new UsageException("unknown option " + option);
                    }
                }
            }
        }
        if (topics.isEmpty() && !all) {
            throw new UsageException("name at least one --topic, or --all");
        }
        if (format == Format.PARQUET && output == null) {
            throw new UsageException("--format parquet needs --output DIR");
        }
        return new ExportOptions(bootstrap, List.copyOf(topics), all, start, since, until, List.copyOf(types), format, output, quiet, schemas,
                java.util.Map.copyOf(decrypt));
    }

    private static Start parseStart(String value) {
        if (value.equals("beginning")) {
            return Start.BEGINNING;
        }
        if (value.startsWith("offset:")) {
            try {
                return new Start("offset", Long.parseLong(value.substring(7)), null);
            } catch (NumberFormatException e) {
                throw new UsageException("--from offset:N needs a whole number");
            }
        }
        if (value.startsWith("time:")) {
            return new Start("time", 0, parseTime(value.substring(5), "--from time:"));
        }
        throw new UsageException("--from takes beginning, offset:N or time:ISO-8601");
    }

    private static Instant parseTime(String value, String option) {
        try {
            return java.time.OffsetDateTime.parse(value).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return Instant.parse(value);
            } catch (java.time.format.DateTimeParseException again) {
                throw new UsageException(option + " needs an ISO-8601 time with an offset, e.g. 2026-01-01T00:00:00Z");
            }
        }
    }

    private static Format parseFormat(String value) {
        return switch (value.toLowerCase()) {
            case "jsonl", "json" -> Format.JSONL;
            case "csv" -> Format.CSV;
            case "parquet" -> Format.PARQUET;
            default -> throw new UsageException("--format is jsonl, csv or parquet");
        };
    }

    /** A command line that cannot be run; the message says why. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
