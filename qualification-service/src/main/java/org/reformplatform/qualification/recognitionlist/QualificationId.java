package org.reformplatform.qualification.recognitionlist;

import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;

/**
 * An entry of the recognition list: one foreign qualification. The id stays the same from version
 * to version, which is what makes "added, changed, withdrawn" between two versions meaningful.
 */
public record QualificationId(UUID value) implements Id {

    public static QualificationId random() {
        return new QualificationId(UUID.randomUUID());
    }
}
