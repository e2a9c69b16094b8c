package org.reformplatform.evaluation.title;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A title review as the API shows it, with the applications the caller may see. */
@Schema(name = "TitleReview")
public record TitleReviewView(
        UUID id,
        String title,
        String seriesCode,
        String seriesName,
        String disciplineCode,
        String disciplineName,
        TitleLevel level,
        List<Specialty> specialties,
        EligibilityPolicy policy,
        String organiser,
        @Schema(description = "open or closed") String status,
        List<PanelMember> panel,
        @Schema(description = "Approvals an application needs: two thirds of the panel, rounded up") int approvalsNeeded,
        List<ApplicationLine> applications) {

    @Schema(name = "PanelMember")
    public record PanelMember(String member, String name) {
    }

    @Schema(name = "TitleApplicationLine")
    public record ApplicationLine(UUID id, UUID researcherId, String institution, String specialty, long approvals, int votes,
            TitleDecision decision, EligibilityRoute route, Instant filedAt) {
    }

    static TitleReviewView of(TitleReview review, Predicate<TitleApplication> maySee) {
        return new TitleReviewView(review.id().value(), review.title(), review.seriesCode(), review.seriesName(), review.disciplineCode(),
                review.disciplineName(), review.level(), review.specialties(), review.policy(), review.organiser(),
                review.status().name().toLowerCase(),
                review.panel().entrySet().stream().map(e -> new PanelMember(e.getKey(), e.getValue())).toList(), review.approvalsNeeded(),
                review.applications().values().stream().filter(maySee)
                        .map(a -> new ApplicationLine(a.id().value(), a.researcherId().value(), a.institution(), a.specialty(), a.approvals(),
                                a.votes().size(), a.decision(), a.route(), a.filedAt())).toList());
    }
}
