package org.reformplatform.admissions.application;

import java.time.Clock;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.application.ApplicationCommand.DeclareConflictOfInterest;
import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * A conflict of interest is declared on an application: by the reviewer concerned, for themself, or
 * by an operator, who must name the reviewer. The reviewer leaves the panel (see {@link Application}),
 * and their review is no longer due.
 */
@ApplicationScoped
public class DeclareConflictOfInterestHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    @Inject
    ReviewDeadlines reviewDeadlines;

    /**
     * @param declaredBy the reviewer declaring for themself, or null when an operator records it for {@code reviewer}
     * @param reviewer   the reviewer an operator names (ignored when a reviewer declares for themself)
     */
    public Decision<Application> handle(ApplicationId id, String declaredBy, String reviewer, String statement, OptionalInt expectedVersion) {
        String concerned = declaredBy != null ? declaredBy : reviewer;
        if (concerned == null || concerned.isBlank()) {
            throw RuleViolation.invalid("reviewer-required", "Name the reviewer whose conflict of interest you record");
        }
        reviewDeadlines.settling(id, concerned, "left the panel: conflict of interest");
        Decision<Application> decision = aggregates.handle(Application.TYPE, id,
                new DeclareConflictOfInterest(concerned, statement, clock.instant()), expectedVersion);
        reviewDeadlines.follow(decision);
        return decision;
    }
}
