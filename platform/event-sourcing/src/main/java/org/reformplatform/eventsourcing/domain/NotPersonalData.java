package org.reformplatform.eventsourcing.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A component whose name looks personal (a {@code name}, a {@code holder}, a {@code description})
 * but that was reviewed and holds no personal data to be erased, with the reason: the name of a
 * qualification, an institution, or of staff acting in their role (kept for accountability, GDPR
 * Art. 17(3)(b)). The event catalogue refuses a personal-looking component that is neither this
 * nor {@link PersonalData}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface NotPersonalData {

    /**
     * Names of staff and signatories acting in their role (a reviewer, a mentor, an evaluator, who
     * signed for a party): personal data, but kept as the record of who did what (accountability,
     * PIPL Art. 47 / GDPR Art. 17(3)(b) and (e)) and published to other services, so not sealed;
     * docs/architecture.md, personal data.
     */
    String ACTING_IN_ROLE = "a person acting in their role, kept as the record of who did what";

    /** Why it is not personal data (read by the next reviewer). */
    String value();
}
