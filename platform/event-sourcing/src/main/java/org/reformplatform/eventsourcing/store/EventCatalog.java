package org.reformplatform.eventsourcing.store;

import java.util.List;

/**
 * A service's events, declared once: the sealed interfaces whose permitted records are its event
 * types. The type name on the wire is {@code <service>.<RecordName>.v<schema version>}.
 */
public interface EventCatalog {

    List<Class<?>> eventFamilies();
}
