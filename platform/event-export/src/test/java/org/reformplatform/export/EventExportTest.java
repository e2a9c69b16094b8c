package org.reformplatform.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

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

class EventExportTest {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The ids of one challenge list's three events on evaluation.events, all in partition 0 (offsets 0, 1, 2). */
    static final List<String> CHALLENGE_LIST_EVENTS = new ArrayList<>();
    static BrokerProcess broker;

    @BeforeAll
    static void events() throws Exception {
        broker = BrokerProcess.startFresh();
        try (var producer = producer(null)) {
            producer.send(event("admissions.events", "admissions.IntakeEventOpened.v1", "2026-03-01T10:00:00Z", "{\"intakeEventId\":\"e1\"}")).get();
            producer.send(event("admissions.events", "admissions.StudentAdmitted.v1", "2026-04-02T10:00:00Z",
                    "{\"studentId\":\"s1\",\"candidateName\":\"Li, \\\"Wei\\\"\\nsecond line\",\"organisation\":\"=cmd|calc\"}")).get();
            producer.send(event("incubation.events", "incubation.FundingRoundClosed.v1", "2026-05-03T10:00:00Z",
                    "{\"ventureId\":\"v1\",\"amount\":{\"amount\":\"50000000.00\",\"currency\":\"CNY\"},\"investors\":[\"a\",\"b\"]}")).get();
            String list = UUID.randomUUID().toString();
            for (String type : List.of("evaluation.ChallengeListPublished.v1", "evaluation.ChallengeTaken.v1", "evaluation.ChallengeTaken.v1")) {
                ProducerRecord<String, byte[]> record = event("evaluation.events", type, "2026-06-0" + (CHALLENGE_LIST_EVENTS.size() + 1) + "T10:00:00Z",
                        "{\"listId\":\"" + list + "\"}");
                producer.send(new ProducerRecord<>(record.topic(), 0, list, record.value(), record.headers())).get();
                CHALLENGE_LIST_EVENTS.add(new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8));
            }
        }
        // A batch the relay aborted: invisible to read_committed readers, so never exported.
        try (var transactional = producer("aborting-relay")) {
            transactional.initTransactions();
            transactional.beginTransaction();
            transactional.send(event("admissions.events", "admissions.Aborted.v1", "2026-04-05T10:00:00Z", "{}")).get();
            transactional.abortTransaction();
        }
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    @Test
    void a_full_topic_becomes_a_csv_a_spreadsheet_opens(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("all.csv");
        int exit = EventExport.run(ExportOptions.parse(new String[] {"--bootstrap", broker.bootstrapServers(), "--all",
                "--format", "csv", "--output", csv.toString(), "--quiet"}));

        assertThat(exit).isZero();
        String content = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(content).startsWith("\uFEFFid,type,source,subject,time,streamType,streamVersion,correlationId");
        assertThat(content).contains("\r\n").doesNotContain("admissions.Aborted");
        List<List<String>> rows = Csv.parse(content.substring(1));
        assertThat(rows).as("the header and the six committed events of the three topics").hasSize(7);
        List<String> header = rows.get(0);
        assertThat(header).contains("data.amount.amount", "data.amount.currency", "data.investors", "data.candidateName");
        Map<String, String> admitted = Csv.row(header, rows.stream().filter(r -> r.contains("admissions.StudentAdmitted.v1")).findFirst().orElseThrow());
        assertThat(admitted.get("data.candidateName")).isEqualTo("Li, \"Wei\"\nsecond line");
        assertThat(admitted.get("data.organisation")).isEqualTo("'=cmd|calc");
        Map<String, String> round = Csv.row(header, rows.stream().filter(r -> r.contains("incubation.FundingRoundClosed.v1")).findFirst().orElseThrow());
        assertThat(round.get("data.amount.amount")).isEqualTo("50000000.00");
        assertThat(round.get("data.investors")).isEqualTo("[\"a\",\"b\"]");
    }

    @Test
    void json_lines_filtered_by_type_and_time(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("admitted.jsonl");
        assertThat(EventExport.run(ExportOptions.parse(new String[] {"--bootstrap", broker.bootstrapServers(), "--topic", "admissions.events",
                "--type", "admissions.Student", "--since", "2026-04-01T00:00:00Z", "--until", "2026-05-01T00:00:00Z",
                "--output", out.toString(), "--quiet"}))).isZero();

        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("\"type\":\"admissions.StudentAdmitted.v1\"", "\"data.studentId\":\"s1\"");

        // --until is exclusive: the event at 10:00:00 is out at 10:00:00 and in a second later
        assertThat(types(export(dir.resolve("before.jsonl"), "--topic", "admissions.events", "--until", "2026-03-01T10:00:00Z"))).isEmpty();
        assertThat(types(export(dir.resolve("up-to.jsonl"), "--topic", "admissions.events", "--until", "2026-03-01T10:00:01Z")))
                .containsExactly("admissions.IntakeEventOpened.v1");
    }

    @Test
    void an_export_can_start_at_an_offset(@TempDir Path dir) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String line : export(dir.resolve("from-offset.jsonl"), "--topic", "evaluation.events", "--from", "offset:1")) {
            ids.add(JSON.readTree(line).path("id").asText());
        }
        assertThat(ids).as("the list's events after the first, in order").containsExactly(CHALLENGE_LIST_EVENTS.get(1), CHALLENGE_LIST_EVENTS.get(2));
        assertThat(export(dir.resolve("past-the-end.jsonl"), "--topic", "evaluation.events", "--from", "offset:3")).isEmpty();
    }

    @Test
    void a_wrong_command_line_says_what_is_wrong() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExportOptions.parse(new String[] {"--format", "xls", "--all"}))
                .hasMessageContaining("jsonl, csv or parquet");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExportOptions.parse(new String[] {"--format", "parquet", "--all"}))
                .hasMessageContaining("--output DIR");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExportOptions.parse(new String[] {"--since", "yesterday", "--all"}))
                .hasMessageContaining("ISO-8601");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExportOptions.parse(new String[] {}))
                .hasMessageContaining("--topic");
    }

    /** Runs an export to a file it creates (it must not exist before: an empty file is then the export's, not the test's) and returns its lines. */
    private static List<String> export(Path out, String... options) throws Exception {
        assertThat(out).doesNotExist();
        List<String> args = new ArrayList<>(List.of("--bootstrap", broker.bootstrapServers(), "--output", out.toString(), "--quiet"));
        args.addAll(List.of(options));
        assertThat(EventExport.run(ExportOptions.parse(args.toArray(String[]::new)))).as("exit status").isZero();
        return Files.readAllLines(out);
    }

    private static List<String> types(List<String> lines) throws Exception {
        List<String> types = new ArrayList<>();
        for (String line : lines) {
            types.add(JSON.readTree(line).path("type").asText());
        }
        return types;
    }

    private static ProducerRecord<String, byte[]> event(String topic, String type, String time, String data) {
        String subject = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, subject, data.getBytes(StandardCharsets.UTF_8));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_source", "urn:reform-platform:" + topic.substring(0, topic.indexOf('.')));
        header(record, "ce_type", type);
        header(record, "ce_subject", subject);
        header(record, "ce_time", time);
        header(record, "ce_streamversion", "1");
        return record;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static KafkaProducer<String, byte[]> producer(String transactionalId) {
        Map<String, Object> config = new java.util.HashMap<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
        if (transactionalId != null) {
            config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        }
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }
}
