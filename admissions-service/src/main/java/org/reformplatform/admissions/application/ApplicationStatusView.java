package org.reformplatform.admissions.application;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.admissions.application.ApplicationEvent.ApplicationAdmitted;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationReferredToSpecialReview;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationRejected;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationSubmitted;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationWithdrawn;
import org.reformplatform.admissions.application.ApplicationEvent.ConflictOfInterestDeclared;
import org.reformplatform.admissions.application.ApplicationEvent.ProjectWorkSubmitted;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewOverdueEscalated;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewReassigned;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewReminderSent;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewSubmitted;
import org.reformplatform.admissions.application.ApplicationEvent.SpecialReviewEscalated;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewersAssigned;
import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.store.RecordedEvent;

/** Each application's status and the history of its events: what a candidate's organisation follows. */
@ApplicationScoped
public class ApplicationStatusView implements Projection {

    @Override
    public String name() {
        return "applications";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(ApplicationSubmitted.class, ProjectWorkSubmitted.class, ApplicationWithdrawn.class, ReviewersAssigned.class,
                ConflictOfInterestDeclared.class, ReviewSubmitted.class, ApplicationReferredToSpecialReview.class,
                ApplicationAdmitted.class, ApplicationRejected.class, ReviewReminderSent.class, ReviewReassigned.class,
                ReviewOverdueEscalated.class, SpecialReviewEscalated.class);
    }

    /** Inline: the organisation that submitted an application reads its status and history in the answer's wake, never a stale list. */
    @Override
    public boolean inline() {
        return true;
    }

    /** Inline for applications only: an intake event's seats, which it never reads, come from the topic and keep a submission's turn short. */
    @Override
    public Set<String> inlineStreamTypes() {
        return Set.of(Application.TYPE.streamType());
    }

    @Override
    public List<String> tables() {
        return List.of("application_statuses", "application_history");
    }

    /**
     * Loads the rows of the page's applications in one query: {@link #apply} then finds them in the
     * persistence context, and their changes go back in JDBC batches at commit. A submission starts
     * its application's stream, so its row is new: nothing to load.
     */
    @Override
    public void beforeApplying(List<RecordedEvent<?>> page) {
        List<UUID> ids = page.stream().map(e -> (ApplicationEvent) e.event()).filter(e -> !(e instanceof ApplicationSubmitted))
                .map(e -> e.applicationId().value()).distinct().toList();
        if (!ids.isEmpty()) {
            ApplicationSummary.list("id in ?1", ids);
        }
    }

    @Override
    public void apply(RecordedEvent<?> recorded) {
        ApplicationEvent event = (ApplicationEvent) recorded.event();
        ApplicationSummary row;
        if (event instanceof ApplicationSubmitted submitted) {
            // The first event of its stream, applied once (the kernel's cursors): the row cannot exist yet.
            row = new ApplicationSummary();
            row.id = submitted.applicationId().value();
            row.intakeEventId = submitted.intakeEventId().value();
            row.organisation = submitted.organisation();
            row.candidateName = submitted.candidate().name();
            row.blindReview = Boolean.TRUE.equals(submitted.blindReview());
            row.reviewPseudonym = submitted.reviewPseudonym();
            row.status = ApplicationStatus.SUBMITTED;
            row.submittedAt = submitted.submittedAt();
            row.requiredReviews = submitted.requiredReviews();
            row.updatedAt = recorded.occurredAt();
            row.version = recorded.streamVersion();
            row.persist();
            record(recorded, row);
            return;
        }
        row = ApplicationSummary.findById(event.applicationId().value());
        if (row == null) {
            return;
        }
        row.version = recorded.streamVersion();
        row.updatedAt = recorded.occurredAt();
        if (event instanceof ReviewersAssigned && row.status == ApplicationStatus.SUBMITTED) {
            row.status = ApplicationStatus.UNDER_REVIEW;
        } else if (event instanceof ReviewSubmitted) {
            row.reviewsIn++;
        } else if (event instanceof ApplicationReferredToSpecialReview) {
            row.status = ApplicationStatus.SPECIAL_REVIEW;
        } else if (event instanceof ApplicationAdmitted admitted) {
            row.status = ApplicationStatus.ADMITTED;
            row.studentId = admitted.studentId().value();
        } else if (event instanceof ApplicationRejected) {
            row.status = ApplicationStatus.REJECTED;
        } else if (event instanceof ApplicationWithdrawn) {
            row.status = ApplicationStatus.WITHDRAWN;
        }
        record(recorded, row);
    }

    private static void record(RecordedEvent<?> recorded, ApplicationSummary row) {
        ApplicationHistoryEntry entry = new ApplicationHistoryEntry();
        entry.eventId = recorded.eventId();
        entry.applicationId = row.id;
        entry.streamVersion = recorded.streamVersion();
        entry.eventType = recorded.eventType();
        entry.occurredAt = recorded.occurredAt();
        entry.persist();
    }
}
