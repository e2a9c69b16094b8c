package org.reformplatform.eventsourcing.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The schema version of an event record. Raise it when a change would break a published schema
 * (a field removed, renamed or retyped) and provide an upcaster from the previous version. An event
 * without it is at version 1.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SchemaVersion {
    int value();
}
