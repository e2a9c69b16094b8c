package org.reformplatform.qualification.application;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.store.RecordedEvent;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.AppealOverturned;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.AppealUpheld;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.ApplicationRefused;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.ApplicationSubmitted;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.ApplicationVerified;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.CompensationCompleted;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.CompensationLapsed;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.ConditionallyRecognised;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.DecisionOverdueEscalated;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.DocumentsRequested;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.DocumentsSupplied;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.QualificationRecognised;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.RefusalAppealed;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.RefusalBecameFinal;

/**
 * Recognition applications by status and organisation, with their decision clock, escalation, appeal
 * and compensation measure: the operators' queue and the partners' overview.
 */
@ApplicationScoped
public class ApplicationsView implements Projection {

    @Override
    public String name() {
        return "recognition-applications";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(ApplicationSubmitted.class, ApplicationVerified.class, ApplicationRefused.class, QualificationRecognised.class,
                DocumentsRequested.class, DocumentsSupplied.class, DecisionOverdueEscalated.class, RefusalAppealed.class, AppealUpheld.class,
                AppealOverturned.class, RefusalBecameFinal.class, ConditionallyRecognised.class, CompensationCompleted.class,
                CompensationLapsed.class);
    }

    @Override
    public List<String> tables() {
        return List.of("application_summaries");
    }

    @Override
    public void apply(RecordedEvent<?> recorded) {
        if (recorded.event() instanceof ApplicationSubmitted submitted) {
            if (ApplicationSummary.findById(submitted.applicationId().value()) != null) {
                return;
            }
            ApplicationSummary row = new ApplicationSummary();
            row.id = submitted.applicationId().value();
            row.organisation = submitted.organisation();
            row.holderId = submitted.holderId().value();
            row.qualificationId = submitted.qualification().qualificationId().value();
            row.qualificationName = submitted.qualification().name();
            row.country = submitted.qualification().country();
            row.listVersion = submitted.listVersion();
            row.status = RecognitionApplication.Status.SUBMITTED;
            row.appliedOn = submitted.appliedOn();
            row.decisionDueOn = submitted.decisionDueOn();
            row.streamVersion = recorded.streamVersion();
            row.persist();
            return;
        }
        ApplicationSummary row = ApplicationSummary.findById(((RecognitionApplicationEvent) recorded.event()).applicationId().value());
        if (row == null) {
            return;
        }
        row.streamVersion = recorded.streamVersion();
        Object event = recorded.event();
        if (event instanceof ApplicationVerified) {
            row.status = RecognitionApplication.Status.VERIFIED;
        } else if (event instanceof ApplicationRefused refused) {
            row.status = RecognitionApplication.Status.REFUSED;
            row.decidedOn = refused.refusedOn();
            row.refusalGround = refused.ground();
            row.refusalReason = refused.reason();
            row.appealUntil = refused.appealUntil();
        } else if (event instanceof QualificationRecognised recognised) {
            row.status = RecognitionApplication.Status.RECOGNISED;
            row.decidedOn = recognised.recognisedOn();
        } else if (event instanceof DocumentsRequested requested) {
            row.documentsRequested = requested.documents();
        } else if (event instanceof DocumentsSupplied supplied) {
            row.documentsRequested = null;
            row.decisionDueOn = supplied.decisionDueOn();
        } else if (event instanceof DecisionOverdueEscalated escalated) {
            row.escalatedOn = escalated.escalatedOn();
            row.overdue = true;
        } else if (event instanceof RefusalAppealed appealed) {
            row.status = RecognitionApplication.Status.APPEALED;
            row.appealedOn = appealed.appealedOn();
        } else if (event instanceof AppealUpheld upheld) {
            row.status = RecognitionApplication.Status.REFUSED;
            row.appealOutcome = AppealOutcome.UPHELD;
            row.refusalFinalOn = upheld.decidedOn();
        } else if (event instanceof AppealOverturned) {
            row.appealOutcome = AppealOutcome.OVERTURNED;
        } else if (event instanceof RefusalBecameFinal made) {
            row.refusalFinalOn = made.finalOn();
        } else if (event instanceof ConditionallyRecognised conditional) {
            row.status = RecognitionApplication.Status.CONDITIONALLY_RECOGNISED;
            row.decidedOn = conditional.decidedOn();
            row.compensationMeasure = conditional.measure();
            row.compensationDueOn = conditional.completeBy();
        } else if (event instanceof CompensationCompleted) {
            // The recognition follows in the same decision.
        } else if (event instanceof CompensationLapsed lapsed) {
            row.status = RecognitionApplication.Status.LAPSED;
            row.decidedOn = lapsed.lapsedOn();
        }
    }
}
