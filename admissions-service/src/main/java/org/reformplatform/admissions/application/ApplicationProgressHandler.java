package org.reformplatform.admissions.application;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.application.ApplicationCommand.AssignReviewers;
import org.reformplatform.admissions.application.ApplicationCommand.SubmitProjectWork;
import org.reformplatform.admissions.conflict.Candidacy;
import org.reformplatform.admissions.conflict.ReviewerRelations;
import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.admissions.review.Nomination;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.domain.conflict.ConflictCheck;

/**
 * Steps of an application that are its decision alone (the rules are in {@link Application}): the
 * candidate's project work, submitted or replaced until the first review; the reviewers assigned,
 * each with a due date ({@link ReviewDeadlines}).
 */
@ApplicationScoped
public class ApplicationProgressHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    @Inject
    ReviewDeadlines reviewDeadlines;

    @Inject
    ReviewerRelations reviewerRelations;

    public Decision<Application> submitProjectWork(ApplicationId id, ProjectWork work, OptionalInt expectedVersion) {
        return decide(id, at -> new SubmitProjectWork(work, at), expectedVersion);
    }

    /**
     * Each nominee is checked against the candidate on every relation admissions holds ({@link ReviewerRelations}); the
     * application refuses one with a relation found. Each reviewer newly on the panel owes a review by the review-due
     * policy's date, with a reminder before it.
     */
    public Decision<Application> assignReviewers(ApplicationId id, List<Nomination> nominations, OptionalInt expectedVersion) {
        Application application = aggregates.load(Application.TYPE, id).state();
        Map<String, ConflictCheck> relations = new LinkedHashMap<>();
        if (application.exists()) {
            Candidacy candidacy = new Candidacy(application.organisation(), application.candidate().studentId());
            nominations.forEach(n -> relations.putIfAbsent(n.reviewer(), reviewerRelations.check(n.reviewer(), candidacy)));
        }
        ReviewDeadlines.Moments due = reviewDeadlines.forReviewAssignedNow();
        Decision<Application> decision = decide(id, at -> new AssignReviewers(nominations, at, due.remindAt(), due.reviewDueAt(), relations),
                expectedVersion);
        reviewDeadlines.follow(decision);
        return decision;
    }

    private Decision<Application> decide(ApplicationId id, Function<Instant, ApplicationCommand> command, OptionalInt expectedVersion) {
        return aggregates.handle(Application.TYPE, id, command.apply(clock.instant()), expectedVersion);
    }
}
