package org.reformplatform.mobility.arrangement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An arrangement in a list, from the read model (eventually consistent). */
@Schema(name = "ArrangementListing")
public record ArrangementListing(
        UUID id,
        UUID researcherId,
        String researcherName,
        ArrangementForm form,
        String institution,
        String enterprise,
        UUID postId,
        String status,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate deferredUntil,
        Integer policyVersion,
        int agreementVersion,
        List<Party> signedBy,
        int milestones,
        int fundingRounds,
        Ending ending,
        LocalDate endedOn,
        ReviewOutcome reviewOutcome,
        List<ReviewedResult> reviewResults,
        Instant appliedAt) {

    private static final TypeReference<List<ReviewedResult>> RESULTS = new TypeReference<>() {
    };

    public static ArrangementListing of(ArrangementSummary row, ObjectMapper mapper) {
        return new ArrangementListing(row.id, row.researcherId, row.researcherName, row.form, row.institution, row.enterprise, row.postId,
                row.status.name().toLowerCase(), row.startsOn, row.endsOn, row.deferredUntil, row.policyVersion, row.agreementVersion,
                parties(row.signedBy), row.milestones, row.fundingRounds, row.ending, row.endedOn, row.reviewOutcome,
                results(row.reviewResults, mapper), row.appliedAt);
    }

    private static List<Party> parties(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.stream(joined.split(",")).map(Party::valueOf).toList();
    }

    private static List<ReviewedResult> results(String json, ObjectMapper mapper) {
        if (json == null) {
            return List.of();
        }
        try {
            return mapper.readValue(json, RESULTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the read model holds unreadable results", e);
        }
    }
}
