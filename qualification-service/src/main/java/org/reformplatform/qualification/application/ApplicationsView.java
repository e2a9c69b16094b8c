package org.reformplatform.qualification.application;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.store.RecordedEvent;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.ApplicationRefused;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.ApplicationSubmitted;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.ApplicationVerified;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.QualificationRecognised;

/** Recognition applications by status and organisation: the operators' queue and the partners' overview. */
@ApplicationScoped
public class ApplicationsView implements Projection {

    @Override
    public String name() {
        return "recognition-applications";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(ApplicationSubmitted.class, ApplicationVerified.class, ApplicationRefused.class, QualificationRecognised.class);
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
        } else if (event instanceof QualificationRecognised recognised) {
            row.status = RecognitionApplication.Status.RECOGNISED;
            row.decidedOn = recognised.recognisedOn();
        }
    }
}
