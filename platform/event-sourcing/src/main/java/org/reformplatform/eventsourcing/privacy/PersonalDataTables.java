package org.reformplatform.eventsourcing.privacy;

import java.util.List;

/**
 * A service's read-model tables that keep personal data in clear, declared once (a CDI bean): the
 * kernel's {@link SubjectRequests} reads and scrubs them. Events need no such declaration: their
 * personal fields are sealed, and forgetting the key erases them.
 */
public interface PersonalDataTables {

    List<PersonalColumns> tables();
}
