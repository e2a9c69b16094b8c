package org.reformplatform.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.reformplatform.kafkalocal.BrokerProcess;

/**
 * docs/benchmarks.md, "Parquet export": N events (default 1,000,000) of five types in the shape the
 * services publish (envelope headers, catalogue-valid data with decimals, dates and times) on one
 * topic of a local broker, then one timed {@code --format parquet} export of the whole topic.
 * Run only on request:
 *
 * <pre>
 * mvn -o -B verify -pl platform/event-export -am -Dtest=ParquetExportBenchmarkTest -Dexport.benchmark.events=1000000 \
 *     -Dsurefire.failIfNoSpecifiedTests=false -DskipITs
 * </pre>
 */
@EnabledIfSystemProperty(named = "export.benchmark.events", matches = "\\d+")
class ParquetExportBenchmarkTest {

    @Test
    void a_topic_of_a_million_events_to_parquet(@TempDir Path out) throws Exception {
        int events = Integer.getInteger("export.benchmark.events");
        try (BrokerProcess broker = BrokerProcess.startFresh()) {
            long produced = System.nanoTime();
            BigDecimal donated = produce(broker.bootstrapServers(), events);
            System.out.printf("export benchmark: %,d events produced in %.1f s%n", events, (System.nanoTime() - produced) / 1e9);

            long started = System.nanoTime();
            int exit = EventExport.run(ExportOptions.parse(new String[] {"--bootstrap", broker.bootstrapServers(), "--topic",
                    "incubation.events", "--format", "parquet", "--output", out.toString()}));
            double seconds = (System.nanoTime() - started) / 1e9;

            assertThat(exit).isZero();
            long bytes;
            try (Stream<Path> files = Files.walk(out)) {
                bytes = files.filter(f -> f.toString().endsWith(".parquet")).mapToLong(f -> f.toFile().length()).sum();
            }
            System.out.printf("export benchmark: %,d events to Parquet in %.1f s = %,.0f events/s; %,.1f MB of Parquet on %d cores%n",
                    events, seconds, events / seconds, bytes / 1e6, Runtime.getRuntime().availableProcessors());
            // the baseline, same topic, same run: JSON Lines, the export that does no typing and no columnar writing
            long jsonStarted = System.nanoTime();
            assertThat(EventExport.run(ExportOptions.parse(new String[] {"--bootstrap", broker.bootstrapServers(), "--topic",
                    "incubation.events", "--output", out.resolve("baseline.jsonl").toString(), "--quiet"}))).isZero();
            double jsonSeconds = (System.nanoTime() - jsonStarted) / 1e9;
            System.out.printf("export benchmark: baseline, the same %,d events to JSON Lines in %.1f s = %,.0f events/s; %,.1f MB%n",
                    events, jsonSeconds, events / jsonSeconds, out.resolve("baseline.jsonl").toFile().length() / 1e6);
            try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duckdb.createStatement();
                 ResultSet rows = sql.executeQuery("SELECT (SELECT count(*) FROM read_parquet('" + out + "/*/*.parquet', union_by_name = true)), "
                         + "(SELECT sum(amount.amount)::VARCHAR FROM '" + out + "/incubation.DonationReceived.v1/*.parquet')")) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(events);
                assertThat(new BigDecimal(rows.getString(2))).isEqualByComparingTo(donated);
            }
        }
    }

    /** Five types round robin; returns the donations' exact total (the oracle for the export's sum). */
    private static BigDecimal produce(String bootstrap, int events) throws Exception {
        Random random = new Random(1_000_000);
        BigDecimal donated = BigDecimal.ZERO;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"),
                new StringSerializer(), new ByteArraySerializer())) {
            String[] ventures = new String[1000];
            for (int v = 0; v < ventures.length; v++) {
                ventures[v] = UUID.randomUUID().toString();
            }
            for (int i = 0; i < events; i++) {
                String subject = ventures[random.nextInt(ventures.length)];
                String day = String.format("2026-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
                String type;
                String data;
                switch (i % 5) {
                    case 0 -> {
                        BigDecimal amount = BigDecimal.valueOf(random.nextInt(100_000_000), 2);
                        donated = donated.add(amount);
                        type = "incubation.DonationReceived.v1";
                        data = "{\"partnerId\":\"" + subject + "\",\"donationId\":\"" + UUID.randomUUID() + "\",\"centre\":\"future-innovation-centre\","
                                + "\"kind\":\"DONATION\",\"amount\":{\"amount\":\"" + amount.toPlainString() + "\",\"currency\":\"CNY\"},"
                                + "\"purpose\":\"laboratory equipment\",\"receivedOn\":\"" + day + "\"}";
                    }
                    case 1 -> {
                        type = "incubation.VentureApplied.v1";
                        data = "{\"ventureId\":\"" + subject + "\",\"centre\":\"future-innovation-centre\",\"name\":\"Venture " + i
                                + "\",\"origin\":\"STUDENT\",\"summary\":\"A robot arm for the lab\",\"appliedOn\":\"" + day + "\"}";
                    }
                    case 2 -> {
                        type = "incubation.FundingRoundClosed.v1";
                        data = "{\"ventureId\":\"" + subject + "\",\"roundName\":\"seed\",\"amount\":{\"amount\":\"" + random.nextInt(50_000_000)
                                + ".00\",\"currency\":\"CNY\"},\"investors\":[{\"name\":\"Fund A\",\"partnerId\":\"" + UUID.randomUUID()
                                + "\",\"organisation\":\"fund-a\",\"commitment\":{\"amount\":\"1000000.00\",\"currency\":\"CNY\"}}],\"closedOn\":\"" + day + "\"}";
                    }
                    case 3 -> {
                        type = "incubation.VentureStageChanged.v1";
                        data = "{\"ventureId\":\"" + subject + "\",\"from\":\"APPLIED\",\"to\":\"ADMITTED\",\"changedOn\":\"" + day + "\"}";
                    }
                    default -> {
                        type = "incubation.FounderVerified.v1";
                        data = "{\"ventureId\":\"" + subject + "\",\"founderKind\":\"STUDENT\",\"studentId\":\"" + UUID.randomUUID()
                                + "\",\"researcherId\":null,\"evidence\":\"enrolment record\",\"verifiedAt\":\"" + day + "T08:30:00.123456Z\"}";
                    }
                }
                ProducerRecord<String, byte[]> record = new ProducerRecord<>("incubation.events", subject, data.getBytes(StandardCharsets.UTF_8));
                header(record, "ce_specversion", "1.0");
                header(record, "ce_id", UUID.randomUUID().toString());
                header(record, "ce_source", "urn:reform-platform:incubation");
                header(record, "ce_type", type);
                header(record, "ce_subject", subject);
                header(record, "ce_time", day + "T08:30:00.123456Z");
                header(record, "ce_streamtype", "Venture");
                header(record, "ce_streamversion", String.valueOf(1 + i / ventures.length));
                header(record, "ce_correlationid", UUID.randomUUID().toString());
                header(record, "ce_organisation", "future-innovation-centre");
                producer.send(record);
            }
            producer.flush();
        }
        return donated;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
