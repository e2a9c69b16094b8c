package org.reformplatform.qualification.recognitionlist;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What happens to the recognition list. Published on {@code qualification.events}; an analyst can
 * rebuild every version from them: a draft starts as a copy of {@code basedOn}, then entries are
 * added, changed or withdrawn, then the version is published with its effective date.
 */
public sealed interface RecognitionListEvent {

    RecognitionListId listId();

    /** The version of the list the event is about, "major.minor". */
    String version();

    /** A draft of {@code version} was opened as a copy of {@code basedOn} (null for the first version). */
    record ListVersionDrafted(RecognitionListId listId, String version, String basedOn, Instant draftedAt) implements RecognitionListEvent {
    }

    record ListEntryAdded(RecognitionListId listId, String version, ListEntry entry) implements RecognitionListEvent {
    }

    /** The entry now reads as given (all fields). */
    record ListEntryChanged(RecognitionListId listId, String version, ListEntry entry) implements RecognitionListEvent {
    }

    record ListEntryWithdrawn(RecognitionListId listId, String version, QualificationId qualificationId, String reason)
            implements RecognitionListEvent {
    }

    /** The draft became a published version, in force from {@code effectiveOn}; it never changes again. */
    record ListVersionPublished(RecognitionListId listId, String version, String basedOn, LocalDate effectiveOn, Instant publishedAt,
            int entries, SubListCounts counts) implements RecognitionListEvent {
    }

    record ListDraftDiscarded(RecognitionListId listId, String version) implements RecognitionListEvent {
    }
}
