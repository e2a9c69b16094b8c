package org.reformplatform.incubation.integration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.reformplatform.incubation.IncubationApi.applyVenture;
import static org.reformplatform.incubation.IncubationApi.post;
import static org.reformplatform.incubation.IncubationApi.unique;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.reformplatform.incubation.founder.FounderRecordId;
import org.reformplatform.incubation.venture.FounderKind;
import org.reformplatform.testing.EventStoreProbe;
import org.reformplatform.testing.Tokens;
import org.reformplatform.testing.TopicReader;
import org.reformplatform.testing.kafka.ForeignEvents;

/**
 * Student and researcher founders are linked to the admissions and mobility events that vouch for
 * them, whichever arrives first: the events are published on the other services' topics exactly
 * as those services publish them (CloudEvents, binary mode).
 */
@QuarkusTest
class FounderLinkTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    /** admissions.StudentAdmitted.v1 with the fields of docs/architecture.md. */
    static UUID publishStudentAdmitted(UUID studentId, UUID applicationId, String name) {
        Map<String, Object> data = Map.of("studentId", studentId.toString(), "applicationId", applicationId.toString(),
                "intakeEventId", UUID.randomUUID().toString(), "candidateName", name, "organisation", "ai-institute",
                "admittedAt", "2026-05-01T02:00:00Z");
        return ForeignEvents.publish("admissions", "StudentAdmitted", applicationId.toString(), data);
    }

    /** mobility.ArrangementActivated.v1 with the fields of docs/architecture.md. */
    static UUID publishArrangementActivated(String key, UUID researcherId, UUID arrangementId, String form) {
        Map<String, Object> data = Map.of("arrangementId", arrangementId.toString(), "researcherId", researcherId.toString(), "form", form,
                "institution", "Satellite engineering centre", "enterprise", "Orbit Link Systems", "startsOn", "2026-01-01",
                "endsOn", "2029-01-01");
        return ForeignEvents.publish("mobility", "ArrangementActivated", key, data);
    }

    static void addFounder(String ventureId, Map<String, Object> founder, boolean verified) {
        post("/v1/ventures/" + ventureId + "/founders", founder).then().statusCode(200).body("founders[0].verified", equalTo(verified));
    }

    static void awaitVerified(String ventureId, String evidence) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.analyst()).get("/v1/ventures/" + ventureId)
                .then().statusCode(200).body("founders[0].verified", equalTo(true)).body("founders[0].evidence", equalTo(evidence)));
    }

    static void awaitRecorded(FounderKind kind, UUID personId) {
        String stream = FounderRecordId.of(kind, personId).streamId();
        await().atMost(Duration.ofSeconds(60)).until(() -> EventStoreProbe.eventCount(stream) > 0);
    }

    @Test
    void a_student_named_before_the_admission_arrives_is_verified_when_it_does() throws Exception {
        UUID student = UUID.randomUUID();
        UUID application = UUID.randomUUID();
        String venture = applyVenture(unique("links"), "AgriGene Analytics", "2026-02-10");
        addFounder(venture, Map.of("kind", "STUDENT", "studentId", student.toString(), "name", "Zhang Min"), false);

        publishStudentAdmitted(student, application, "Zhang Min");
        awaitVerified(venture, "admissions application " + application);
    }

    @Test
    void a_student_admitted_before_being_named_is_verified_at_once() throws Exception {
        UUID student = UUID.randomUUID();
        UUID application = UUID.randomUUID();
        publishStudentAdmitted(student, application, "Liu Yang");
        awaitRecorded(FounderKind.STUDENT, student);

        String venture = applyVenture(unique("links"), "MedScan Intelligence", "2026-02-10");
        addFounder(venture, Map.of("kind", "STUDENT", "studentId", student.toString(), "name", "Liu Yang"), true);
        given().auth().oauth2(Tokens.analyst()).get("/v1/ventures/" + venture).then()
                .body("founders[0].evidence", equalTo("admissions application " + application));
    }

    @Test
    void a_redelivered_admission_verifies_nothing_twice() throws Exception {
        UUID student = UUID.randomUUID();
        UUID application = UUID.randomUUID();
        String venture = applyVenture(unique("links"), "CloudForge IoT", "2026-02-10");
        addFounder(venture, Map.of("kind", "STUDENT", "studentId", student.toString(), "name", "Wu Fang"), false);
        publishStudentAdmitted(student, application, "Wu Fang");
        awaitVerified(venture, "admissions application " + application);
        long before = EventStoreProbe.eventCount(venture);

        // admissions-service publishing the same admission again (a new event id: e.g. after its own replay)
        publishStudentAdmitted(student, application, "Wu Fang");
        UUID other = UUID.randomUUID();
        publishStudentAdmitted(other, UUID.randomUUID(), "Someone after");
        awaitRecorded(FounderKind.STUDENT, other);
        assertThat(EventStoreProbe.eventCount(venture)).isEqualTo(before);
        assertThat(EventStoreProbe.eventCount(FounderRecordId.of(FounderKind.STUDENT, student).streamId())).isEqualTo(2);
    }

    @Test
    void a_researcher_on_leave_to_found_is_linked_in_both_orders_and_other_forms_are_ignored() throws Exception {
        String key = UUID.randomUUID().toString();
        UUID early = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        UUID seconded = UUID.randomUUID();
        UUID earlyArrangement = UUID.randomUUID();
        UUID lateArrangement = UUID.randomUUID();

        // named first, arrangement after
        String ventureA = applyVenture(unique("links"), "Orbit Link Systems", "2026-02-10");
        addFounder(ventureA, Map.of("kind", "RESEARCHER", "researcherId", late.toString(), "name", "Prof. Wang"), false);
        // one record key: the three events stay in order on one partition
        publishArrangementActivated(key, seconded, UUID.randomUUID(), "SECONDMENT");
        publishArrangementActivated(key, early, earlyArrangement, "LEAVE_TO_FOUND");
        publishArrangementActivated(key, late, lateArrangement, "LEAVE_TO_FOUND");
        awaitVerified(ventureA, "mobility leave-to-found arrangement " + lateArrangement);

        // arrangement first, named after
        awaitRecorded(FounderKind.RESEARCHER, early);
        String ventureB = applyVenture(unique("links"), "GreenCell Batteries", "2026-02-10");
        addFounder(ventureB, Map.of("kind", "RESEARCHER", "researcherId", early.toString(), "name", "Dr. Zhao"), true);

        // a secondment is not the centre's business
        assertThat(EventStoreProbe.eventCount(FounderRecordId.of(FounderKind.RESEARCHER, seconded).streamId())).isZero();
    }

    @Test
    void mobility_service_reads_founder_joined_with_exactly_the_documented_fields() throws Exception {
        UUID researcher = UUID.randomUUID();
        String venture = applyVenture(unique("links"), "BioPrint Tissues", "2026-02-10");
        addFounder(venture, Map.of("kind", "RESEARCHER", "researcherId", researcher.toString(), "name", "Prof. Sun"), false);
        try (TopicReader reader = new TopicReader(bootstrap(), "incubation.events")) {
            List<ConsumerRecord<String, byte[]>> records = reader.readUntil(all -> joined(all, venture).isPresent(), Duration.ofSeconds(60));
            JsonNode data = JSON.readTree(new String(joined(records, venture).orElseThrow().value(), StandardCharsets.UTF_8));
            assertThat(data.properties()).extracting(Map.Entry::getKey)
                    .containsExactlyInAnyOrder("ventureId", "founderKind", "studentId", "researcherId", "name");
            assertThat(data.get("founderKind").asText()).isEqualTo("RESEARCHER");
            assertThat(data.get("researcherId").asText()).isEqualTo(researcher.toString());
            assertThat(data.get("studentId").isNull()).isTrue();
        }
    }

    private static java.util.Optional<ConsumerRecord<String, byte[]>> joined(List<ConsumerRecord<String, byte[]>> records, String venture) {
        return records.stream().filter(r -> "incubation.FounderJoined.v1".equals(TopicReader.header(r, "ce_type")) && venture.equals(r.key()))
                .findFirst();
    }
}
