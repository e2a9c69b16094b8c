package org.reformplatform.systemtests.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reformplatform.systemtests.Api;
import org.reformplatform.systemtests.LocalPlatform;
import org.reformplatform.systemtests.RunningPlatform;
import org.reformplatform.systemtests.Tokens;
import org.reformplatform.systemtests.scenario.Arrangements;
import org.reformplatform.systemtests.scenario.EventLog;

/**
 * One person across the platform (issue 19): a candidate admitted as a student who founds a venture,
 * and a researcher on leave to found whose foreign qualification is recognised and becomes evidence
 * in evaluation. Before erasure, the platform-wide subject-access document (deploy/subject-access.sh) holds their
 * data from every service; after one
 * platform-wide erasure request naming their ids, their name, e-mail address and certificate number
 * are in no table of any service database, on no topic read from offset 0 and in no API answer,
 * every table keeps its row count, and the subject-access document reads as erased.
 */
@ExtendWith(RunningPlatform.class)
@Order(26)
class PersonalDataErasureIT {

    static final Duration WAIT = Duration.ofSeconds(120);

    final LocalPlatform platform = RunningPlatform.platform();
    final Api api = platform.api();
    final Api.Caller operator = api.as(Tokens.OPERATOR);

    @Test
    void a_person_forgotten_by_the_platform_is_in_no_table_topic_or_answer_and_every_count_stays() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "Wen Erasable " + tag;
        String email = "wen." + tag + "@example.org";
        String certificate = "CE-ERASE-" + tag;
        UUID researcher = UUID.randomUUID();

        // admissions: the candidate, admitted as a student
        Instant now = Instant.now();
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("title", "Erasure sprint " + tag);
        event.put("kind", "PROJECT_SPRINT");
        event.put("opensAt", now.minus(Duration.ofDays(1)).toString());
        event.put("closesAt", now.plus(Duration.ofDays(30)).toString());
        event.put("capacity", 10);
        event.put("requiredReviews", 3);
        event.put("challenges", List.of(Map.of("code", "venture", "title", "A venture in ten weeks")));
        event.put("criteria", List.of(Map.of("code", "work", "description", "The work", "weight", "1", "maxScore", 10)));
        String intakeEventId = operator.post("admissions", "/v1/intake-events", event).expect(201).path("id").asText();
        operator.post("admissions", "/v1/intake-events/" + intakeEventId + "/opening", null).expect(200);
        Api.Caller partner = api.as(Tokens.UNIVERSITY_A);
        String application = partner.post("admissions", "/v1/applications", Map.of("intakeEventId", intakeEventId,
                "candidate", Map.of("name", name, "contactEmail", email))).expect(201).path("id").asText();
        partner.post("admissions", "/v1/applications/" + application + "/project-work", Map.of("title", "Sorting robot",
                "description", "A prototype", "links", List.of())).expect(200);
        List<String> reviewers = List.of("reviewer-3", "reviewer-4", "reviewer-5");
        operator.post("admissions", "/v1/applications/" + application + "/reviewers", Map.of("reviewers",
                reviewers.stream().map(r -> Map.of("reviewer", api.tokens().subjectOf(Tokens.user(r)))).toList())).expect(200);
        for (String reviewer : reviewers) {
            api.as(Tokens.user(reviewer)).post("admissions", "/v1/applications/" + application + "/reviews",
                    Map.of("scores", List.of(Map.of("criterion", "work", "score", 9)), "recommendation", "ADMIT")).expect(200);
        }
        String student = operator.get("admissions", "/v1/applications/" + application).expect(200).path("studentId").asText();

        // incubation: the student founds a venture under their name
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String venture = operator.post("incubation", "/v1/ventures", Map.of("centre", "zhongguancun", "name", "Erasure Robotics " + tag,
                "origin", "STUDENT", "summary", "Founded by an admitted student", "appliedOn", today.toString())).expect(201)
                .path("id").asText();
        operator.post("incubation", "/v1/ventures/" + venture + "/founders", Map.of("kind", "STUDENT", "studentId", student,
                "name", name)).expect(200);

        // mobility: the researcher's leave to found, under the same name
        Arrangements arrangements = new Arrangements(api);
        arrangements.policyInForce();
        UUID arrangement = arrangements.activate("LEAVE_TO_FOUND", researcher, name, null, null, today.minusDays(30), today.plusMonths(23),
                UUID.randomUUID().toString());

        // qualification → evaluation: a recognised foreign title of the researcher, with a certificate number
        operator.post("qualification", "/v1/reference-data/recognition-lists", null).expectSuccess();
        JsonNode entry = await().atMost(WAIT).until(this::titleEntry, found -> found != null);
        String recognition = api.as(Tokens.UNIVERSITY_A).post("qualification", "/v1/recognition-applications", Map.of("holderId",
                researcher.toString(), "qualificationId", entry.path("qualificationId").asText(), "certificate", Map.of("number", certificate,
                        "issuingBody", entry.path("issuingBody").asText(), "issuedOn", today.minusYears(3).toString(),
                        "validUntil", today.plusYears(3).toString()))).expect(201).path("id").asText();
        operator.post("qualification", "/v1/recognition-applications/" + recognition + "/verification", null).expect(200);
        operator.post("qualification", "/v1/recognition-applications/" + recognition + "/recognition", null).expect(200);
        await().atMost(WAIT).until(() -> operator.get("evaluation", "/v1/researchers/" + researcher).status() == 200);

        List<String> subjects = List.of(application, student, researcher.toString());
        // Let every read model take what it will, then count.
        await().atMost(WAIT).until(() -> !tablesHolding(name).isEmpty() && tablesHolding(name).contains("mobility.arrangement_summaries"));
        Thread.sleep(3000);
        Map<String, Long> before = rowCounts();

        // The platform-wide subject-access document (deploy/subject-access.sh), before erasure: the person's data from
        // every service that has it, each service complete.
        JsonNode document = subjectAccess(subjects);
        assertThat(document.path("complete").asBoolean()).as("every service answered for every id").isTrue();
        assertThat(document.path("servicesHoldingData")).extracting(JsonNode::asText).containsExactlyInAnyOrderElementsOf(LocalPlatform.SERVICES);
        assertThat(part(document, "admissions")).contains(name).contains(email);
        assertThat(part(document, "incubation")).contains(name);
        assertThat(part(document, "mobility")).contains(name);
        assertThat(part(document, "qualification")).contains(certificate);
        assertThat(part(document, "evaluation")).contains(researcher.toString());
        for (String service : LocalPlatform.SERVICES) {
            assertThat(document.path("services").path(service).path("answers").size()).as(service + " answered for each id").isEqualTo(subjects.size());
        }

        // Analysts: pseudonyms in the export, the name only under an operator's decryption grant (docs/analysts.md).
        String grant = operator.post("admissions", "/ops/personal-data/decryption-grants", Map.of("grantee",
                api.tokens().subjectOf(Tokens.ANALYST), "eventTypes", List.of("admissions.ApplicationSubmitted"),
                "fields", List.of("candidate.name", "candidate.contactEmail"), "validFor", "PT1H", "reason", "PersonalDataErasureIT"))
                .expect(201).path("grantId").asText();
        assertThat(export(null)).contains(application).doesNotContain(name).doesNotContain(email);
        assertThat(export(grant)).contains(name).contains(email);

        Api.Reply requested = operator.post("admissions", "/ops/personal-data/erasure-requests", Map.of("subjects", subjects)).expect(202);
        String requestId = requested.path("requestId").asText();
        assertThat(requested.text()).doesNotContain(name);
        await().atMost(WAIT).until(() -> operator.get("admissions", "/ops/personal-data/erasure-requests/" + requestId).expect(200)
                .path("done").asBoolean(false));
        // Read models are scrubbed at once, and again by each projection when it reaches the erasure.
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!tablesHolding(name).isEmpty() && System.nanoTime() < until) {
            Thread.sleep(1000);
        }

        for (String secret : List.of(name, email, certificate)) {
            assertThat(tablesHolding(secret)).as("tables holding " + secret).isEmpty();
        }
        List<EventLog.Event> records = EventLog.readAllExisting(platform.kafkaBootstrap(), EventLog.TOPICS, Duration.ofSeconds(60));
        assertThat(records).isNotEmpty();
        assertThat(records).noneMatch(r -> r.value() != null && (r.value().contains(name) || r.value().contains(email)
                || r.value().contains(certificate)));
        List<String> answers = List.of(
                operator.get("admissions", "/v1/applications/" + application).expect(200).text(),
                operator.get("incubation", "/v1/ventures/" + venture).expect(200).text(),
                operator.get("mobility", "/v1/arrangements/" + arrangement).expect(200).text(),
                operator.get("qualification", "/v1/recognition-applications/" + recognition).expect(200).text(),
                operator.get("evaluation", "/v1/researchers/" + researcher).expect(200).text());
        assertThat(answers).noneMatch(a -> a.contains(name) || a.contains(email) || a.contains(certificate));
        assertThat(withoutAudit(rowCounts())).as("rows per table, but for the erasure's own records").isEqualTo(withoutAudit(before));

        String decrypted = export(grant);
        assertThat(decrypted).contains(application).doesNotContain(name).doesNotContain(email).contains(PERSONAL_DATA_ERASED);
        assertThat(operator.get("admissions", "/ops/personal-data/decryption-grants/" + grant).expect(200).path("uses").asInt())
                .as("every use of the grant is recorded").isGreaterThanOrEqualTo(2);

        // After erasure the document reads as erased: complete, every id forgotten in every service, nothing in clear.
        JsonNode after = subjectAccess(subjects);
        assertThat(after.path("complete").asBoolean()).isTrue();
        assertThat(after.toString()).doesNotContain(name).doesNotContain(email).doesNotContain(certificate).contains(PERSONAL_DATA_ERASED);
        for (String service : LocalPlatform.SERVICES) {
            for (String subject : subjects) {
                assertThat(after.path("services").path(service).path("answers").path(subject).path("forgotten").asBoolean())
                        .as(service + " forgot " + subject).isTrue();
            }
        }
    }

    static final String PERSONAL_DATA_ERASED = "[erased]";

    /** docs/operations.md, "Subject access": {@code deploy/subject-access.sh <ids>}, against this platform, as an operator. */
    private JsonNode subjectAccess(List<String> subjects) throws Exception {
        Path root = Path.of(System.getProperty("platform.root", "../..")).toAbsolutePath().normalize();
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("deploy/subject-access.sh").toString()));
        command.addAll(subjects);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("TOKEN", api.tokens().of(Tokens.OPERATOR));
        for (String service : LocalPlatform.SERVICES) {
            builder.environment().put(service.toUpperCase(java.util.Locale.ROOT) + "_URL", platform.url(service));
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as("deploy/subject-access.sh's exit status; it printed:\n" + output).isZero();
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(output);
    }

    /** The analysts' export of admissions' submissions (JSON Lines), with a decryption grant or without. */
    private String export(String grant) throws Exception {
        Path root = Path.of(System.getProperty("platform.root", "../..")).toAbsolutePath().normalize();
        Path jar = root.resolve("platform/event-export/target/event-export.jar");
        assertThat(jar).as("the export tool, packaged before the system tests").exists();
        Path out = java.nio.file.Files.createTempFile("erasure-export", ".jsonl");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "--bootstrap", platform.kafkaBootstrap(), "--topic", "admissions.events", "--type", "admissions.ApplicationSubmitted",
                "--output", out.toString(), "--quiet"));
        if (grant != null) {
            command.addAll(List.of("--decrypt", "admissions=" + grant));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("TOKEN", api.tokens().of(Tokens.ANALYST));
        builder.environment().put("ADMISSIONS_URL", platform.url("admissions"));
        Process process = builder.start();
        String said = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as("event-export's exit status; it said:\n" + said).isZero();
        return java.nio.file.Files.readString(out);
    }

    private static String part(JsonNode document, String service) {
        return document.path("services").path(service).path("answers").toString();
    }

    private JsonNode titleEntry() {
        // The reference lists are imported in the background: not there yet is a 404.
        Api.Reply reply = operator.get("qualification", "/v1/recognition-list-versions/3.0/entries?subList=TITLE_EQUIVALENCE&size=200");
        if (reply.status() != 200) {
            return null;
        }
        JsonNode page = reply.json();
        for (JsonNode entry : page.path("items")) {
            if (entry.path("titleEquivalence").path("level").asText().equals("SENIOR")) {
                return entry;
            }
        }
        return null;
    }

    /** {@code service.table} of every table, in every service's database, with a row whose text contains {@code text}. */
    List<String> tablesHolding(String text) throws Exception {
        List<String> holding = new ArrayList<>();
        for (String service : LocalPlatform.SERVICES) {
            try (Connection c = DriverManager.getConnection(platform.jdbcUrl(service), "postgres", "")) {
                for (String table : tables(c)) {
                    try (PreparedStatement q = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM \"" + table + "\" t WHERE strpos(row_to_json(t)::text, ?) > 0)")) {
                        q.setString(1, text);
                        try (ResultSet rs = q.executeQuery()) {
                            rs.next();
                            if (rs.getBoolean(1)) {
                                holding.add(service + "." + table);
                            }
                        }
                    }
                }
            }
        }
        return holding;
    }

    Map<String, Long> rowCounts() throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        for (String service : LocalPlatform.SERVICES) {
            try (Connection c = DriverManager.getConnection(platform.jdbcUrl(service), "postgres", "")) {
                for (String table : tables(c)) {
                    try (PreparedStatement q = c.prepareStatement("SELECT count(*) FROM \"" + table + "\""); ResultSet rs = q.executeQuery()) {
                        rs.next();
                        counts.put(service + "." + table, rs.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    private static List<String> tables(Connection c) throws Exception {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                + "AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'flyway%'"); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /**
     * Tables the erasure itself writes to (its events, their outbox, cursors and copies on the erasure topic, keys, request
     * records), and the audit of the decryption grant this test issues and uses, are left out of the comparison.
     */
    private static final List<String> AUDIT = List.of("events", "outbox", "personal_data_keys", "erasure_requests", "erasure_completions",
            "projection_cursors", "projection_status", "processed_events", "relay_checkpoint", "erasure_copies", "decryption_grants",
            "decryption_grant_uses");

    private static Map<String, Long> withoutAudit(Map<String, Long> counts) {
        Map<String, Long> kept = new TreeMap<>();
        counts.forEach((table, count) -> {
            if (AUDIT.stream().noneMatch(a -> table.endsWith("." + a))) {
                kept.put(table, count);
            }
        });
        return kept;
    }
}
