package org.reformplatform.evaluation.evaluator;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;

/**
 * A registered evaluator's stream, one per evaluator: derived from the evaluator's token subject, so
 * that an assignment naming the subject finds the entry without a lookup table, and registering is
 * never a hot stream every registration appends to.
 */
public record EvaluatorId(UUID value) implements Id {

    public static EvaluatorId of(String subject) {
        return new EvaluatorId(UUID.nameUUIDFromBytes(("evaluation-evaluator:" + subject).getBytes(StandardCharsets.UTF_8)));
    }
}
