package org.reformplatform.eventsourcing.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text component that holds personal data of the event's data subject (a name, an e-mail address,
 * a free-text background). The kernel encrypts it with the subject's key before the event reaches
 * the store, the outbox and Kafka, and decrypts it when a stream is loaded or an event projected;
 * once the subject is forgotten (its key deleted) it reads as {@link #ERASED}. Only {@code String}
 * components can be personal data: put it on the text components of a nested record, not on the
 * record. Whose data it is: see {@link DataSubject}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface PersonalData {

    /**
     * What a personal field reads as once its subject is forgotten: a text, not null, so that
     * deciders and projections that require the field go on working.
     */
    String ERASED = "[erased]";
}
