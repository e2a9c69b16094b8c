package org.reformplatform.evaluation.scheme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.security.Visibility;

/** Who may see a scheme: its institution and staff. Anyone else is told it does not exist (404), so ids reveal nothing. */
@ApplicationScoped
public class SchemeAccess {

    @Inject
    Visibility visibility;

    /** The scheme, current as of now, if the caller may see it. */
    public Loaded<Scheme> visible(SchemeId id) {
        return visibility.visible(Scheme.TYPE, id, Scheme::institution, () -> unknown(id));
    }

    public static RuleViolation unknown(SchemeId id) {
        return RuleViolation.notFound("unknown-scheme", "There is no scheme " + id.value());
    }
}
