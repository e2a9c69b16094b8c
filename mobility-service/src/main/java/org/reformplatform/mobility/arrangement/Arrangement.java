package org.reformplatform.mobility.arrangement;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.reformplatform.eventsourcing.domain.AggregateType;
import org.reformplatform.eventsourcing.domain.Decider;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.mobility.arrangement.ArrangementCommand.ApplyForArrangement;
import org.reformplatform.mobility.arrangement.ArrangementCommand.ApproveArrangement;
import org.reformplatform.mobility.arrangement.ArrangementCommand.ChangeAgreementTerms;
import org.reformplatform.mobility.arrangement.ArrangementCommand.EndArrangement;
import org.reformplatform.mobility.arrangement.ArrangementCommand.GrantDeferral;
import org.reformplatform.mobility.arrangement.ArrangementCommand.RecordFundingRound;
import org.reformplatform.mobility.arrangement.ArrangementCommand.RecordStartupMilestone;
import org.reformplatform.mobility.arrangement.ArrangementCommand.RecordVentureClosure;
import org.reformplatform.mobility.arrangement.ArrangementCommand.RejectArrangement;
import org.reformplatform.mobility.arrangement.ArrangementCommand.ReviewResults;
import org.reformplatform.mobility.arrangement.ArrangementCommand.SignAgreement;
import org.reformplatform.mobility.arrangement.ArrangementEvent.AgreementTermsChanged;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementActivated;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementApplied;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementApproved;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementEnded;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementRejected;
import org.reformplatform.mobility.arrangement.ArrangementEvent.DeferralGranted;
import org.reformplatform.mobility.arrangement.ArrangementEvent.FundingRoundRecorded;
import org.reformplatform.mobility.arrangement.ArrangementEvent.PartySigned;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ResultsReviewed;
import org.reformplatform.mobility.arrangement.ArrangementEvent.StartupMilestoneRecorded;
import org.reformplatform.mobility.arrangement.ArrangementEvent.VentureClosureRecorded;
import org.reformplatform.mobility.researcher.ResearcherId;

/**
 * A researcher's mobility arrangement: applied by the home institution, approved or rejected
 * (by the institution where the policy delegates it, otherwise by an operator), signed by every
 * party the policy requires, active, perhaps deferred and tracking start-up milestones, and ended.
 * From approval on, it follows the rules of the policy version it was approved under.
 *
 * <p>Enterprise talent names the special post it enters on by the post's stream id: posts build on
 * arrangements (a post held under one follows it), so the arrangement does not reach into the post
 * feature; the handlers that fill and vacate the post coordinate the two.
 */
public record Arrangement(
        ArrangementId id,
        Status status,
        ResearcherId researcherId,
        String researcherName,
        ArrangementForm form,
        String institution,
        String enterprise,
        UUID postId,
        Term term,
        String purpose,
        Integer policyVersion,
        FormPolicy policy,
        Agreement agreement,
        LocalDate deferredUntil,
        List<StartupFact> startup,
        Ending ending,
        LocalDate endedOn,
        String endReason,
        ReviewOutcome outcome,
        List<ReviewedResult> results) {

    /** APPROVED: approved, the agreement being signed. */
    public enum Status { NONE, APPLIED, REJECTED, APPROVED, ACTIVE, ENDED }

    public static final AggregateType<Arrangement, ArrangementCommand, ArrangementEvent> TYPE =
            new AggregateType<>("Arrangement", new Lifecycle());

    public static final Arrangement NONE = new Arrangement(null, Status.NONE, null, null, null, null, null, null, null, null,
            null, null, Agreement.NONE, null, List.of(), null, null, null, null, List.of());

    public boolean exists() {
        return status != Status.NONE;
    }

    /** Whether the organisation is a party to this arrangement (and may see it). */
    public boolean involves(String organisation) {
        return organisation != null && (organisation.equals(institution) || organisation.equals(enterprise));
    }

    static final class Lifecycle implements Decider<Arrangement, ArrangementCommand, ArrangementEvent> {

        @Override
        public Arrangement initialState() {
            return NONE;
        }

        @Override
        public List<ArrangementEvent> decide(ArrangementCommand command, Arrangement state) {
            if (command instanceof ApplyForArrangement apply) {
                return apply(apply, state);
            }
            require(state.exists(), () -> RuleViolation.notFound("unknown-arrangement", "There is no such arrangement"));
            if (command instanceof ApproveArrangement approve) {
                return approve(approve, state);
            }
            if (command instanceof RejectArrangement reject) {
                requireStatus(state, Status.APPLIED, "arrangement-not-applied", "Only an arrangement applied for can be rejected");
                requireApprovalAuthority(reject.actor(), reject.policy(), state);
                return List.of(new ArrangementRejected(state.id, reject.reason(), reject.at()));
            }
            if (command instanceof ChangeAgreementTerms change) {
                return changeTerms(change, state);
            }
            if (command instanceof SignAgreement sign) {
                return sign(sign, state);
            }
            if (command instanceof GrantDeferral deferral) {
                return grantDeferral(deferral, state);
            }
            if (command instanceof RecordStartupMilestone milestone) {
                return recordMilestone(milestone, state);
            }
            if (command instanceof RecordFundingRound round) {
                requireAcceptsStartupFacts(state, StartupFact.Source.INCUBATION);
                return alreadyRecorded(state, round.sourceEventId()) ? List.of()
                        : List.of(new FundingRoundRecorded(state.id, round.ventureId(), round.roundName(), round.amount(),
                                List.copyOf(round.investors()), round.closedOn(), round.sourceEventId()));
            }
            if (command instanceof RecordVentureClosure closure) {
                requireAcceptsStartupFacts(state, StartupFact.Source.INCUBATION);
                return alreadyRecorded(state, closure.sourceEventId()) ? List.of()
                        : List.of(new VentureClosureRecorded(state.id, closure.ventureId(), closure.reason(), closure.closedOn(),
                                closure.sourceEventId()));
            }
            if (command instanceof EndArrangement end) {
                return end(end, state);
            }
            if (command instanceof ReviewResults review) {
                return review(review, state);
            }
            throw new IllegalArgumentException("unknown command " + command);
        }

        private static List<ArrangementEvent> apply(ApplyForArrangement apply, Arrangement state) {
            require(!state.exists(), () -> RuleViolation.conflict("arrangement-exists", "The arrangement exists already"));
            requireRulesOf(apply.policy(), apply.form());
            boolean needsEnterprise = apply.form() == ArrangementForm.SECONDMENT || apply.form() == ArrangementForm.ENTERPRISE_TALENT
                    || apply.policy().requiresSignatureOf(Party.HOST_ENTERPRISE);
            require(!needsEnterprise || apply.enterprise() != null, () -> RuleViolation.invalid("enterprise-required",
                    "A " + apply.form() + " arrangement names its enterprise"));
            require(apply.enterprise() == null || !apply.enterprise().equals(apply.institution()), () -> RuleViolation.invalid(
                    "enterprise-is-institution", "The enterprise must be another organisation than the home institution"));
            if (apply.form() == ArrangementForm.ENTERPRISE_TALENT) {
                require(apply.postId() != null, () -> RuleViolation.invalid("post-required",
                        "Enterprise talent enters on an innovation or mobility post: name the post"));
            } else {
                require(apply.postId() == null, () -> RuleViolation.invalid("post-only-for-enterprise-talent",
                        "Only enterprise talent arrangements name a special post"));
            }
            requireTermWithinPolicy(apply.term(), apply.policy());
            return List.of(new ArrangementApplied(apply.id(), apply.researcherId(), apply.researcherName(), apply.form(), apply.institution(),
                    apply.enterprise(), apply.postId(), apply.term().startsOn(), apply.term().endsOn(), apply.purpose(),
                    apply.agreementTerms(), apply.at()));
        }

        private static List<ArrangementEvent> approve(ApproveArrangement approve, Arrangement state) {
            requireStatus(state, Status.APPLIED, "arrangement-not-applied", "Only an arrangement applied for can be approved");
            requireRulesOf(approve.policy(), state.form);
            requireApprovalAuthority(approve.actor(), approve.policy(), state);
            require(!approve.policy().requiresSignatureOf(Party.HOST_ENTERPRISE) || state.enterprise != null, () -> RuleViolation.invalid(
                    "enterprise-required", "The policy in force needs the host enterprise to sign, and this arrangement names none"));
            requireTermWithinPolicy(state.term, approve.policy());
            return List.of(new ArrangementApproved(state.id, approve.policyVersion(), approve.policy(),
                    approve.actor().operator() ? "OPERATOR" : "HOME_INSTITUTION", approve.at()));
        }

        private static List<ArrangementEvent> changeTerms(ChangeAgreementTerms change, Arrangement state) {
            requireStatus(state, Status.APPROVED, "agreement-not-open", "The agreement's terms can change only while it is being signed");
            requireHomeInstitution(change.actor(), state, "change the agreement");
            requireTermWithinPolicy(change.term(), state.policy);
            if (change.term().equals(state.term) && Objects.equals(change.agreementTerms(), state.agreement.terms())) {
                return List.of();
            }
            return List.of(new AgreementTermsChanged(state.id, state.agreement.version() + 1, change.term().startsOn(),
                    change.term().endsOn(), change.agreementTerms(), change.at()));
        }

        /** The three-party rule: each required party signs for itself, the current version only; the last signature activates. */
        private static List<ArrangementEvent> sign(SignAgreement sign, Arrangement state) {
            requireStatus(state, Status.APPROVED, "arrangement-not-awaiting-signatures",
                    "Only an approved arrangement whose agreement is not complete takes signatures");
            require(state.policy.requiresSignatureOf(sign.party()), () -> RuleViolation.invalid("signature-not-required",
                    "The policy this arrangement was approved under does not ask " + sign.party() + " to sign")
                    .with("signatories", state.policy.signatories().stream().map(Enum::name).toList()));
            Actor actor = sign.actor();
            boolean mayCarry = switch (sign.party()) {
                case HOME_INSTITUTION -> actor.isPartnerOf(state.institution);
                case HOST_ENTERPRISE -> actor.isPartnerOf(state.enterprise);
                // The researcher signs in their institution's system, or on paper recorded by an operator.
                case RESEARCHER -> actor.operator() || actor.isPartnerOf(state.institution);
            };
            require(mayCarry, () -> RuleViolation.forbidden("not-your-party",
                    "Each party signs for itself: " + describe(actor) + " cannot sign as " + sign.party()).with("party", sign.party().name()));
            require(sign.party() != Party.RESEARCHER || state.researcherId.equals(sign.declaredResearcher()), () -> RuleViolation.invalid(
                    "researcher-mismatch", "The researcher's signature must name the arrangement's researcher"));
            require(sign.agreementVersion() == state.agreement.version(), () -> RuleViolation.conflict("agreement-changed",
                    "The agreement changed after version " + sign.agreementVersion() + "; read version " + state.agreement.version()
                            + " and sign that").with("agreementVersion", state.agreement.version()));
            if (state.agreement.signedBy().contains(sign.party())) {
                return List.of();
            }
            List<ArrangementEvent> events = new ArrayList<>();
            events.add(new PartySigned(state.id, sign.party(), state.agreement.version(), sign.signatory(), sign.at()));
            if (state.agreement.signedAlsoBy(sign.party()).missing(state.policy).isEmpty()) {
                events.add(new ArrangementActivated(state.id, state.researcherId, state.form, state.institution, state.enterprise,
                        state.term.startsOn(), state.term.endsOn()));
            }
            return events;
        }

        private static List<ArrangementEvent> grantDeferral(GrantDeferral deferral, Arrangement state) {
            requireStatus(state, Status.ACTIVE, "arrangement-not-active", "A deferral is granted to an active arrangement");
            requireHomeInstitution(deferral.actor(), state, "grant a deferral");
            require(state.policy.allowsDeferral(), () -> RuleViolation.invalid("deferral-not-allowed",
                    "The policy this arrangement was approved under (version " + state.policyVersion + ") grants no deferral for " + state.form)
                    .with("policyVersion", state.policyVersion));
            require(deferral.months() >= 1 && deferral.months() <= state.policy.maxDeferralMonths(), () -> RuleViolation.invalid(
                    "deferral-beyond-policy", "A deferral of " + deferral.months() + " months is not within the 1 to "
                            + state.policy.maxDeferralMonths() + " months of policy version " + state.policyVersion)
                    .with("maxDeferralMonths", state.policy.maxDeferralMonths()).with("policyVersion", state.policyVersion));
            require(state.deferredUntil == null, () -> RuleViolation.conflict("deferral-already-granted",
                    "A deferral until " + state.deferredUntil + " was granted already"));
            require(!deferral.today().isAfter(state.term.endsOn()), () -> RuleViolation.conflict("term-already-ended",
                    "A deferral is granted before the term ends (" + state.term.endsOn() + "), not after"));
            return List.of(new DeferralGranted(state.id, deferral.months(), state.term.endsOn().plusMonths(deferral.months()),
                    deferral.reason(), deferral.at()));
        }

        private static List<ArrangementEvent> recordMilestone(RecordStartupMilestone milestone, Arrangement state) {
            requireAcceptsStartupFacts(state, milestone.source());
            if (milestone.source() == StartupFact.Source.OPERATOR) {
                require(!milestone.reachedOn().isAfter(milestone.today()), () -> RuleViolation.invalid("milestone-in-future",
                        "A milestone is recorded once reached, not before"));
                require(!milestone.reachedOn().isBefore(state.term.startsOn()), () -> RuleViolation.invalid("milestone-before-start",
                        "The arrangement starts on " + state.term.startsOn()));
            }
            if (alreadyRecorded(state, milestone.sourceEventId())) {
                return List.of();
            }
            return List.of(new StartupMilestoneRecorded(state.id, milestone.milestone(), milestone.reachedOn(), milestone.ventureId(),
                    milestone.source(), milestone.sourceEventId()));
        }

        private static List<ArrangementEvent> end(EndArrangement end, Arrangement state) {
            requireStatus(state, Status.ACTIVE, "arrangement-not-active", "Only an active arrangement can end");
            requireHomeInstitution(end.actor(), state, "end it");
            require(!end.endedOn().isBefore(state.term.startsOn()), () -> RuleViolation.invalid("ended-before-start",
                    "The arrangement starts on " + state.term.startsOn()));
            require(!end.endedOn().isAfter(end.today()), () -> RuleViolation.invalid("ending-in-future",
                    "An ending is recorded when it happened, not ahead"));
            require(end.ending() != Ending.COMPLETED || !end.endedOn().isBefore(state.term.endsOn()), () -> RuleViolation.invalid(
                    "term-not-completed", "The term runs until " + state.term.endsOn() + ": end it earlier as RETURNED, RESIGNED or TERMINATED"));
            require(end.ending() != Ending.TERMINATED || (end.reason() != null && !end.reason().isBlank()), () -> RuleViolation.invalid(
                    "reason-required", "A termination gives its reason"));
            return List.of(new ArrangementEnded(state.id, state.researcherId, state.form, state.institution, state.enterprise, end.ending(),
                    end.endedOn(), end.reason()));
        }

        private static List<ArrangementEvent> review(ReviewResults review, Arrangement state) {
            requireStatus(state, Status.ENDED, "arrangement-not-ended", "Results are reviewed at the end of the arrangement");
            requireHomeInstitution(review.actor(), state, "review its results");
            require(state.policy.reviewedOnResults(), () -> RuleViolation.invalid("no-results-review",
                    "The policy this arrangement was approved under does not review " + state.form + " on results"));
            require(state.outcome == null, () -> RuleViolation.conflict("results-already-reviewed", "The results were reviewed already"));
            return List.of(new ResultsReviewed(state.id, state.researcherId, state.form, state.institution, state.enterprise,
                    new Period(state.term.startsOn(), state.endedOn), review.outcome(), List.copyOf(review.results())));
        }

        private static void requireRulesOf(FormPolicy policy, ArrangementForm form) {
            if (policy.form() != form) {
                throw new IllegalArgumentException("the rules of " + policy.form() + " were given for a " + form + " arrangement");
            }
        }

        private static void requireStatus(Arrangement state, Status expected, String code, String detail) {
            require(state.status == expected, () -> RuleViolation.conflict(code, detail + "; this one is " + state.status.name().toLowerCase())
                    .with("status", state.status.name().toLowerCase()));
        }

        /** 放权: the home institution approves alone only where the policy delegates it; otherwise an operator does. */
        private static void requireApprovalAuthority(Actor actor, FormPolicy policy, Arrangement state) {
            if (actor.operator()) {
                return;
            }
            require(actor.isPartnerOf(state.institution), () -> RuleViolation.forbidden("not-home-institution",
                    "Only the home institution or an operator decides on this application"));
            require(policy.approvalDelegated(), () -> RuleViolation.forbidden("approval-not-delegated",
                    "The policy in force does not delegate the decision on " + state.form + " to the home institution: an operator decides"));
        }

        private static void requireHomeInstitution(Actor actor, Arrangement state, String what) {
            require(actor.operator() || actor.isPartnerOf(state.institution), () -> RuleViolation.forbidden("not-home-institution",
                    "Only the home institution or an operator may " + what));
        }

        private static void requireTermWithinPolicy(Term term, FormPolicy policy) {
            require(term.fitsWithin(policy.maxTermMonths()), () -> RuleViolation.invalid("term-beyond-policy",
                    "A " + policy.form() + " term may last at most " + policy.maxTermMonths() + " months; this one ends on " + term.endsOn())
                    .with("maxTermMonths", policy.maxTermMonths()));
        }

        /** Operators record on an active arrangement; incubation's facts are kept on an ended one too, as they happened. */
        private static void requireAcceptsStartupFacts(Arrangement state, StartupFact.Source source) {
            require(state.form == ArrangementForm.LEAVE_TO_FOUND, () -> RuleViolation.invalid("not-leave-to-found",
                    "Start-up milestones are tracked on leave-to-found arrangements"));
            boolean accepts = state.status == Status.ACTIVE || (source == StartupFact.Source.INCUBATION && state.status == Status.ENDED);
            require(accepts, () -> RuleViolation.conflict("arrangement-not-active", "Start-up milestones are recorded on an active arrangement")
                    .with("status", state.status.name().toLowerCase()));
        }

        private static boolean alreadyRecorded(Arrangement state, UUID sourceEventId) {
            return sourceEventId != null && state.startup.stream().anyMatch(f -> sourceEventId.equals(f.sourceEventId()));
        }

        private static String describe(Actor actor) {
            return actor.operator() ? "an operator" : "organisation " + actor.organisation();
        }

        @Override
        public Arrangement evolve(Arrangement s, ArrangementEvent event) {
            if (event instanceof ArrangementApplied a) {
                return new Arrangement(a.arrangementId(), Status.APPLIED, a.researcherId(), a.researcherName(), a.form(), a.institution(),
                        a.enterprise(), a.postId(), new Term(a.startsOn(), a.endsOn()), a.purpose(), null, null,
                        new Agreement(0, a.agreementTerms(), List.of()), null, List.of(), null, null, null, null, List.of());
            }
            if (event instanceof ArrangementApproved a) {
                return s.with(Status.APPROVED, a.policyVersion(), a.policy(), s.agreement.revised(1, s.agreement.terms()), s.term);
            }
            if (event instanceof ArrangementRejected) {
                return s.with(Status.REJECTED, s.policyVersion, s.policy, s.agreement, s.term);
            }
            if (event instanceof AgreementTermsChanged c) {
                return s.with(s.status, s.policyVersion, s.policy, s.agreement.revised(c.agreementVersion(), c.agreementTerms()),
                        new Term(c.startsOn(), c.endsOn()));
            }
            if (event instanceof PartySigned p) {
                return s.with(s.status, s.policyVersion, s.policy, s.agreement.signedAlsoBy(p.party()), s.term);
            }
            if (event instanceof ArrangementActivated) {
                return s.with(Status.ACTIVE, s.policyVersion, s.policy, s.agreement, s.term);
            }
            if (event instanceof DeferralGranted d) {
                return new Arrangement(s.id, s.status, s.researcherId, s.researcherName, s.form, s.institution, s.enterprise, s.postId, s.term,
                        s.purpose, s.policyVersion, s.policy, s.agreement, d.deferredUntil(), s.startup, s.ending, s.endedOn, s.endReason,
                        s.outcome, s.results);
            }
            if (event instanceof StartupMilestoneRecorded m) {
                return s.withFact(new StartupFact(StartupFact.Kind.MILESTONE, m.milestone(), m.reachedOn(), m.ventureId(), null, List.of(),
                        m.source(), m.sourceEventId()));
            }
            if (event instanceof FundingRoundRecorded r) {
                return s.withFact(new StartupFact(StartupFact.Kind.FUNDING_ROUND, r.roundName(), r.closedOn(), r.ventureId(), r.amount(),
                        r.investors(), StartupFact.Source.INCUBATION, r.sourceEventId()));
            }
            if (event instanceof VentureClosureRecorded c) {
                return s.withFact(new StartupFact(StartupFact.Kind.VENTURE_CLOSED, c.reason(), c.closedOn(), c.ventureId(), null, List.of(),
                        StartupFact.Source.INCUBATION, c.sourceEventId()));
            }
            if (event instanceof ArrangementEnded e) {
                return new Arrangement(s.id, Status.ENDED, s.researcherId, s.researcherName, s.form, s.institution, s.enterprise, s.postId,
                        s.term, s.purpose, s.policyVersion, s.policy, s.agreement, s.deferredUntil, s.startup, e.ending(), e.endedOn(),
                        e.reason(), s.outcome, s.results);
            }
            if (event instanceof ResultsReviewed r) {
                return new Arrangement(s.id, s.status, s.researcherId, s.researcherName, s.form, s.institution, s.enterprise, s.postId,
                        s.term, s.purpose, s.policyVersion, s.policy, s.agreement, s.deferredUntil, s.startup, s.ending, s.endedOn,
                        s.endReason, r.outcome(), r.results());
            }
            return s;
        }
    }

    private Arrangement with(Status newStatus, Integer newPolicyVersion, FormPolicy newPolicy, Agreement newAgreement, Term newTerm) {
        return new Arrangement(id, newStatus, researcherId, researcherName, form, institution, enterprise, postId, newTerm, purpose,
                newPolicyVersion, newPolicy, newAgreement, deferredUntil, startup, ending, endedOn, endReason, outcome, results);
    }

    private Arrangement withFact(StartupFact fact) {
        List<StartupFact> facts = new ArrayList<>(startup);
        facts.add(fact);
        return new Arrangement(id, status, researcherId, researcherName, form, institution, enterprise, postId, term, purpose,
                policyVersion, policy, agreement, deferredUntil, List.copyOf(facts), ending, endedOn, endReason, outcome, results);
    }
}
