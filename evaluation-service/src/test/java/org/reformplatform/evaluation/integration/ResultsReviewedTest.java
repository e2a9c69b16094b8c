package org.reformplatform.evaluation.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.messaging.CloudEvent;
import org.reformplatform.eventsourcing.projection.ForeignEvent;
import org.reformplatform.eventsourcing.store.EventCodec.UndecodableEvent;

/**
 * How {@code mobility.ResultsReviewed.v1} reads: results as mobility-service publishes them keep the
 * text they were always kept as (a redelivered event must record nothing new), and the other shapes
 * the service has always accepted still read.
 */
class ResultsReviewedTest {

    static final ObjectMapper READER = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    static final String IDS = "\"arrangementId\": \"" + UUID.randomUUID() + "\", \"researcherId\": \"" + UUID.randomUUID() + "\"";

    static ResultsReviewed read(String data) throws Exception {
        CloudEvent envelope = new CloudEvent(UUID.randomUUID(), "urn:reform-platform:mobility", "mobility.ResultsReviewed.v1", "subject",
                Instant.now(), null, "Arrangement", 1, 1, UUID.randomUUID(), null, null, null, data.getBytes(StandardCharsets.UTF_8));
        return new ForeignEvent(envelope, READER.readTree(data), READER).as(ResultsReviewed.class);
    }

    @Test
    void published_results_are_kept_as_the_json_they_were_published_in() throws Exception {
        ResultsReviewed reviewed = read("{" + IDS + ", \"form\": \"SECONDMENT\", \"period\": {\"from\": \"2025-03-01\", \"to\": \"2026-02-28\"}, "
                + "\"outcome\": \"EXCEEDED\", \"results\": [{\"kind\": \"PATENT\", \"title\": \"Adaptive \\\"grasping\\\" patent\"}]}");
        assertThat(reviewed.resultTexts()).containsExactly("{\"kind\":\"PATENT\",\"title\":\"Adaptive \\\"grasping\\\" patent\"}");
        assertThat(reviewed.from()).isEqualTo(LocalDate.parse("2025-03-01"));
        assertThat(reviewed.to()).isEqualTo(LocalDate.parse("2026-02-28"));
    }

    @Test
    void texts_a_single_result_and_none_read_as_texts() throws Exception {
        assertThat(read("{" + IDS + ", \"results\": [\"Tape-out of a test chip\", 2]}").resultTexts()).containsExactly("Tape-out of a test chip", "2");
        assertThat(read("{" + IDS + ", \"results\": \"Two joint patents\"}").resultTexts()).containsExactly("Two joint patents");
        ResultsReviewed bare = read("{" + IDS + "}");
        assertThat(bare.resultTexts()).isEmpty();
        assertThat(bare.from()).isNull();
    }

    @Test
    void without_its_ids_or_with_a_date_that_is_no_date_the_event_cannot_be_read() {
        assertThatThrownBy(() -> read("{\"researcherId\": \"" + UUID.randomUUID() + "\"}")).isInstanceOf(UndecodableEvent.class)
                .hasMessageContaining("arrangementId");
        assertThatThrownBy(() -> read("{" + IDS + ", \"period\": {\"from\": \"soon\"}}")).isInstanceOf(UndecodableEvent.class);
    }
}
