package org.reformplatform.incubation.founder;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;
import org.reformplatform.incubation.venture.FounderKind;

/**
 * The record of one student or researcher, derived from the id the other service gave them: the
 * admission handler and a venture naming the founder meet on the same stream whatever the order.
 */
public record FounderRecordId(UUID value) implements Id {

    public static FounderRecordId of(FounderKind kind, UUID personId) {
        if (kind == FounderKind.EXTERNAL) {
            throw new IllegalArgumentException("external founders have no record");
        }
        String key = (kind == FounderKind.STUDENT ? "student:" : "researcher:") + personId;
        return new FounderRecordId(UUID.nameUUIDFromBytes(("incubation-founder:" + key).getBytes(StandardCharsets.UTF_8)));
    }
}
