package org.reformplatform.qualification.recognitionlist;

import java.io.Serializable;
import java.util.UUID;

/**
 * The key of a read-model row about one entry as one version lists it ({@link ListedEntry}) or
 * withdrew it ({@link ListWithdrawal}). A record: its equality is what the persistence context
 * needs of an id class, with nothing to get wrong.
 */
public record EntryInVersion(String version, UUID qualificationId) implements Serializable {
}
