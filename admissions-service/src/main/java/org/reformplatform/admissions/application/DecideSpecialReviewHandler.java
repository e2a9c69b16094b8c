package org.reformplatform.admissions.application;

import java.time.Clock;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.application.ApplicationCommand.DecideSpecialReview;
import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.admissions.review.CommitteeVerdict;
import org.reformplatform.admissions.student.StudentAdmissions;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/**
 * The admissions committee decides an application on the special-review docket; an admission creates
 * the student at once. The committee's time limit is moot then.
 */
@ApplicationScoped
public class DecideSpecialReviewHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    StudentAdmissions students;

    @Inject
    Clock clock;

    @Inject
    ReviewDeadlines reviewDeadlines;

    @Inject
    RejectedPlaces seats;

    public Decision<Application> handle(ApplicationId id, CommitteeVerdict verdict, String rationale, String member, OptionalInt expectedVersion) {
        Decision<Application> decision = aggregates.handle(Application.TYPE, id,
                new DecideSpecialReview(verdict, rationale, member, clock.instant()), expectedVersion);
        students.admitIfAdmitted(decision);
        seats.releaseIfRejected(decision);
        reviewDeadlines.follow(decision);
        return decision;
    }
}
