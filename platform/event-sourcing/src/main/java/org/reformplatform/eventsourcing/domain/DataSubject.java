package org.reformplatform.eventsourcing.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The id component that names the person whose {@link PersonalData} a record holds (an
 * {@code ApplicationId}, a {@code ResearcherId}): their key encrypts the record's personal fields,
 * and an erasure request names them by it. Without it, the subject is the event's stream. On a
 * nested record it names the subject of that record's fields (a placed student inside a placement);
 * a null id there falls back to the enclosing record's subject. Several components may carry it (a
 * founder who is a student or a researcher): the first one that is set names the subject.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface DataSubject {
}
