package org.reformplatform.incubation.venture;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Money;

/** What operators (and the links to other services) ask of a venture. */
public sealed interface VentureCommand {

    record ApplyForIncubation(VentureId id, String centre, String name, VentureOrigin origin, String summary, LocalDate appliedOn)
            implements VentureCommand {
    }

    /** Move on to the next stage (admitted, incubating, accelerating, graduated). */
    record ChangeStage(VentureStage stage, LocalDate on) implements VentureCommand {
    }

    record CloseVenture(String reason, LocalDate closedOn) implements VentureCommand {
    }

    /**
     * Name a founder. {@code evidence} is what vouches for a student or researcher when it is known
     * already (an admission, a leave-to-found arrangement); null when it has not arrived yet.
     */
    record AddFounder(FounderKind kind, UUID studentId, UUID researcherId, String name, String evidence, Instant at)
            implements VentureCommand {
    }

    /** The admission or arrangement of a founder arrived: {@code personId} is the studentId or researcherId. */
    record VerifyFounder(FounderKind kind, UUID personId, String evidence, Instant at) implements VentureCommand {
    }

    record AssignMentor(String name, String organisation, String expertise, LocalDate assignedOn) implements VentureCommand {
    }

    record RecordMilestone(String milestone, LocalDate reachedOn) implements VentureCommand {
    }

    record CloseFundingRound(String roundName, Money amount, List<Investor> investors, LocalDate closedOn) implements VentureCommand {
    }
}
