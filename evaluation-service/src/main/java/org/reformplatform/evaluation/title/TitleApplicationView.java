package org.reformplatform.evaluation.title;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A title application as the API shows it: what was filed, the panel's votes so far, the decision
 * once made, and how the applicant stands today on the evidence now on their record.
 */
@Schema(name = "TitleApplication")
public record TitleApplicationView(
        UUID id,
        UUID reviewId,
        UUID researcherId,
        String institution,
        String seriesCode,
        String disciplineCode,
        String specialty,
        TitleLevel level,
        HeldTitle heldTitle,
        int achievements,
        Instant filedAt,
        long approvals,
        int votes,
        TitleDecision decision,
        EligibilityRoute route,
        @Schema(description = "The eligibility rules applied today to the evidence now on the researcher's record; the decision fixes it")
        Assessment eligibilityNow) {

    @Schema(name = "EligibilityAssessment")
    public record Assessment(boolean eligible, EligibilityRoute route, int achievementsCounted, List<String> reasons, List<String> evidence) {
    }

    static TitleApplicationView of(TitleReview review, TitleApplication a, TitleEligibility.Assessment now) {
        return new TitleApplicationView(a.id().value(), review.id().value(), a.researcherId().value(), a.institution(), review.seriesCode(),
                review.disciplineCode(), a.specialty(), review.level(), a.heldTitle(), a.achievements(), a.filedAt(), a.approvals(),
                a.votes().size(), a.decision(), a.route(),
                new Assessment(now.eligible(), now.route(), now.achievementsCounted(), now.reasons(), now.evidenceUsed()));
    }
}
