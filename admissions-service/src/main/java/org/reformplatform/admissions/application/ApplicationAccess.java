package org.reformplatform.admissions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.application.ApplicationView.Audience;
import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Roles;

/**
 * Who may see an application: operators all of them, a partner its own organisation's, a reviewer
 * those on whose panel they sit. Anyone else is told it does not exist (404), so ids reveal nothing.
 */
@ApplicationScoped
public class ApplicationAccess {

    @Inject
    Aggregates aggregates;

    @Inject
    Caller caller;

    /** The application, if the caller may see it. */
    public Loaded<Application> visible(ApplicationId id) {
        Loaded<Application> loaded = aggregates.load(Application.TYPE, id);
        if (!loaded.exists() || audience(loaded.state()) == null) {
            throw unknown(id);
        }
        return loaded;
    }

    /** How the caller sees the application, or null if they may not. */
    public Audience audience(Application application) {
        if (caller.is(Roles.OPERATOR)) {
            return Audience.STAFF;
        }
        if (caller.is(Roles.PARTNER) && caller.mayAccess(application.organisation())) {
            return Audience.OWNER;
        }
        if (caller.is(Roles.REVIEWER) && application.panel().involves(caller.subject())) {
            return Audience.REVIEWER;
        }
        return null;
    }

    /** For commands only the owner (or an operator) may give: withdrawal, project work. */
    public Loaded<Application> ownedOrOperated(ApplicationId id) {
        Loaded<Application> loaded = visible(id);
        Audience audience = audience(loaded.state());
        if (audience != Audience.STAFF && audience != Audience.OWNER) {
            throw unknown(id);
        }
        return loaded;
    }

    public static RuleViolation unknown(ApplicationId id) {
        return RuleViolation.notFound("unknown-application", "There is no application " + id.value());
    }
}
