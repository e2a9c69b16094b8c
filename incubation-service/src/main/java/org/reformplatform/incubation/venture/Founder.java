package org.reformplatform.incubation.venture;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.util.Locale;
import java.util.UUID;

import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * A founder of a venture. Students and researchers are known by the ids other services gave them;
 * {@code verified} says whether the admission or the leave-to-found arrangement that vouches for
 * them has arrived ({@code evidence} names it). External founders are known by name only.
 */
public record Founder(FounderKind kind, UUID studentId, UUID researcherId, String name, boolean verified, String evidence) {

    /** A student founder carries a studentId, a researcher a researcherId, an external founder neither. */
    public static void requireIdentity(FounderKind kind, UUID studentId, UUID researcherId) {
        boolean fits = switch (kind) {
            case STUDENT -> studentId != null && researcherId == null;
            case RESEARCHER -> researcherId != null && studentId == null;
            case EXTERNAL -> studentId == null && researcherId == null;
        };
        require(fits, () -> RuleViolation.invalid("founder-identity-mismatch",
                "A student founder needs a studentId, a researcher founder a researcherId, an external founder neither"));
    }

    /** The person this founder is, whatever the name: one founder per person and venture. */
    public String identity() {
        return switch (kind) {
            case STUDENT -> "student:" + studentId;
            case RESEARCHER -> "researcher:" + researcherId;
            case EXTERNAL -> "external:" + name.trim().toLowerCase(Locale.ROOT);
        };
    }

    /** The id another service knows the person by, or null for external founders. */
    public UUID personId() {
        return kind == FounderKind.STUDENT ? studentId : researcherId;
    }

    Founder verifiedBy(String newEvidence) {
        return new Founder(kind, studentId, researcherId, name, true, newEvidence);
    }
}
