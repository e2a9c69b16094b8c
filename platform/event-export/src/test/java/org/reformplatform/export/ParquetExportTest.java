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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformplatform.kafkalocal.BrokerProcess;

/**
 * Given donations on incubation.events (generated amounts of several scales), when they are exported
 * to Parquet, then DuckDB reads them typed from the catalogue (DECIMAL with the values' scale, DATE,
 * UTC TIMESTAMP) and sums them exactly as BigDecimal does; a second run adds only what is new.
 */
class ParquetExportTest {

    static BrokerProcess broker;
    static final Random RANDOM = new Random(21);

    @BeforeAll
    static void start() {
        broker = BrokerProcess.startFresh();
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    @Test
    void donations_become_typed_parquet_and_a_second_run_adds_only_the_new_ones(@TempDir Path out) throws Exception {
        List<BigDecimal> first = send(40, "2026-03-");
        String[] args = {"--bootstrap", broker.bootstrapServers(), "--topic", "incubation.events", "--format", "parquet",
                "--output", out.toString(), "--quiet"};

        assertThat(EventExport.run(ExportOptions.parse(args))).isZero();

        Path donations = out.resolve("incubation.DonationReceived.v1");
        assertThat(donations.resolve("part-00001.parquet")).exists();
        Map<String, String> types = columnTypes(donations.resolve("part-00001.parquet"));
        assertThat(types).containsEntry("ce_time", "TIMESTAMP WITH TIME ZONE").containsEntry("ce_streamversion", "BIGINT")
                .containsEntry("receivedOn", "DATE").containsEntry("partnerId", "VARCHAR").containsEntry("kind", "VARCHAR")
                .containsEntry("amount", "STRUCT(amount DECIMAL(38," + maxScale(first) + "), currency VARCHAR)");
        assertThat(sum(out)).isEqualByComparingTo(total(first));
        assertThat(count(out.resolve("incubation.VentureClosed.v1/part-00001.parquet")))
                .as("a type of the catalogue without events yet: an empty part, so that queries over it read no rows").isZero();
        assertThat(columnTypes(out.resolve("incubation.VentureClosed.v1/part-00001.parquet"))).containsEntry("closedOn", "DATE");
        assertThat(Files.readString(out.resolve(ExportOffsets.FILE))).contains("\"runs\" : 1", "\"incubation.events:0\" : 40");

        List<BigDecimal> second = send(25, "2026-04-");
        assertThat(EventExport.run(ExportOptions.parse(args))).isZero();

        assertThat(donations.resolve("part-00002.parquet")).exists();
        assertThat(count(donations.resolve("part-00002.parquet"))).as("the second part holds only the new events").isEqualTo(25);
        List<BigDecimal> all = new ArrayList<>(first);
        all.addAll(second);
        assertThat(sum(out)).isEqualByComparingTo(total(all));
        assertThat(query(out, "SELECT count(DISTINCT ce_id) FROM read_parquet('" + donations + "/*.parquet', union_by_name = true)"))
                .isEqualTo("65");
        assertThat(query(out, "SELECT min(receivedOn)::VARCHAR FROM read_parquet('" + donations + "/*.parquet', union_by_name = true)"))
                .isEqualTo("2026-03-01");

        // a continuation with another selection would mix two exports: refused
        String[] other = {"--bootstrap", broker.bootstrapServers(), "--all", "--format", "parquet", "--output", out.toString(), "--quiet"};
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EventExport.run(ExportOptions.parse(other)))
                .isInstanceOf(ExportOptions.UsageException.class).hasMessageContaining("other filters");
    }

    @Test
    void a_type_the_catalogue_does_not_know_keeps_its_data_as_json(@TempDir Path out) throws Exception {
        try (var producer = producer()) {
            producer.send(event("evaluation.events", "evaluation.SomethingNew.v7", "{\"x\":\"1.5\"}")).get();
            producer.send(event("evaluation.events", "../../outside", "{}")).get();
        }
        int exit = EventExport.run(ExportOptions.parse(new String[] {"--bootstrap", broker.bootstrapServers(), "--topic",
                "evaluation.events", "--format", "parquet", "--output", out.toString(), "--quiet"}));

        assertThat(exit).isZero();
        assertThat(query(out, "SELECT ce_data->>'x' FROM '" + out.resolve("evaluation.SomethingNew.v7/part-00001.parquet") + "'")).isEqualTo("1.5");
        assertThat(out.resolve("_._.._outside/part-00001.parquet")).as("a type header cannot lead the files out of the export").exists();
        assertThat(out.getParent().resolve("outside")).doesNotExist();
    }

    @Test
    void sealed_personal_values_are_written_as_pseudonyms_never_as_ciphertext(@TempDir Path out) throws Exception {
        String student = UUID.randomUUID().toString();
        String sealed = "pd1:" + student + ":AAECAwQFBgcICQoLDA0ODxAREhMUFRYX";
        try (var producer = producer()) {
            producer.send(event("admissions.events", "admissions.StudentAdmitted.v1", "{\"studentId\":\"" + student
                    + "\",\"applicationId\":\"" + UUID.randomUUID() + "\",\"intakeEventId\":\"" + UUID.randomUUID()
                    + "\",\"candidateName\":\"" + sealed + "\",\"organisation\":\"org-a\",\"admittedAt\":\"2026-05-03T10:00:00Z\"}")).get();
        }
        int exit = EventExport.run(ExportOptions.parse(new String[] {"--bootstrap", broker.bootstrapServers(), "--topic",
                "admissions.events", "--type", "admissions.StudentAdmitted", "--format", "parquet", "--output", out.toString(), "--quiet"}));

        assertThat(exit).isZero();
        String files = out.resolve("admissions.StudentAdmitted.v1") + "/*.parquet";
        assertThat(query(out, "SELECT candidateName FROM read_parquet('" + files + "') WHERE studentId = '" + student + "'"))
                .isEqualTo(Pseudonyms.of(student));
    }

    /** Amounts with 0 to 4 decimal places, some negative-free large ones: the oracle is BigDecimal's sum. */
    private static List<BigDecimal> send(int n, String month) throws Exception {
        List<BigDecimal> amounts = new ArrayList<>();
        try (var producer = producer()) {
            for (int i = 0; i < n; i++) {
                BigDecimal amount = BigDecimal.valueOf(Math.abs(RANDOM.nextLong() % 1_000_000_000_000L), RANDOM.nextInt(5));
                amounts.add(amount);
                String data = "{\"partnerId\":\"" + UUID.randomUUID() + "\",\"donationId\":\"" + UUID.randomUUID()
                        + "\",\"centre\":\"c\",\"kind\":\"DONATION\",\"amount\":{\"amount\":\"" + amount.toPlainString()
                        + "\",\"currency\":\"CNY\"},\"purpose\":\"p\",\"receivedOn\":\"" + LocalDate.parse(month + String.format("%02d", i % 28 + 1)) + "\"}";
                ProducerRecord<String, byte[]> record = event("incubation.events", "incubation.DonationReceived.v1", data);
                producer.send(new ProducerRecord<>(record.topic(), 0, record.key(), record.value(), record.headers())).get();
            }
        }
        return amounts;
    }

    private static BigDecimal total(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static int maxScale(List<BigDecimal> amounts) {
        return amounts.stream().mapToInt(BigDecimal::scale).max().orElse(0);
    }

    private static BigDecimal sum(Path out) throws Exception {
        return new BigDecimal(query(out, "SELECT sum(amount.amount)::VARCHAR FROM read_parquet('" + out
                + "/incubation.DonationReceived.v1/*.parquet', union_by_name = true)"));
    }

    private static long count(Path parquet) throws Exception {
        return Long.parseLong(query(parquet.getParent(), "SELECT count(*) FROM '" + parquet + "'"));
    }

    private static Map<String, String> columnTypes(Path parquet) throws Exception {
        Map<String, String> types = new LinkedHashMap<>();
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duckdb.createStatement();
             ResultSet rows = sql.executeQuery("DESCRIBE SELECT * FROM '" + parquet + "'")) {
            while (rows.next()) {
                types.put(rows.getString("column_name"), rows.getString("column_type"));
            }
        }
        return types;
    }

    private static String query(Path dir, String query) throws Exception {
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duckdb.createStatement();
             ResultSet rows = sql.executeQuery(query)) {
            assertThat(rows.next()).as(query).isTrue();
            return rows.getString(1);
        }
    }

    private static ProducerRecord<String, byte[]> event(String topic, String type, String data) {
        String subject = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, subject, data.getBytes(StandardCharsets.UTF_8));
        for (String[] header : new String[][] {{"ce_specversion", "1.0"}, {"ce_id", UUID.randomUUID().toString()}, {"ce_type", type},
                {"ce_subject", subject}, {"ce_time", "2026-05-03T10:00:00.123456Z"}, {"ce_streamversion", "1"}}) {
            record.headers().add(header[0], header[1].getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    private static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()), new StringSerializer(),
                new ByteArraySerializer());
    }
}
