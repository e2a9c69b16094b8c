package org.reformplatform.incubation.venture;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Money;
import org.reformplatform.eventsourcing.domain.NotPersonalData;
import org.reformplatform.eventsourcing.domain.DataSubject;
import org.reformplatform.eventsourcing.domain.PersonalData;

/**
 * What happens to a venture. Published on {@code incubation.events}; FounderJoined,
 * VentureMilestoneReached, FundingRoundClosed and VentureClosed are contracts with mobility-service
 * (docs/architecture.md): their fields do not change without a new schema version.
 */
public sealed interface VentureEvent {

    VentureId ventureId();

    /** A student or faculty start-up applied to a centre for incubation. */
    record VentureApplied(VentureId ventureId, String centre, @NotPersonalData("the name of a venture") String name, VentureOrigin origin, String summary, LocalDate appliedOn)
            implements VentureEvent {
    }

    /** The venture moved on one stage (admitted, incubating, accelerating, graduated). */
    record VentureStageChanged(VentureId ventureId, VentureStage from, VentureStage to, LocalDate changedOn) implements VentureEvent {
    }

    /** Contract: the venture closed, at whatever stage it was, for a reason. */
    record VentureClosed(VentureId ventureId, String reason, LocalDate closedOn) implements VentureEvent {
    }

    /** Contract: a founder joined; studentId for STUDENT, researcherId for RESEARCHER, both null for EXTERNAL. */
    record FounderJoined(VentureId ventureId, FounderKind founderKind, @DataSubject UUID studentId, @DataSubject UUID researcherId, @PersonalData String name)
            implements VentureEvent {
    }

    /** The admission (student) or leave-to-found arrangement (researcher) that vouches for a founder is known. */
    record FounderVerified(VentureId ventureId, FounderKind founderKind, UUID studentId, UUID researcherId, String evidence,
            Instant verifiedAt) implements VentureEvent {
    }

    record MentorAssigned(VentureId ventureId, @NotPersonalData(NotPersonalData.ACTING_IN_ROLE) String name, String organisation, String expertise, LocalDate assignedOn)
            implements VentureEvent {
    }

    /** Contract: a key start-up milestone, which mobility-service records on a founder's leave-to-found arrangement. */
    record VentureMilestoneReached(VentureId ventureId, String milestone, LocalDate reachedOn) implements VentureEvent {
    }

    /** Contract: an investment round closed; {@code amount} is {@code {"amount": "...", "currency": "CNY"}}, exact. */
    record FundingRoundClosed(VentureId ventureId, @NotPersonalData("the name of a funding round") String roundName, Money amount, List<Investor> investors, LocalDate closedOn)
            implements VentureEvent {
    }
}
