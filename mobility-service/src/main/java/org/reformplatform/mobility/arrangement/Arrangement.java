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
import org.reformplatform.mobility.arrangement.ArrangementCommand.CompleteTerm;
import org.reformplatform.mobility.arrangement.ArrangementCommand.DecideReturnOrResign;
import org.reformplatform.mobility.arrangement.ArrangementCommand.DeemReturnOrResign;
import org.reformplatform.mobility.arrangement.ArrangementCommand.EndArrangement;
import org.reformplatform.mobility.arrangement.ArrangementCommand.ExpireDeferral;
import org.reformplatform.mobility.arrangement.ArrangementCommand.ExtendTerm;
import org.reformplatform.mobility.arrangement.ArrangementCommand.GrantDeferral;
import org.reformplatform.mobility.arrangement.ArrangementCommand.LapseUnsignedArrangement;
import org.reformplatform.mobility.arrangement.ArrangementCommand.RecordFundingRound;
import org.reformplatform.mobility.arrangement.ArrangementCommand.RecordStartupMilestone;
import org.reformplatform.mobility.arrangement.ArrangementCommand.RecordVentureClosure;
import org.reformplatform.mobility.arrangement.ArrangementCommand.RejectArrangement;
import org.reformplatform.mobility.arrangement.ArrangementCommand.ReviewResults;
import org.reformplatform.mobility.arrangement.ArrangementCommand.SignAgreement;
import org.reformplatform.mobility.arrangement.ArrangementCommand.WithdrawArrangement;
import org.reformplatform.mobility.arrangement.ArrangementEvent.AgreementTermsChanged;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementActivated;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementApplied;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementApproved;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementEnded;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementLapsed;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementRejected;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementWithdrawn;
import org.reformplatform.mobility.arrangement.ArrangementEvent.DeferralExpired;
import org.reformplatform.mobility.arrangement.ArrangementEvent.DeferralGranted;
import org.reformplatform.mobility.arrangement.ArrangementEvent.FundingRoundRecorded;
import org.reformplatform.mobility.arrangement.ArrangementEvent.PartySigned;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ResultsReviewed;
import org.reformplatform.mobility.arrangement.ArrangementEvent.StartupMilestoneRecorded;
import org.reformplatform.mobility.arrangement.ArrangementEvent.TermExtended;
import org.reformplatform.mobility.arrangement.ArrangementEvent.VentureClosureRecorded;
import org.reformplatform.mobility.researcher.ResearcherId;

/**
 * A researcher's mobility arrangement: applied by the home institution, approved or rejected
 * (by the institution where the policy delegates it, otherwise by an operator), signed by every
 * party the policy requires, active, perhaps deferred and tracking start-up milestones, and ended.
 * From approval on, it follows the rules of the policy version it was approved under.
 *
 * <p>Time acts on it through deadlines its handlers schedule ({@link ArrangementDeadlines}): an
 * approval lapses when the agreement is not signed by {@code signBy}, a term completes itself when
 * its last day is over, and a deferral that ends makes a return-or-resign decision due by
 * {@code decideBy}, after which the policy's {@code ifUndecided} applies. The deciders never read a
 * clock: those commands carry the day they are decided on.
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
        List<ReviewedResult> results,
        LocalDate signBy,
        LocalDate decideBy) {

    /**
     * APPROVED: approved, the agreement being signed (by {@code signBy}). WITHDRAWN: by the home
     * institution before the agreement was complete. LAPSED: not signed in time. DECISION_DUE: the
     * deferral is over and the researcher must return or resign (by {@code decideBy}).
     */
    public enum Status { NONE, APPLIED, REJECTED, APPROVED, ACTIVE, ENDED, WITHDRAWN, LAPSED, DECISION_DUE }

    public static final AggregateType<Arrangement, ArrangementCommand, ArrangementEvent> TYPE =
            new AggregateType<>("Arrangement", new Lifecycle());

    public static final Arrangement NONE = new Arrangement(null, Status.NONE, null, null, null, null, null, null, null, null,
            null, null, Agreement.NONE, null, List.of(), null, null, null, null, List.of(), null, null);

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
            if (command instanceof WithdrawArrangement withdraw) {
                return withdraw(withdraw, state);
            }
            if (command instanceof LapseUnsignedArrangement lapse) {
                return lapse(lapse, state);
            }
            if (command instanceof ExtendTerm extend) {
                return extendTerm(extend, state);
            }
            if (command instanceof CompleteTerm complete) {
                return completeTerm(complete, state);
            }
            if (command instanceof ExpireDeferral expire) {
                return expireDeferral(expire, state);
            }
            if (command instanceof DecideReturnOrResign decide) {
                return decideReturnOrResign(decide, state);
            }
            if (command instanceof DeemReturnOrResign deem) {
                return deemReturnOrResign(deem, state);
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
                    approve.actor().operator() ? "OPERATOR" : "HOME_INSTITUTION", approve.at(),
                    approve.policy().timeLimits().signBy(approve.today())));
        }

        /** Withdrawal before signing: only the applying institution, and only until the last signature activates the arrangement. */
        private static List<ArrangementEvent> withdraw(WithdrawArrangement withdraw, Arrangement state) {
            require(state.status == Status.APPLIED || state.status == Status.APPROVED, () -> RuleViolation.conflict(
                    "arrangement-not-withdrawable", "Only an arrangement applied for or awaiting signatures can be withdrawn; this one is "
                            + state.status.name().toLowerCase()).with("status", state.status.name().toLowerCase()));
            require(withdraw.actor().isPartnerOf(state.institution), () -> RuleViolation.forbidden("not-home-institution",
                    "Only the institution that applied may withdraw the application"));
            return List.of(new ArrangementWithdrawn(state.id, withdraw.reason(), withdraw.at()));
        }

        /** The signing period is over and the agreement is still incomplete: the approval lapses. */
        private static List<ArrangementEvent> lapse(LapseUnsignedArrangement lapse, Arrangement state) {
            requireStatus(state, Status.APPROVED, "arrangement-not-awaiting-signatures",
                    "Only an approved arrangement whose agreement is not complete can lapse");
            require(state.signBy != null && lapse.today().isAfter(state.signBy), () -> RuleViolation.conflict("signing-period-open",
                    "The agreement can be signed until " + state.signBy));
            return List.of(new ArrangementLapsed(state.id, state.signBy, state.agreement.missing(state.policy), lapse.at()));
        }

        /** A longer term for an active arrangement, within the maximum term of its own policy version, before the term is over. */
        private static List<ArrangementEvent> extendTerm(ExtendTerm extend, Arrangement state) {
            requireStatus(state, Status.ACTIVE, "arrangement-not-active", "Only an active arrangement's term can be extended");
            requireHomeInstitution(extend.actor(), state, "extend the term");
            require(state.deferredUntil == null, () -> RuleViolation.conflict("deferral-granted",
                    "A deferral until " + state.deferredUntil + " follows the term: the term can no longer be extended"));
            require(!extend.today().isAfter(state.term.endsOn()), () -> RuleViolation.conflict("term-already-ended",
                    "A term is extended before it ends (" + state.term.endsOn() + "), not after"));
            require(extend.endsOn().isAfter(state.term.endsOn()), () -> RuleViolation.invalid("extension-not-later",
                    "The term ends on " + state.term.endsOn() + " already: an extension ends later"));
            Term extended = new Term(state.term.startsOn(), extend.endsOn());
            requireTermWithinPolicy(extended, state.policy);
            return List.of(new TermExtended(state.id, state.term.endsOn(), extend.endsOn(), extend.reason(), extend.at()));
        }

        /** The term's last day is over: the arrangement completes, unless a deferral follows the term. */
        private static List<ArrangementEvent> completeTerm(CompleteTerm complete, Arrangement state) {
            requireStatus(state, Status.ACTIVE, "arrangement-not-active", "Only an active arrangement completes its term");
            require(state.deferredUntil == null, () -> RuleViolation.conflict("deferral-granted",
                    "A deferral until " + state.deferredUntil + " follows the term"));
            require(complete.today().isAfter(state.term.endsOn()), () -> RuleViolation.conflict("term-not-over",
                    "The term runs until " + state.term.endsOn()));
            return List.of(new ArrangementEnded(state.id, state.researcherId, state.form, state.institution, state.enterprise,
                    Ending.COMPLETED, state.term.endsOn(), "The term ended on " + state.term.endsOn()));
        }

        /** The deferral is over: the researcher owes a decision, within the working days the arrangement's policy gives. */
        private static List<ArrangementEvent> expireDeferral(ExpireDeferral expire, Arrangement state) {
            requireStatus(state, Status.ACTIVE, "arrangement-not-active", "Only an active arrangement's deferral expires");
            require(state.deferredUntil != null, () -> RuleViolation.conflict("no-deferral", "No deferral was granted"));
            require(expire.today().isAfter(state.deferredUntil), () -> RuleViolation.conflict("deferral-not-over",
                    "The deferral runs until " + state.deferredUntil));
            TimeLimitPolicy limits = state.policy.timeLimits();
            return List.of(new DeferralExpired(state.id, state.deferredUntil, limits.decideBy(state.deferredUntil, expire.calendar()),
                    limits.ifUndecided()));
        }

        private static List<ArrangementEvent> decideReturnOrResign(DecideReturnOrResign decide, Arrangement state) {
            requireStatus(state, Status.DECISION_DUE, "no-decision-due", "A return-or-resign decision is due once the deferral is over");
            requireHomeInstitution(decide.actor(), state, "declare the researcher's decision");
            require(decide.decision() == Ending.RETURNED || decide.decision() == Ending.RESIGNED, () -> RuleViolation.invalid(
                    "not-return-or-resign", "The researcher returns (RETURNED) or resigns (RESIGNED), not " + decide.decision()));
            return List.of(new ArrangementEnded(state.id, state.researcherId, state.form, state.institution, state.enterprise,
                    decide.decision(), decide.today(), decide.reason()));
        }

        /** Nobody decided in time: the arrangement ends as its policy says, on the last day of the decision. */
        private static List<ArrangementEvent> deemReturnOrResign(DeemReturnOrResign deem, Arrangement state) {
            requireStatus(state, Status.DECISION_DUE, "no-decision-due", "Only a decision due can be deemed made");
            require(deem.today().isAfter(state.decideBy), () -> RuleViolation.conflict("decision-period-open",
                    "The researcher can decide until " + state.decideBy));
            Ending deemed = state.policy.timeLimits().ifUndecided();
            return List.of(new ArrangementEnded(state.id, state.researcherId, state.form, state.institution, state.enterprise, deemed,
                    state.decideBy, "Deemed " + deemed + ": no decision to return or resign by " + state.decideBy));
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
            // The researcher's own signature is theirs to erase: it names them as its data subject.
            events.add(new PartySigned(state.id, sign.party(), state.agreement.version(), sign.signatory(), sign.at(),
                    sign.party() == Party.RESEARCHER ? state.researcherId : null));
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
            boolean running = state.status == Status.ACTIVE || state.status == Status.DECISION_DUE;
            boolean accepts = running || (source == StartupFact.Source.INCUBATION && state.status == Status.ENDED);
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
                        new Agreement(0, a.agreementTerms(), List.of()), null, List.of(), null, null, null, null, List.of(), null, null);
            }
            if (event instanceof ArrangementApproved a) {
                return s.with(Status.APPROVED, a.policyVersion(), a.policy(), s.agreement.revised(1, s.agreement.terms()), s.term)
                        .withDates(a.signBy(), s.decideBy);
            }
            if (event instanceof ArrangementRejected) {
                return s.with(Status.REJECTED, s.policyVersion, s.policy, s.agreement, s.term);
            }
            if (event instanceof ArrangementWithdrawn w) {
                return new Arrangement(s.id, Status.WITHDRAWN, s.researcherId, s.researcherName, s.form, s.institution, s.enterprise, s.postId,
                        s.term, s.purpose, s.policyVersion, s.policy, s.agreement, s.deferredUntil, s.startup, s.ending, s.endedOn, w.reason(),
                        s.outcome, s.results, s.signBy, s.decideBy);
            }
            if (event instanceof ArrangementLapsed) {
                return s.with(Status.LAPSED, s.policyVersion, s.policy, s.agreement, s.term);
            }
            if (event instanceof TermExtended t) {
                return s.with(s.status, s.policyVersion, s.policy, s.agreement, new Term(s.term.startsOn(), t.endsOn()));
            }
            if (event instanceof DeferralExpired d) {
                return s.with(Status.DECISION_DUE, s.policyVersion, s.policy, s.agreement, s.term).withDates(s.signBy, d.decideBy());
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
                        s.outcome, s.results, s.signBy, s.decideBy);
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
                        e.reason(), s.outcome, s.results, s.signBy, s.decideBy);
            }
            if (event instanceof ResultsReviewed r) {
                return new Arrangement(s.id, s.status, s.researcherId, s.researcherName, s.form, s.institution, s.enterprise, s.postId,
                        s.term, s.purpose, s.policyVersion, s.policy, s.agreement, s.deferredUntil, s.startup, s.ending, s.endedOn,
                        s.endReason, r.outcome(), r.results(), s.signBy, s.decideBy);
            }
            return s;
        }
    }

    private Arrangement with(Status newStatus, Integer newPolicyVersion, FormPolicy newPolicy, Agreement newAgreement, Term newTerm) {
        return new Arrangement(id, newStatus, researcherId, researcherName, form, institution, enterprise, postId, newTerm, purpose,
                newPolicyVersion, newPolicy, newAgreement, deferredUntil, startup, ending, endedOn, endReason, outcome, results, signBy, decideBy);
    }

    private Arrangement withDates(LocalDate newSignBy, LocalDate newDecideBy) {
        return new Arrangement(id, status, researcherId, researcherName, form, institution, enterprise, postId, term, purpose,
                policyVersion, policy, agreement, deferredUntil, startup, ending, endedOn, endReason, outcome, results, newSignBy, newDecideBy);
    }

    private Arrangement withFact(StartupFact fact) {
        List<StartupFact> facts = new ArrayList<>(startup);
        facts.add(fact);
        return new Arrangement(id, status, researcherId, researcherName, form, institution, enterprise, postId, term, purpose,
                policyVersion, policy, agreement, deferredUntil, List.copyOf(facts), ending, endedOn, endReason, outcome, results, signBy,
                decideBy);
    }
}
