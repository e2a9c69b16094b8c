package org.reformplatform.evaluation.pledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.security.Visibility;

/** Who may see a pledge: its institution and staff. Anyone else is told it does not exist (404), so ids reveal nothing. */
@ApplicationScoped
public class PledgeAccess {

    @Inject
    Visibility visibility;

    /** The pledge, current as of now, if the caller may see it. */
    public Loaded<Pledge> visible(PledgeId id) {
        return visibility.visible(Pledge.TYPE, id, Pledge::institution, () -> unknown(id));
    }

    public static RuleViolation unknown(PledgeId id) {
        return RuleViolation.notFound("unknown-pledge", "There is no pledge " + id.value());
    }
}
