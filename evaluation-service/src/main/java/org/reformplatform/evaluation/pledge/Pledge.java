package org.reformplatform.evaluation.pledge;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.reformplatform.evaluation.pledge.PledgeCommand.AssessPledge;
import org.reformplatform.evaluation.pledge.PledgeCommand.RecordTargetMet;
import org.reformplatform.evaluation.pledge.PledgeCommand.SignPledge;
import org.reformplatform.evaluation.pledge.PledgeEvent.PledgeFailed;
import org.reformplatform.evaluation.pledge.PledgeEvent.PledgeFulfilled;
import org.reformplatform.evaluation.pledge.PledgeEvent.PledgeSigned;
import org.reformplatform.evaluation.pledge.PledgeEvent.PledgeTargetMet;
import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.evaluation.scheme.OutcomeUse;
import org.reformplatform.eventsourcing.domain.AggregateType;
import org.reformplatform.eventsourcing.domain.Decider;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * A pledge agreement (军令状): a leader and team commit to targets by a deadline, with stated
 * consequences. It is fulfilled the moment its last target is met on or before the deadline; once
 * the deadline has passed with a target unmet it fails. Either is final, and an evaluation outcome.
 */
public record Pledge(
        PledgeId id,
        Status status,
        String institution,
        ResearcherId leaderId,
        List<ResearcherId> team,
        String title,
        UUID challengeListId,
        String challengeCode,
        List<PledgeTarget> targets,
        LocalDate deadline,
        String consequences,
        OutcomeUse use) {

    public enum Status { NONE, SIGNED, FULFILLED, FAILED }

    public static final AggregateType<Pledge, PledgeCommand, PledgeEvent> TYPE = new AggregateType<>("Pledge", new Lifecycle());

    public static final Pledge NONE = new Pledge(null, Status.NONE, null, null, List.of(), null, null, null, List.of(), null, null, null);

    public boolean exists() {
        return status != Status.NONE;
    }

    public List<String> unmetTargets() {
        return targets.stream().filter(t -> !t.met()).map(PledgeTarget::code).toList();
    }

    static final class Lifecycle implements Decider<Pledge, PledgeCommand, PledgeEvent> {

        @Override
        public Pledge initialState() {
            return NONE;
        }

        @Override
        public List<PledgeEvent> decide(PledgeCommand command, Pledge state) {
            if (command instanceof SignPledge sign) {
                return sign(sign, state);
            }
            require(state.exists(), () -> RuleViolation.notFound("unknown-pledge", "There is no such pledge"));
            require(state.status == Status.SIGNED, () -> RuleViolation.conflict("pledge-settled",
                    "The pledge is " + state.status.name().toLowerCase() + " already"));
            if (command instanceof RecordTargetMet met) {
                return met(met, state);
            }
            if (command instanceof AssessPledge assess) {
                LocalDate today = assess.today();
                require(!assess.on().isAfter(today), () -> RuleViolation.invalid("assessed-in-future",
                        "A pledge is assessed on a past day or today (" + today + "), not " + assess.on()));
                require(assess.on().isAfter(state.deadline), () -> RuleViolation.conflict("pledge-not-due",
                        "The pledge runs until " + state.deadline + "; it can be assessed from the day after").with("deadline", state.deadline.toString()));
                // Not fulfilled by now means a target is still unmet: fulfilment settles the pledge when the last one is met.
                return List.of(new PledgeFailed(state.id, state.institution, state.leaderId, state.team, state.challengeCode, state.unmetTargets(),
                        state.consequences, assess.on(), assess.at()));
            }
            throw new IllegalArgumentException("unknown command " + command);
        }

        private static List<PledgeEvent> sign(SignPledge sign, Pledge state) {
            require(!state.exists(), () -> RuleViolation.conflict("pledge-exists", "The pledge exists already"));
            require(!sign.targets().isEmpty(), () -> RuleViolation.invalid("no-targets", "A pledge commits to at least one target"));
            List<String> codes = sign.targets().stream().map(PledgeTarget::code).toList();
            require(new HashSet<>(codes).size() == codes.size(), () -> RuleViolation.invalid("duplicate-target", "Target codes must be unique"));
            require(sign.consequences() != null && !sign.consequences().isBlank(), () -> RuleViolation.invalid("no-consequences",
                    "A pledge states the consequences of failing it"));
            LocalDate signedOn = sign.at().atZone(java.time.ZoneOffset.UTC).toLocalDate();
            require(sign.deadline().isAfter(signedOn), () -> RuleViolation.invalid("deadline-not-after-signing",
                    "The deadline must come after the day of signing (" + signedOn + ")").with("deadline", sign.deadline().toString()));
            List<PledgeTarget> open = sign.targets().stream().map(t -> new PledgeTarget(t.code(), t.description(), null, null)).toList();
            List<ResearcherId> team = sign.team().stream().filter(m -> !m.equals(sign.leaderId())).distinct().toList();
            return List.of(new PledgeSigned(sign.id(), sign.institution(), sign.leaderId(), team, sign.title(), sign.challengeListId(),
                    sign.challengeCode(), open, sign.deadline(), sign.consequences(), sign.use(), sign.at()));
        }

        private static List<PledgeEvent> met(RecordTargetMet met, Pledge state) {
            PledgeTarget target = state.targets.stream().filter(t -> t.code().equals(met.targetCode())).findFirst()
                    .orElseThrow(() -> RuleViolation.notFound("unknown-target", "The pledge has no target " + met.targetCode()));
            if (target.met()) {
                return List.of();
            }
            LocalDate today = met.at().atZone(java.time.ZoneOffset.UTC).toLocalDate();
            require(!met.metOn().isAfter(today), () -> RuleViolation.invalid("met-in-future", "A target cannot be met after today (" + today + ")"));
            require(!met.metOn().isAfter(state.deadline), () -> RuleViolation.invalid("met-after-deadline",
                    "Target " + target.code() + " was met after the deadline " + state.deadline + ": it does not count")
                    .with("deadline", state.deadline.toString()));
            List<PledgeEvent> events = new ArrayList<>();
            events.add(new PledgeTargetMet(state.id, target.code(), met.metOn(), met.evidence(), met.at()));
            if (state.unmetTargets().equals(List.of(target.code()))) {
                events.add(new PledgeFulfilled(state.id, state.institution, state.leaderId, state.team, state.challengeCode, state.use,
                        met.metOn(), met.at()));
            }
            return events;
        }

        @Override
        public Pledge evolve(Pledge s, PledgeEvent event) {
            if (event instanceof PledgeSigned p) {
                return new Pledge(p.pledgeId(), Status.SIGNED, p.institution(), p.leaderId(), p.team(), p.title(), p.challengeListId(),
                        p.challengeCode(), p.targets(), p.deadline(), p.consequences(), p.use());
            }
            if (event instanceof PledgeTargetMet m) {
                List<PledgeTarget> targets = s.targets.stream()
                        .map(t -> t.code().equals(m.targetCode()) ? new PledgeTarget(t.code(), t.description(), m.metOn(), m.evidence()) : t)
                        .toList();
                return new Pledge(s.id, s.status, s.institution, s.leaderId, s.team, s.title, s.challengeListId, s.challengeCode, targets,
                        s.deadline, s.consequences, s.use);
            }
            if (event instanceof PledgeFulfilled) {
                return s.with(Status.FULFILLED);
            }
            if (event instanceof PledgeFailed) {
                return s.with(Status.FAILED);
            }
            return s;
        }
    }

    private Pledge with(Status newStatus) {
        return new Pledge(id, newStatus, institution, leaderId, team, title, challengeListId, challengeCode, targets, deadline, consequences, use);
    }
}
