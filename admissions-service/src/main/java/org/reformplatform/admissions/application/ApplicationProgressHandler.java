package org.reformplatform.admissions.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.application.ApplicationCommand.AssignReviewers;
import org.reformplatform.admissions.application.ApplicationCommand.SubmitProjectWork;
import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.admissions.review.Nomination;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/**
 * Steps of an application that are its decision alone (the rules are in {@link Application}): the
 * candidate's project work, submitted or replaced until the first review; the reviewers assigned.
 */
@ApplicationScoped
public class ApplicationProgressHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    public Decision<Application> submitProjectWork(ApplicationId id, ProjectWork work, OptionalInt expectedVersion) {
        return decide(id, at -> new SubmitProjectWork(work, at), expectedVersion);
    }

    public Decision<Application> assignReviewers(ApplicationId id, List<Nomination> nominations, OptionalInt expectedVersion) {
        return decide(id, at -> new AssignReviewers(nominations, at), expectedVersion);
    }

    private Decision<Application> decide(ApplicationId id, Function<Instant, ApplicationCommand> command, OptionalInt expectedVersion) {
        return aggregates.handle(Application.TYPE, id, command.apply(clock.instant()), expectedVersion);
    }
}
