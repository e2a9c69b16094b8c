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
 * issuer is the body the list names), then recognised or refused with a reason.
 *
 * <p>It is judged against the list version in force on the application date and keeps that
 * version's entry: a later version (a withdrawal, a changed title level) does not change the
 * outcome of an application made before it took effect, and an application made once a
 * withdrawal is in force cannot be recognised.
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
        String refusalReason) {

    public enum Status { NONE, SUBMITTED, VERIFIED, RECOGNISED, REFUSED }

    public static final AggregateType<RecognitionApplication, RecognitionApplicationCommand, RecognitionApplicationEvent> TYPE =
            new AggregateType<>("RecognitionApplication", new Lifecycle());

    public static final RecognitionApplication NONE = new RecognitionApplication(null, Status.NONE, null, null, null, null, null, null,
            null, null, null);

    public boolean exists() {
        return status != Status.NONE;
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
                require(state.status == Status.VERIFIED, () -> RuleViolation.conflict("application-not-verified",
                        "Only a verified application can be recognised; this one is " + state.status.name().toLowerCase()));
                return recognise(state, recognise.on());
            }
            if (command instanceof RefuseApplication refuse) {
                require(state.status == Status.SUBMITTED || state.status == Status.VERIFIED, () -> RuleViolation.conflict(
                        "application-decided", "The application was " + state.status.name().toLowerCase() + " already"));
                require(refuse.reason() != null && !refuse.reason().isBlank(), () -> RuleViolation.invalid("refusal-reason-missing",
                        "Say why the application is refused"));
                return List.of(new ApplicationRefused(state.id, RefusalGround.DECIDED_BY_OPERATOR, refuse.reason().trim(), refuse.on()));
            }
            throw new IllegalArgumentException("unknown command " + command);
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
            return List.of(new ApplicationSubmitted(submit.id(), submit.holderId(), submit.organisation(), inForce.label().toString(),
                    entry, certificate, on, submit.at()));
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

        /** Verification checks the issuer against the body the application's list version names; a mismatch refuses it. */
        private static List<RecognitionApplicationEvent> verify(VerifyApplication verify, RecognitionApplication state) {
            require(state.status == Status.SUBMITTED, () -> RuleViolation.conflict("application-not-submitted",
                    "Only a submitted application is verified; this one is " + state.status.name().toLowerCase()));
            String listed = state.qualification.issuingBody();
            if (!ListEntry.normalised(state.certificate.issuingBody()).equals(ListEntry.normalised(listed))) {
                return List.of(new ApplicationRefused(state.id, RefusalGround.ISSUER_MISMATCH, "The certificate was issued by \""
                        + state.certificate.issuingBody() + "\"; version " + state.listVersion + " of the list names \"" + listed
                        + "\" as the issuing body of \"" + state.qualification.name() + "\"", verify.on()));
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

        @Override
        public RecognitionApplication evolve(RecognitionApplication s, RecognitionApplicationEvent event) {
            if (event instanceof ApplicationSubmitted e) {
                return new RecognitionApplication(e.applicationId(), Status.SUBMITTED, e.holderId(), e.organisation(), e.listVersion(),
                        e.qualification(), e.certificate(), e.appliedOn(), null, null, null);
            }
            if (event instanceof ApplicationVerified) {
                return s.with(Status.VERIFIED, null, null, null);
            }
            if (event instanceof ApplicationRefused e) {
                return s.with(Status.REFUSED, e.refusedOn(), e.ground(), e.reason());
            }
            if (event instanceof QualificationRecognised e) {
                return s.with(Status.RECOGNISED, e.recognisedOn(), null, null);
            }
            return s;
        }
    }

    private RecognitionApplication with(Status newStatus, LocalDate decided, RefusalGround ground, String reason) {
        return new RecognitionApplication(id, newStatus, holderId, organisation, listVersion, qualification, certificate, appliedOn,
                decided, ground, reason);
    }
}
