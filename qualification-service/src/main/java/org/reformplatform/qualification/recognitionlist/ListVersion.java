package org.reformplatform.qualification.recognitionlist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One version of the recognition list: a draft that operators revise, then a published version
 * with the date from which it is in force. A published version never changes.
 */
public record ListVersion(
        VersionLabel label,
        Status status,
        VersionLabel basedOn,
        LocalDate effectiveOn,
        Instant publishedAt,
        Map<QualificationId, ListEntry> entries) {

    public enum Status { DRAFT, PUBLISHED }

    static ListVersion draft(VersionLabel label, VersionLabel basedOn, Map<QualificationId, ListEntry> entries) {
        return new ListVersion(label, Status.DRAFT, basedOn, null, null, Collections.unmodifiableMap(new LinkedHashMap<>(entries)));
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    public Optional<ListEntry> entry(QualificationId id) {
        return Optional.ofNullable(entries.get(id));
    }

    public SubListCounts counts() {
        return SubListCounts.of(entries.values());
    }

    ListVersion withEntry(ListEntry entry) {
        Map<QualificationId, ListEntry> changed = new LinkedHashMap<>(entries);
        changed.put(entry.qualificationId(), entry);
        return new ListVersion(label, status, basedOn, effectiveOn, publishedAt, Collections.unmodifiableMap(changed));
    }

    ListVersion without(QualificationId id) {
        Map<QualificationId, ListEntry> changed = new LinkedHashMap<>(entries);
        changed.remove(id);
        return new ListVersion(label, status, basedOn, effectiveOn, publishedAt, Collections.unmodifiableMap(changed));
    }

    ListVersion published(LocalDate effective, Instant at) {
        return new ListVersion(label, Status.PUBLISHED, basedOn, effective, at, entries);
    }
}
