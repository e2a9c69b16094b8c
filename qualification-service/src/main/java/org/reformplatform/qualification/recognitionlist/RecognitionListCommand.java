package org.reformplatform.qualification.recognitionlist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What operators ask of the recognition list. */
public sealed interface RecognitionListCommand {

    /** Opens a draft of a new version; it starts as a copy of the latest published version. */
    record DraftVersion(VersionLabel version, Instant at) implements RecognitionListCommand {
    }

    /** Applies revisions to a draft, in order, all or nothing. */
    record ReviseDraft(VersionLabel version, List<EntryRevision> revisions) implements RecognitionListCommand {
    }

    /** Publishes a draft as a whole; it is in force from {@code effectiveOn} until the next version's effective date. */
    record PublishVersion(VersionLabel version, LocalDate effectiveOn, Instant at) implements RecognitionListCommand {
    }

    /** Drops a draft that will not be published, so that another can be opened. */
    record DiscardDraft(VersionLabel version) implements RecognitionListCommand {
    }
}
