package org.reformplatform.qualification.recognitionlist;

/** One change operators make to a draft version: an entry added, changed or withdrawn. */
public sealed interface EntryRevision {

    record AddEntry(ListEntry entry) implements EntryRevision {
    }

    /** The entry as it should read from now on, all fields. */
    record ChangeEntry(ListEntry entry) implements EntryRevision {
    }

    record WithdrawEntry(QualificationId qualificationId, String reason) implements EntryRevision {
    }
}
