package org.reformplatform.incubation.venture;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.reformplatform.eventsourcing.domain.AggregateType;
import org.reformplatform.eventsourcing.domain.Decider;
import org.reformplatform.eventsourcing.domain.Money;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.incubation.MoneyTotals;
import org.reformplatform.incubation.venture.VentureCommand.AddFounder;
import org.reformplatform.incubation.venture.VentureCommand.ApplyForIncubation;
import org.reformplatform.incubation.venture.VentureCommand.AssignMentor;
import org.reformplatform.incubation.venture.VentureCommand.ChangeStage;
import org.reformplatform.incubation.venture.VentureCommand.CloseFundingRound;
import org.reformplatform.incubation.venture.VentureCommand.CloseVenture;
import org.reformplatform.incubation.venture.VentureCommand.RecordMilestone;
import org.reformplatform.incubation.venture.VentureCommand.VerifyFounder;
import org.reformplatform.incubation.venture.VentureEvent.FounderJoined;
import org.reformplatform.incubation.venture.VentureEvent.FounderVerified;
import org.reformplatform.incubation.venture.VentureEvent.FundingRoundClosed;
import org.reformplatform.incubation.venture.VentureEvent.MentorAssigned;
import org.reformplatform.incubation.venture.VentureEvent.VentureApplied;
import org.reformplatform.incubation.venture.VentureEvent.VentureClosed;
import org.reformplatform.incubation.venture.VentureEvent.VentureMilestoneReached;
import org.reformplatform.incubation.venture.VentureEvent.VentureStageChanged;

/**
 * A student or faculty start-up at a centre: its stage, founders, mentors, milestones and the
 * rounds it raised. Capital raised is exact, per currency.
 */
public record Venture(
        VentureId id,
        String centre,
        String name,
        VentureOrigin origin,
        String summary,
        LocalDate appliedOn,
        VentureStage stage,
        List<StageChange> stages,
        String closedReason,
        List<Founder> founders,
        List<Mentor> mentors,
        List<Milestone> milestones,
        List<FundingRound> rounds,
        MoneyTotals capitalRaised) {

    public static final AggregateType<Venture, VentureCommand, VentureEvent> TYPE = new AggregateType<>("Venture", new Lifecycle());

    public static final Venture NONE = new Venture(null, null, null, null, null, null, null, List.of(), null, List.of(), List.of(),
            List.of(), List.of(), MoneyTotals.NONE);

    public boolean exists() {
        return id != null;
    }

    /** The day the venture entered its current stage. */
    public LocalDate stageSince() {
        return stages.isEmpty() ? appliedOn : stages.get(stages.size() - 1).on();
    }

    public Optional<FundingRound> round(String roundName) {
        return rounds.stream().filter(r -> r.roundName().equals(roundName)).findFirst();
    }

    /** How a venture decides commands and evolves with its events. */
    static final class Lifecycle implements Decider<Venture, VentureCommand, VentureEvent> {

        @Override
        public Venture initialState() {
            return NONE;
        }

        @Override
        public List<VentureEvent> decide(VentureCommand command, Venture state) {
            if (command instanceof ApplyForIncubation apply) {
                require(!state.exists(), () -> RuleViolation.conflict("venture-exists", "The venture has applied already"));
                requireText(apply.centre(), "centre-required", "Name the centre the venture applies to");
                requireText(apply.name(), "venture-name-required", "A venture needs a name");
                return List.of(new VentureApplied(apply.id(), apply.centre(), apply.name(), apply.origin(), apply.summary(), apply.appliedOn()));
            }
            require(state.exists(), () -> RuleViolation.notFound("unknown-venture", "There is no such venture"));
            if (command instanceof VerifyFounder verify) {
                return verify(verify, state);
            }
            if (command instanceof ChangeStage change) {
                return changeStage(change, state);
            }
            if (command instanceof CloseVenture close) {
                return close(close, state);
            }
            require(state.stage != VentureStage.CLOSED, () -> RuleViolation.conflict("venture-closed",
                    "The venture closed: " + state.closedReason).with("stage", VentureStage.CLOSED.name()));
            if (command instanceof AddFounder add) {
                return addFounder(add, state);
            }
            if (command instanceof AssignMentor assign) {
                requireText(assign.name(), "mentor-name-required", "A mentor needs a name");
                require(state.mentors.stream().noneMatch(m -> sameText(m.name(), assign.name())), () -> RuleViolation.conflict(
                        "mentor-already-assigned", assign.name() + " mentors this venture already"));
                requireNotBeforeApplication(assign.assignedOn(), state);
                return List.of(new MentorAssigned(state.id, assign.name(), assign.organisation(), assign.expertise(), assign.assignedOn()));
            }
            if (command instanceof RecordMilestone milestone) {
                requireText(milestone.milestone(), "milestone-required", "Name the milestone");
                require(state.milestones.stream().noneMatch(m -> sameText(m.milestone(), milestone.milestone())), () -> RuleViolation.conflict(
                        "milestone-already-reached", "The venture reached \"" + milestone.milestone() + "\" already"));
                requireNotBeforeApplication(milestone.reachedOn(), state);
                return List.of(new VentureMilestoneReached(state.id, milestone.milestone(), milestone.reachedOn()));
            }
            if (command instanceof CloseFundingRound round) {
                return closeRound(round, state);
            }
            throw new IllegalArgumentException("unknown command " + command);
        }

        /** One stage forward at a time, never back, never skipping, never on a day before the current stage began. */
        private static List<VentureEvent> changeStage(ChangeStage change, Venture state) {
            require(state.stage.mayMoveTo(change.stage()), () -> RuleViolation.conflict("illegal-stage-change",
                    "A venture " + state.stage.name().toLowerCase(Locale.ROOT) + " cannot move to " + String.valueOf(change.stage()).toLowerCase(Locale.ROOT)
                            + (state.stage.next() == null ? "" : "; its next stage is " + state.stage.next().name().toLowerCase(Locale.ROOT)))
                    .with("from", state.stage.name()).with("to", String.valueOf(change.stage())));
            require(!change.on().isBefore(state.stageSince()), () -> RuleViolation.invalid("date-before-current-stage",
                    "The venture has been " + state.stage.name().toLowerCase(Locale.ROOT) + " since " + state.stageSince()));
            return List.of(new VentureStageChanged(state.id, state.stage, change.stage(), change.on()));
        }

        private static List<VentureEvent> close(CloseVenture close, Venture state) {
            require(state.stage != VentureStage.CLOSED, () -> RuleViolation.conflict("venture-closed", "The venture closed already"));
            require(state.stage.mayClose(), () -> RuleViolation.conflict("venture-graduated",
                    "A graduated venture has left the centre and is not closed here"));
            requireText(close.reason(), "reason-required", "Say why the venture closes");
            require(!close.closedOn().isBefore(state.stageSince()), () -> RuleViolation.invalid("date-before-current-stage",
                    "The venture has been " + state.stage.name().toLowerCase(Locale.ROOT) + " since " + state.stageSince()));
            return List.of(new VentureClosed(state.id, close.reason(), close.closedOn()));
        }

        /** A founder joins once; a student or researcher whose admission or arrangement is known is verified at once. */
        private static List<VentureEvent> addFounder(AddFounder add, Venture state) {
            Founder.requireIdentity(add.kind(), add.studentId(), add.researcherId());
            requireText(add.name(), "founder-name-required", "A founder needs a name");
            Founder founder = new Founder(add.kind(), add.studentId(), add.researcherId(), add.name(), false, null);
            require(state.founders.stream().noneMatch(f -> f.identity().equals(founder.identity())), () -> RuleViolation.conflict(
                    "founder-already-joined", add.name() + " is a founder of this venture already"));
            FounderJoined joined = new FounderJoined(state.id, add.kind(), add.studentId(), add.researcherId(), add.name());
            if (add.kind() == FounderKind.EXTERNAL || add.evidence() == null) {
                return List.of(joined);
            }
            return List.of(joined, new FounderVerified(state.id, add.kind(), add.studentId(), add.researcherId(), add.evidence(), add.at()));
        }

        /** Verifying is a fact from another service: it applies at any stage, once, and only to a founder of this venture. */
        private static List<VentureEvent> verify(VerifyFounder verify, Venture state) {
            Optional<Founder> founder = state.founders.stream()
                    .filter(f -> f.kind() == verify.kind() && verify.personId().equals(f.personId())).findFirst();
            if (founder.isEmpty() || founder.get().verified()) {
                return List.of();
            }
            Founder f = founder.get();
            return List.of(new FounderVerified(state.id, f.kind(), f.studentId(), f.researcherId(), verify.evidence(), verify.at()));
        }

        /**
         * A round is positive, named once per venture, has investors, and when the investors'
         * commitments are given they are in the round's currency and add up to its amount exactly.
         */
        private static List<VentureEvent> closeRound(CloseFundingRound round, Venture state) {
            requireText(round.roundName(), "round-name-required", "Name the round, such as \"Series A\"");
            require(state.round(round.roundName()).isEmpty(), () -> RuleViolation.conflict("round-exists",
                    "The venture closed a round named \"" + round.roundName() + "\" already"));
            require(round.amount().greaterThanZero(), () -> RuleViolation.invalid("amount-not-positive",
                    "A round must raise more than zero, not " + round.amount()));
            require(!round.investors().isEmpty(), () -> RuleViolation.invalid("no-investors", "Name at least one investor"));
            for (Investor investor : round.investors()) {
                requireText(investor.name(), "investor-name-required", "Every investor needs a name");
            }
            require(new HashSet<>(round.investors().stream().map(i -> i.name().trim().toLowerCase(Locale.ROOT)).toList()).size()
                    == round.investors().size(), () -> RuleViolation.invalid("duplicate-investor", "Name each investor once"));
            long committed = round.investors().stream().filter(i -> i.commitment() != null).count();
            if (committed > 0) {
                require(committed == round.investors().size(), () -> RuleViolation.invalid("commitments-incomplete",
                        "Give every investor's commitment or none"));
                Money sum = Money.zero(round.amount().currency());
                for (Investor investor : round.investors()) {
                    require(investor.commitment().greaterThanZero(), () -> RuleViolation.invalid("amount-not-positive",
                            investor.name() + "'s commitment must be more than zero"));
                    sum = sum.plus(investor.commitment());
                }
                Money total = sum;
                require(total.equals(round.amount()), () -> RuleViolation.invalid("commitments-do-not-add-up",
                        "The investors' commitments add up to " + total + ", not " + round.amount())
                        .with("commitmentsTotal", total.amount().toPlainString()));
            }
            requireNotBeforeApplication(round.closedOn(), state);
            return List.of(new FundingRoundClosed(state.id, round.roundName(), round.amount(), List.copyOf(round.investors()), round.closedOn()));
        }

        private static void requireNotBeforeApplication(LocalDate date, Venture state) {
            require(!date.isBefore(state.appliedOn), () -> RuleViolation.invalid("date-before-application",
                    "The venture applied on " + state.appliedOn + "; nothing happened to it before"));
        }

        private static void requireText(String value, String code, String detail) {
            require(value != null && !value.isBlank(), () -> RuleViolation.invalid(code, detail));
        }

        private static boolean sameText(String a, String b) {
            return a.trim().equalsIgnoreCase(b.trim());
        }

        @Override
        public Venture evolve(Venture s, VentureEvent event) {
            if (event instanceof VentureApplied a) {
                return new Venture(a.ventureId(), a.centre(), a.name(), a.origin(), a.summary(), a.appliedOn(), VentureStage.APPLIED,
                        List.of(new StageChange(VentureStage.APPLIED, a.appliedOn())), null, List.of(), List.of(), List.of(), List.of(),
                        MoneyTotals.NONE);
            }
            if (event instanceof VentureStageChanged c) {
                return s.atStage(c.to(), c.changedOn(), null);
            }
            if (event instanceof VentureClosed c) {
                return s.atStage(VentureStage.CLOSED, c.closedOn(), c.reason());
            }
            if (event instanceof FounderJoined j) {
                List<Founder> founders = new ArrayList<>(s.founders);
                founders.add(new Founder(j.founderKind(), j.studentId(), j.researcherId(), j.name(), false, null));
                return s.with(List.copyOf(founders), s.mentors, s.milestones, s.rounds, s.capitalRaised);
            }
            if (event instanceof FounderVerified v) {
                UuidMatch match = new UuidMatch(v.founderKind(), v.founderKind() == FounderKind.STUDENT ? v.studentId() : v.researcherId());
                return s.with(s.founders.stream().map(f -> match.matches(f) ? f.verifiedBy(v.evidence()) : f).toList(),
                        s.mentors, s.milestones, s.rounds, s.capitalRaised);
            }
            if (event instanceof MentorAssigned m) {
                List<Mentor> mentors = new ArrayList<>(s.mentors);
                mentors.add(new Mentor(m.name(), m.organisation(), m.expertise(), m.assignedOn()));
                return s.with(s.founders, List.copyOf(mentors), s.milestones, s.rounds, s.capitalRaised);
            }
            if (event instanceof VentureMilestoneReached m) {
                List<Milestone> milestones = new ArrayList<>(s.milestones);
                milestones.add(new Milestone(m.milestone(), m.reachedOn()));
                return s.with(s.founders, s.mentors, List.copyOf(milestones), s.rounds, s.capitalRaised);
            }
            if (event instanceof FundingRoundClosed r) {
                List<FundingRound> rounds = new ArrayList<>(s.rounds);
                rounds.add(new FundingRound(r.roundName(), r.amount(), r.investors(), r.closedOn()));
                return s.with(s.founders, s.mentors, s.milestones, List.copyOf(rounds), s.capitalRaised.plus(r.amount()));
            }
            return s;
        }

        private record UuidMatch(FounderKind kind, java.util.UUID personId) {
            boolean matches(Founder founder) {
                return founder.kind() == kind && personId != null && personId.equals(founder.personId());
            }
        }
    }

    private Venture atStage(VentureStage newStage, LocalDate on, String reason) {
        List<StageChange> history = new ArrayList<>(stages);
        history.add(new StageChange(newStage, on));
        return new Venture(id, centre, name, origin, summary, appliedOn, newStage, List.copyOf(history), reason, founders, mentors,
                milestones, rounds, capitalRaised);
    }

    private Venture with(List<Founder> newFounders, List<Mentor> newMentors, List<Milestone> newMilestones, List<FundingRound> newRounds,
            MoneyTotals newCapital) {
        return new Venture(id, centre, name, origin, summary, appliedOn, stage, stages, closedReason, newFounders, newMentors,
                newMilestones, newRounds, newCapital);
    }
}
