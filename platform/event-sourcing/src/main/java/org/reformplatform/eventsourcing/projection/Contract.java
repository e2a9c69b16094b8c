package org.reformplatform.eventsourcing.projection;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a consumer's own record of another service's published event: the fields it reads, by the
 * names and JSON types of the producer's schema in docs/events ({@code <producer>/<Event>.v<version>.schema.json}).
 * {@link ForeignEvent#as} decodes into it; the consumer's contract test checks it against that
 * schema, so that a producer change that would break the consumer fails the build. Services never
 * share event classes: each reads only what it needs.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Contract {

    /** The producer's event type without its version: {@code admissions.StudentAdmitted}. */
    String event();

    /** The schema version read. */
    int version();

    /** A component the producer may leave out (it is not required in its schema); every other one must be there. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
    @interface Optional {
    }
}
