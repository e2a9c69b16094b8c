package org.reformplatform.evaluation.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.security.Visibility;

/** Who may see a challenge list: its institution and staff. Anyone else is told it does not exist (404), so ids reveal nothing. */
@ApplicationScoped
public class ChallengeListAccess {

    @Inject
    Visibility visibility;

    /** The list, current as of now, if the caller may see it. */
    public Loaded<ChallengeList> visible(ChallengeListId id) {
        return visibility.visible(ChallengeList.TYPE, id, ChallengeList::institution, () -> unknown(id));
    }

    public static RuleViolation unknown(ChallengeListId id) {
        return RuleViolation.notFound("unknown-challenge-list", "There is no challenge list " + id.value());
    }
}
