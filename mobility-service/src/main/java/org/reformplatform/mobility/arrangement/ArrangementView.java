package org.reformplatform.mobility.arrangement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An arrangement as the API shows it, from its stream (always current). */
@Schema(name = "Arrangement")
public record ArrangementView(
        UUID id,
        UUID researcherId,
        String researcherName,
        ArrangementForm form,
        String institution,
        String enterprise,
        UUID postId,
        @Schema(description = "applied, rejected, approved (the agreement being signed), withdrawn, lapsed (not signed in time), active, "
                + "decision_due (the deferral is over: return or resign) or ended") String status,
        LocalDate startsOn,
        LocalDate endsOn,
        String purpose,
        @Schema(description = "The policy version it was approved under; null before approval") Integer policyVersion,
        @Schema(description = "The rules of that version for this form, kept from approval on") FormPolicy policy,
        AgreementView agreement,
        LocalDate deferredUntil,
        @Schema(description = "The last day to sign the agreement, from approval on (it lapses after)") LocalDate signBy,
        @Schema(description = "Once the deferral is over: the last day to return or resign") LocalDate decideBy,
        @Schema(description = "Key start-up milestones, funding rounds and closure (leave to found)") List<StartupFact> startup,
        Ending ending,
        LocalDate endedOn,
        String endReason,
        ReviewView review) {

    @Schema(name = "Agreement")
    public record AgreementView(
            @Schema(description = "Sign this version; it goes up when the terms change") int version,
            String terms,
            List<Party> signedBy,
            @Schema(description = "Required parties that have not signed this version") List<Party> awaiting) {
    }

    @Schema(name = "ResultsReview")
    public record ReviewView(ReviewOutcome outcome, List<ReviewedResult> results) {
    }

    static ArrangementView of(Arrangement a) {
        Agreement agreement = a.agreement();
        List<Party> awaiting = a.policy() == null || a.status() != Arrangement.Status.APPROVED ? List.of() : agreement.missing(a.policy());
        return new ArrangementView(a.id().value(), a.researcherId().value(), a.researcherName(), a.form(), a.institution(), a.enterprise(),
                a.postId(), a.status().name().toLowerCase(), a.term().startsOn(), a.term().endsOn(),
                a.purpose(), a.policyVersion(), a.policy(),
                new AgreementView(agreement.version(), agreement.terms(), agreement.signedBy(), awaiting),
                a.deferredUntil(), a.signBy(), a.decideBy(), a.startup(), a.ending(), a.endedOn(), a.endReason(),
                a.outcome() == null ? null : new ReviewView(a.outcome(), a.results()));
    }
}
