package org.reformplatform.qualification.application;

import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/** Recognition applications as their use cases and readers load them: an unknown id is a 404 that names it. */
@ApplicationScoped
public class RecognitionApplications {

    @Inject
    Aggregates aggregates;

    /** The application as of now; there is none with this id: 404. */
    Loaded<RecognitionApplication> existing(RecognitionApplicationId id) {
        return aggregates.load(RecognitionApplication.TYPE, id, () -> unknown(id));
    }

    /**
     * Runs an operator's decision on an existing application. An unknown id is refused before the
     * caller's {@code If-Match} is compared: there is nothing its version could be stale against.
     */
    Decision<RecognitionApplication> decide(RecognitionApplicationId id, RecognitionApplicationCommand command, OptionalInt expectedVersion) {
        existing(id);
        return aggregates.handle(RecognitionApplication.TYPE, id, command, expectedVersion);
    }

    static RuleViolation unknown(RecognitionApplicationId id) {
        return RuleViolation.notFound("unknown-application", "There is no application " + id.value());
    }
}
