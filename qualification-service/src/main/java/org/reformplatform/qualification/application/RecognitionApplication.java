package org.reformplatform.qualification.application;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.reformplatform.eventsourcing.domain.AggregateType;
import org.reformplatform.eventsourcing.domain.Decider;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.AppealRefusal;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.CompleteCompensation;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.DecideAppeal;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.EscalateOverdueDecision;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.LapseCompensation;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.MakeRefusalFinal;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.RecogniseOnCondition;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.RequestDocuments;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.SupplyDocuments;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.AppealOverturned;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.AppealUpheld;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.CompensationCompleted;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.CompensationLapsed;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.ConditionallyRecognised;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.DecisionOverdueEscalated;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.DocumentsRequested;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.DocumentsSupplied;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.RefusalAppealed;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.RefusalBecameFinal;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.RecogniseApplication;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.RefuseApplication;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.SubmitApplication;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.VerifyApplication;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.ApplicationRefused;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.ApplicationSubmitted;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.ApplicationVerified;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.QualificationRecognised;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.TitleEquivalenceRecognised;
import org.reformplatform.qualification.recognitionlist.ListEntry;
import org.reformplatform.qualification.recognitionlist.ListVersion;
import org.reformplatform.qualification.recognitionlist.QualificationId;
import org.reformplatform.qualification.recognitionlist.RecognitionList;
import org.reformplatform.qualification.recognitionlist.SubList;

/**
 * A holder's application to have a foreign certificate recognised: submitted, verified (the
 * issuer is the body the list names), then recognised, recognised on condition of a compensation
 * measure, or refused with reasons that the holder's organisation may appeal.
 *
 * <p>It is judged against the list version in force on the application date and keeps that
 * version's entry: a later version (a withdrawal, a changed title level) does not change the
 * outcome of an application made before it took effect, and an application made once a
 * withdrawal is in force cannot be recognised.
 *
 * <p>Time limits fixed in advance ({@link RecognitionTimeLimits}): a {@link DecisionClock} of working
 * days that stops while documents are awaited and escalates the application when it runs out; an
 * appeal window after a refusal, after which the refusal is final; a due date for a compensation
 * measure, after which the conditional recognition lapses.
 */
public record RecognitionApplication(
        RecognitionApplicationId id,
        Status status,
        HolderId holderId,
        String organisation,
        String listVersion,
        ListEntry qualification,
        Certificate certificate,
        LocalDate appliedOn,
        LocalDate decidedOn,
        RefusalGround refusalGround,
        String refusalReason,
        DecisionClock clock,
        Appeal appeal,
        Compensation compensation) {

    public enum Status { NONE, SUBMITTED, VERIFIED, RECOGNISED, REFUSED, APPEALED, CONDITIONALLY_RECOGNISED, LAPSED }

    public static final AggregateType<RecognitionApplication, RecognitionApplicationCommand, RecognitionApplicationEvent> TYPE =
            new AggregateType<>("RecognitionApplication", new Lifecycle());

    public static final RecognitionApplication NONE = new RecognitionApplication(null, Status.NONE, null, null, null, null, null, null,
            null, null, null, null, null, null);

    /**
     * The statutory decision clock: the decision is owed by the end of {@code dueOn}; while documents
     * are awaited it stands still with {@code remainingWorkingDays} left; {@code escalatedOn} once it ran out.
     */
    public record DecisionClock(LocalDate dueOn, String documentsRequested, int remainingWorkingDays, LocalDate escalatedOn) {

        public boolean paused() {
            return documentsRequested != null;
        }
    }

    /**
     * The right of appeal a refusal opens: who refused, until when the holder's organisation may
     * appeal, and, once it did, the appeal and how another officer decided it.
     */
    public record Appeal(String refusedBy, LocalDate appealUntil, LocalDate refusalFinalOn, String reason, LocalDate appealedOn,
            AppealOutcome outcome, String reasons, String decidedBy, LocalDate decidedOn) {

        Appeal appealed(String why, LocalDate on) {
            return new Appeal(refusedBy, appealUntil, refusalFinalOn, why, on, null, null, null, null);
        }

        Appeal decided(AppealOutcome how, String why, String by, LocalDate on) {
            return new Appeal(refusedBy, appealUntil, how == AppealOutcome.UPHELD ? on : null, reason, appealedOn, how, why, by, on);
        }

        Appeal madeFinal(LocalDate on) {
            return new Appeal(refusedBy, appealUntil, on, reason, appealedOn, outcome, reasons, decidedBy, decidedOn);
        }
    }

    /** A compensation measure a conditional recognition asks for, due by the end of {@code completeBy}. */
    public record Compensation(CompensationMeasure measure, String substantialDifferences, LocalDate completeBy, LocalDate completedOn,
            LocalDate lapsedOn) {
    }

    public boolean exists() {
        return status != Status.NONE;
    }

    /** Not yet recognised, conditionally recognised or refused: the decision clock applies. */
    public boolean undecided() {
        return status == Status.SUBMITTED || status == Status.VERIFIED;
    }

    /** How an application decides commands and evolves with its events. */
    static final class Lifecycle implements Decider<RecognitionApplication, RecognitionApplicationCommand, RecognitionApplicationEvent> {

        @Override
        public RecognitionApplication initialState() {
            return NONE;
        }

        @Override
        public List<RecognitionApplicationEvent> decide(RecognitionApplicationCommand command, RecognitionApplication state) {
            if (command instanceof SubmitApplication submit) {
                return submit(submit, state);
            }
            require(state.exists(), () -> RuleViolation.notFound("unknown-application", "There is no such application"));
            if (command instanceof VerifyApplication verify) {
                return verify(verify, state);
            }
            if (command instanceof RecogniseApplication recognise) {
                assertVerified(state);
                return recognise(state, recognise.on());
            }
            if (command instanceof RefuseApplication refuse) {
                assertUndecided(state);
                require(present(refuse.reason()), () -> RuleViolation.invalid("refusal-reason-missing", "Say why the application is refused"));
                return List.of(new ApplicationRefused(state.id, RefusalGround.DECIDED_BY_OPERATOR, refuse.reason().trim(), refuse.on(),
                        refuse.officer(), refuse.limits().appealUntil(refuse.on())));
            }
            if (command instanceof RequestDocuments request) {
                return requestDocuments(request, state);
            }
            if (command instanceof SupplyDocuments supply) {
                return supplyDocuments(supply, state);
            }
            if (command instanceof EscalateOverdueDecision escalate) {
                return escalate(escalate, state);
            }
            if (command instanceof AppealRefusal appeal) {
                return appeal(appeal, state);
            }
            if (command instanceof DecideAppeal decide) {
                return decideAppeal(decide, state);
            }
            if (command instanceof MakeRefusalFinal makeFinal) {
                return makeFinal(makeFinal, state);
            }
            if (command instanceof RecogniseOnCondition conditional) {
                return recogniseOnCondition(conditional, state);
            }
            if (command instanceof CompleteCompensation complete) {
                assertCompensationPending(state);
                Compensation c = state.compensation;
                require(!complete.on().isAfter(c.completeBy()), () -> RuleViolation.conflict("compensation-lapsed",
                        "The " + measureName(c.measure()) + " was due by " + c.completeBy() + "; it lapses instead")
                        .with("completeBy", c.completeBy().toString()));
                List<RecognitionApplicationEvent> events = new ArrayList<>();
                events.add(new CompensationCompleted(state.id, c.measure(), complete.on()));
                events.addAll(recognise(state, complete.on()));
                return events;
            }
            if (command instanceof LapseCompensation lapse) {
                assertCompensationPending(state);
                Compensation c = state.compensation;
                require(lapse.on().isAfter(c.completeBy()), () -> RuleViolation.conflict("compensation-not-due",
                        "The " + measureName(c.measure()) + " may be completed until " + c.completeBy()).with("completeBy", c.completeBy().toString()));
                return List.of(new CompensationLapsed(state.id, c.measure(), c.completeBy(), lapse.on()));
            }
            throw new IllegalArgumentException("unknown command " + command);
        }

        private static boolean present(String text) {
            return text != null && !text.isBlank();
        }

        private static void assertUndecided(RecognitionApplication state) {
            require(state.undecided(), () -> RuleViolation.conflict("application-decided",
                    "The application was " + statusName(state.status) + " already"));
        }

        private static void assertVerified(RecognitionApplication state) {
            require(state.status == Status.VERIFIED, () -> RuleViolation.conflict("application-not-verified",
                    "Only a verified application can be recognised; this one is " + statusName(state.status)));
        }

        private static void assertCompensationPending(RecognitionApplication state) {
            require(state.status == Status.CONDITIONALLY_RECOGNISED, () -> RuleViolation.conflict("no-compensation-pending",
                    "Only a conditionally recognised application has a compensation measure to complete; this one is " + statusName(state.status)));
        }

        private static String statusName(Status status) {
            return status.name().toLowerCase().replace('_', ' ');
        }

        private static String measureName(CompensationMeasure measure) {
            return measure.name().toLowerCase().replace('_', ' ');
        }

        /**
         * The door: only a qualification listed in the version in force on the application date, with
         * a certificate valid on that date, makes an application. Anything else is refused before
         * anything is recorded: the partner's own data shows it could never succeed.
         */
        private static List<RecognitionApplicationEvent> submit(SubmitApplication submit, RecognitionApplication state) {
            require(!state.exists(), () -> RuleViolation.conflict("application-exists", "The application exists already"));
            LocalDate on = submit.appliedOn();
            ListVersion inForce = submit.list().inForceOn(on).orElseThrow(() -> RuleViolation.invalid("no-list-in-force",
                    "No version of the recognition list is in force on " + on).with("appliedOn", on.toString()));
            ListEntry entry = inForce.entry(submit.qualificationId())
                    .orElseThrow(() -> notListed(submit.list(), inForce, submit.qualificationId(), on));
            Certificate certificate = submit.certificate();
            require(certificate.validUntil() == null || !certificate.validUntil().isBefore(certificate.issuedOn()),
                    () -> RuleViolation.invalid("certificate-dates-inverted", "A certificate cannot expire before it was issued"));
            require(!certificate.issuedOn().isAfter(on), () -> RuleViolation.invalid("certificate-not-yet-issued",
                    "The certificate is issued on " + certificate.issuedOn() + ", after the application date " + on)
                    .with("issuedOn", certificate.issuedOn().toString()).with("appliedOn", on.toString()));
            require(certificate.validOn(on), () -> RuleViolation.invalid("certificate-expired",
                    "The certificate expired on " + certificate.validUntil() + ", before the application date " + on)
                    .with("validUntil", certificate.validUntil().toString()).with("appliedOn", on.toString()));
            // The application is complete as submitted: its decision clock starts today.
            LocalDate due = RecognitionTimeLimits.decisionDueOn(on, submit.limits().decisionWorkingDays(), submit.workingDays());
            return List.of(new ApplicationSubmitted(submit.id(), submit.holderId(), submit.organisation(), inForce.label().toString(),
                    entry, certificate, on, submit.at(), due));
        }

        /** Why the version in force does not list the qualification: withdrawn by now, not listed yet, or never listed. */
        private static RuleViolation notListed(RecognitionList list, ListVersion inForce, QualificationId id, LocalDate on) {
            List<ListVersion> published = list.published();
            Optional<ListVersion> lastListing = published.stream()
                    .filter(v -> !v.effectiveOn().isAfter(on) && v.entry(id).isPresent())
                    .max(Comparator.comparing(ListVersion::effectiveOn));
            if (lastListing.isPresent()) {
                ListVersion withdrawnBy = published.stream()
                        .filter(v -> v.effectiveOn().isAfter(lastListing.get().effectiveOn()) && !v.effectiveOn().isAfter(on))
                        .min(Comparator.comparing(ListVersion::effectiveOn)).orElse(inForce);
                return RuleViolation.invalid("qualification-withdrawn", "\"" + lastListing.get().entry(id).get().name()
                        + "\" was withdrawn from the list by version " + withdrawnBy.label() + ", in force since " + withdrawnBy.effectiveOn())
                        .with("withdrawnBy", withdrawnBy.label().toString()).with("withdrawnOn", withdrawnBy.effectiveOn().toString());
            }
            Optional<ListVersion> later = published.stream().filter(v -> v.effectiveOn().isAfter(on) && v.entry(id).isPresent())
                    .min(Comparator.comparing(ListVersion::effectiveOn));
            if (later.isPresent()) {
                return RuleViolation.invalid("qualification-not-in-force", "The qualification is listed from version " + later.get().label()
                        + ", in force from " + later.get().effectiveOn() + "; version " + inForce.label() + " is in force on " + on)
                        .with("listedFrom", later.get().effectiveOn().toString());
            }
            return RuleViolation.invalid("unknown-qualification", "The recognition list does not list qualification " + id.value())
                    .with("qualificationId", id.value().toString());
        }

        /**
         * Verification checks the issuer against the body the application's list version names; a
         * mismatch refuses it, with the officer as the one who refused (an appeal goes to another).
         */
        private static List<RecognitionApplicationEvent> verify(VerifyApplication verify, RecognitionApplication state) {
            require(state.status == Status.SUBMITTED, () -> RuleViolation.conflict("application-not-submitted",
                    "Only a submitted application is verified; this one is " + statusName(state.status)));
            String listed = state.qualification.issuingBody();
            if (!ListEntry.normalised(state.certificate.issuingBody()).equals(ListEntry.normalised(listed))) {
                return List.of(new ApplicationRefused(state.id, RefusalGround.ISSUER_MISMATCH, "The certificate was issued by \""
                        + state.certificate.issuingBody() + "\"; version " + state.listVersion + " of the list names \"" + listed
                        + "\" as the issuing body of \"" + state.qualification.name() + "\"", verify.on(), verify.officer(),
                        verify.limits().appealUntil(verify.on())));
            }
            return List.of(new ApplicationVerified(state.id, verify.on()));
        }

        /** Recognition as the application's list version has it, whatever version is in force today. */
        private static List<RecognitionApplicationEvent> recognise(RecognitionApplication state, LocalDate on) {
            ListEntry q = state.qualification;
            List<RecognitionApplicationEvent> events = new ArrayList<>();
            events.add(new QualificationRecognised(state.id, state.holderId, state.organisation, q.qualificationId(), q.name(), q.country(),
                    q.profession(), q.subLists(), state.listVersion, on));
            if (q.isOn(SubList.TITLE_EQUIVALENCE)) {
                events.add(new TitleEquivalenceRecognised(state.id, state.holderId, q.qualificationId(), q.name(), q.country(),
                        q.titleEquivalence().series(), q.titleEquivalence().level(), state.listVersion, on));
            }
            return events;
        }

        /** The clock stops: the working days after today up to the due date are what it has left (none once it ran out). */
        private static List<RecognitionApplicationEvent> requestDocuments(RequestDocuments request, RecognitionApplication state) {
            assertUndecided(state);
            DecisionClock clock = assertClock(state);
            require(!clock.paused(), () -> RuleViolation.conflict("documents-already-requested",
                    "Documents were requested already and have not been supplied: " + clock.documentsRequested()));
            require(present(request.documents()), () -> RuleViolation.invalid("documents-missing", "Say which documents the applicant must supply"));
            int remaining = request.workingDays().workingDaysBetween(request.on(), clock.dueOn());
            return List.of(new DocumentsRequested(state.id, request.documents().trim(), request.on(), remaining));
        }

        /** The clock resumes from the day the documents came, with the working days it had left. */
        private static List<RecognitionApplicationEvent> supplyDocuments(SupplyDocuments supply, RecognitionApplication state) {
            assertUndecided(state);
            DecisionClock clock = assertClock(state);
            require(clock.paused(), () -> RuleViolation.conflict("no-documents-requested", "No documents are awaited for this application"));
            return List.of(new DocumentsSupplied(state.id, supply.on(),
                    RecognitionTimeLimits.decisionDueOn(supply.on(), clock.remainingWorkingDays(), supply.workingDays())));
        }

        private static DecisionClock assertClock(RecognitionApplication state) {
            require(state.clock != null, () -> RuleViolation.conflict("no-decision-clock",
                    "The application was made before decisions had a time limit"));
            return state.clock;
        }

        /** The clock ran out undecided: escalate once, and only while it runs (a paused clock has not run out). */
        private static List<RecognitionApplicationEvent> escalate(EscalateOverdueDecision escalate, RecognitionApplication state) {
            assertUndecided(state);
            DecisionClock clock = assertClock(state);
            require(!clock.paused(), () -> RuleViolation.conflict("decision-clock-paused",
                    "The decision clock stands still while documents are awaited"));
            require(clock.escalatedOn() == null, () -> RuleViolation.conflict("decision-escalated-already",
                    "The decision was escalated on " + clock.escalatedOn()));
            require(escalate.on().isAfter(clock.dueOn()), () -> RuleViolation.conflict("decision-not-overdue",
                    "The decision is owed by " + clock.dueOn()).with("decisionDueOn", clock.dueOn().toString()));
            return List.of(new DecisionOverdueEscalated(state.id, clock.dueOn(), escalate.on()));
        }

        /** A refusal can be appealed once, within its window, with reasons. */
        private static List<RecognitionApplicationEvent> appeal(AppealRefusal appeal, RecognitionApplication state) {
            require(state.status == Status.REFUSED && state.appeal != null && state.appeal.refusalFinalOn() == null,
                    () -> RuleViolation.conflict("refusal-not-appealable", state.status == Status.REFUSED
                            ? "The refusal is final" : "Only a refusal can be appealed; this application is " + statusName(state.status)));
            LocalDate until = state.appeal.appealUntil();
            require(!appeal.on().isAfter(until), () -> RuleViolation.conflict("appeal-window-closed",
                    "A refusal can be appealed until " + until).with("appealUntil", until.toString()));
            require(present(appeal.reason()), () -> RuleViolation.invalid("appeal-reason-missing", "Say why the refusal should be set aside"));
            return List.of(new RefusalAppealed(state.id, appeal.reason().trim(), appeal.on()));
        }

        /** Another officer than the one who refused decides the appeal, with reasons; overturned, the qualification is recognised. */
        private static List<RecognitionApplicationEvent> decideAppeal(DecideAppeal decide, RecognitionApplication state) {
            require(state.status == Status.APPEALED, () -> RuleViolation.conflict("no-appeal-pending",
                    "Only an appealed refusal is reviewed; this application is " + statusName(state.status)));
            require(!decide.officer().equals(state.appeal.refusedBy()), () -> RuleViolation.forbidden("appeal-reviewer-refused-the-application",
                    "An appeal is reviewed by another officer than the one who refused the application"));
            require(present(decide.reasons()), () -> RuleViolation.invalid("appeal-reasons-missing", "Say why the appeal is decided so"));
            String reasons = decide.reasons().trim();
            if (decide.outcome() == AppealOutcome.UPHELD) {
                return List.of(new AppealUpheld(state.id, reasons, decide.officer(), decide.on()));
            }
            List<RecognitionApplicationEvent> events = new ArrayList<>();
            events.add(new AppealOverturned(state.id, reasons, decide.officer(), decide.on()));
            events.addAll(recognise(state, decide.on()));
            return events;
        }

        /** The window closed unused: the refusal is final (an appeal made in time stops this). */
        private static List<RecognitionApplicationEvent> makeFinal(MakeRefusalFinal makeFinal, RecognitionApplication state) {
            require(state.status == Status.REFUSED && state.appeal != null && state.appeal.refusalFinalOn() == null,
                    () -> RuleViolation.conflict("refusal-not-open", "There is no refusal open to appeal; the application is "
                            + statusName(state.status)));
            LocalDate until = state.appeal.appealUntil();
            require(makeFinal.on().isAfter(until), () -> RuleViolation.conflict("appeal-window-open",
                    "The refusal can be appealed until " + until).with("appealUntil", until.toString()));
            return List.of(new RefusalBecameFinal(state.id, until, makeFinal.on()));
        }

        /** Substantial differences met by a compensation measure: recognised on condition, due no later than the limits allow. */
        private static List<RecognitionApplicationEvent> recogniseOnCondition(RecogniseOnCondition conditional, RecognitionApplication state) {
            assertVerified(state);
            require(present(conditional.substantialDifferences()), () -> RuleViolation.invalid("substantial-differences-missing",
                    "Say which substantial differences the compensation measure makes up for"));
            require(conditional.completeBy().isAfter(conditional.on()), () -> RuleViolation.invalid("compensation-due-date-not-ahead",
                    "A compensation measure is due after the day it is decided").with("completeBy", conditional.completeBy().toString()));
            LocalDate latest = conditional.limits().latestCompletion(conditional.measure(), conditional.on());
            require(!conditional.completeBy().isAfter(latest), () -> RuleViolation.invalid("compensation-too-long",
                    "An " + measureName(conditional.measure()) + " decided on " + conditional.on() + " is due by " + latest + " at the latest")
                    .with("completeBy", conditional.completeBy().toString()).with("latest", latest.toString()));
            return List.of(new ConditionallyRecognised(state.id, conditional.measure(), conditional.substantialDifferences().trim(),
                    conditional.completeBy(), conditional.on()));
        }

        @Override
        public RecognitionApplication evolve(RecognitionApplication s, RecognitionApplicationEvent event) {
            if (event instanceof ApplicationSubmitted e) {
                return new RecognitionApplication(e.applicationId(), Status.SUBMITTED, e.holderId(), e.organisation(), e.listVersion(),
                        e.qualification(), e.certificate(), e.appliedOn(), null, null, null,
                        e.decisionDueOn() == null ? null : new DecisionClock(e.decisionDueOn(), null, 0, null), null, null);
            }
            if (event instanceof ApplicationVerified) {
                return s.with(Status.VERIFIED, null, null, null);
            }
            if (event instanceof ApplicationRefused e) {
                RecognitionApplication refused = s.with(Status.REFUSED, e.refusedOn(), e.ground(), e.reason());
                return e.appealUntil() == null ? refused : refused.withAppeal(
                        new Appeal(e.refusedBy(), e.appealUntil(), null, null, null, null, null, null, null));
            }
            if (event instanceof DocumentsRequested e) {
                return s.withClock(new DecisionClock(s.clock.dueOn(), e.documents(), e.remainingWorkingDays(), s.clock.escalatedOn()));
            }
            if (event instanceof DocumentsSupplied e) {
                return s.withClock(new DecisionClock(e.decisionDueOn(), null, 0, s.clock.escalatedOn()));
            }
            if (event instanceof DecisionOverdueEscalated e) {
                return s.withClock(new DecisionClock(s.clock.dueOn(), s.clock.documentsRequested(), s.clock.remainingWorkingDays(), e.escalatedOn()));
            }
            if (event instanceof RefusalAppealed e) {
                return s.with(Status.APPEALED, s.decidedOn, s.refusalGround, s.refusalReason).withAppeal(s.appeal.appealed(e.reason(), e.appealedOn()));
            }
            if (event instanceof AppealUpheld e) {
                return s.with(Status.REFUSED, s.decidedOn, s.refusalGround, s.refusalReason)
                        .withAppeal(s.appeal.decided(AppealOutcome.UPHELD, e.reasons(), e.decidedBy(), e.decidedOn()));
            }
            if (event instanceof AppealOverturned e) {
                return s.withAppeal(s.appeal.decided(AppealOutcome.OVERTURNED, e.reasons(), e.decidedBy(), e.decidedOn()));
            }
            if (event instanceof RefusalBecameFinal e) {
                return s.withAppeal(s.appeal.madeFinal(e.finalOn()));
            }
            if (event instanceof ConditionallyRecognised e) {
                return s.with(Status.CONDITIONALLY_RECOGNISED, e.decidedOn(), null, null)
                        .withCompensation(new Compensation(e.measure(), e.substantialDifferences(), e.completeBy(), null, null));
            }
            if (event instanceof CompensationCompleted e) {
                Compensation c = s.compensation;
                return s.withCompensation(new Compensation(c.measure(), c.substantialDifferences(), c.completeBy(), e.completedOn(), null));
            }
            if (event instanceof CompensationLapsed e) {
                Compensation c = s.compensation;
                return s.with(Status.LAPSED, e.lapsedOn(), null, null)
                        .withCompensation(new Compensation(c.measure(), c.substantialDifferences(), c.completeBy(), null, e.lapsedOn()));
            }
            if (event instanceof QualificationRecognised e) {
                // An overturned refusal keeps its ground and reasons on record.
                return s.with(Status.RECOGNISED, e.recognisedOn(), s.refusalGround, s.refusalReason);
            }
            return s;
        }
    }

    private RecognitionApplication with(Status newStatus, LocalDate decided, RefusalGround ground, String reason) {
        return new RecognitionApplication(id, newStatus, holderId, organisation, listVersion, qualification, certificate, appliedOn,
                decided, ground, reason, clock, appeal, compensation);
    }

    private RecognitionApplication withClock(DecisionClock newClock) {
        return new RecognitionApplication(id, status, holderId, organisation, listVersion, qualification, certificate, appliedOn,
                decidedOn, refusalGround, refusalReason, newClock, appeal, compensation);
    }

    private RecognitionApplication withAppeal(Appeal newAppeal) {
        return new RecognitionApplication(id, status, holderId, organisation, listVersion, qualification, certificate, appliedOn,
                decidedOn, refusalGround, refusalReason, clock, newAppeal, compensation);
    }

    private RecognitionApplication withCompensation(Compensation newCompensation) {
        return new RecognitionApplication(id, status, holderId, organisation, listVersion, qualification, certificate, appliedOn,
                decidedOn, refusalGround, refusalReason, clock, appeal, newCompensation);
    }
}
