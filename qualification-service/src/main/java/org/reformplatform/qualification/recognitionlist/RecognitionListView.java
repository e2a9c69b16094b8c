package org.reformplatform.qualification.recognitionlist;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.store.RecordedEvent;
import org.reformplatform.qualification.recognitionlist.RecognitionListEvent.ListDraftDiscarded;
import org.reformplatform.qualification.recognitionlist.RecognitionListEvent.ListEntryAdded;
import org.reformplatform.qualification.recognitionlist.RecognitionListEvent.ListEntryChanged;
import org.reformplatform.qualification.recognitionlist.RecognitionListEvent.ListEntryWithdrawn;
import org.reformplatform.qualification.recognitionlist.RecognitionListEvent.ListVersionDrafted;
import org.reformplatform.qualification.recognitionlist.RecognitionListEvent.ListVersionPublished;

/**
 * Every version of the recognition list with its entries, as rows: what the queries in time
 * (in force on D), the filtered entry lists, the sub-list counts and the differences read.
 */
@ApplicationScoped
public class RecognitionListView implements Projection {

    @Override
    public String name() {
        return "recognition-list";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(ListVersionDrafted.class, ListEntryAdded.class, ListEntryChanged.class, ListEntryWithdrawn.class,
                ListVersionPublished.class, ListDraftDiscarded.class);
    }

    @Override
    public List<String> tables() {
        return List.of("list_versions", "listed_entries", "list_withdrawals");
    }

    @Override
    public void apply(RecordedEvent<?> recorded) {
        Object event = recorded.event();
        if (event instanceof ListVersionDrafted drafted) {
            drafted(drafted, recorded.streamVersion());
            return;
        }
        String label = ((RecognitionListEvent) event).version();
        ListVersionSummary version = ListVersionSummary.findById(label);
        if (version == null) {
            return;
        }
        version.streamVersion = recorded.streamVersion();
        if (event instanceof ListEntryAdded added) {
            ListedEntry.of(label, added.entry()).persist();
        } else if (event instanceof ListEntryChanged changed) {
            ListedEntry row = ListedEntry.findById(new EntryInVersion(label, changed.entry().qualificationId().value()));
            row.describe(changed.entry());
        } else if (event instanceof ListEntryWithdrawn withdrawn) {
            ListedEntry row = ListedEntry.findById(new EntryInVersion(label, withdrawn.qualificationId().value()));
            row.delete();
            ListWithdrawal reason = ListWithdrawal.findById(new EntryInVersion(label, withdrawn.qualificationId().value()));
            if (reason == null) {
                reason = new ListWithdrawal();
                reason.version = label;
                reason.qualificationId = withdrawn.qualificationId().value();
                reason.reason = withdrawn.reason();
                reason.persist();
            } else {
                reason.reason = withdrawn.reason();
            }
        } else if (event instanceof ListVersionPublished published) {
            version.status = ListVersion.Status.PUBLISHED;
            version.effectiveOn = published.effectiveOn();
            version.publishedAt = published.publishedAt();
        } else if (event instanceof ListDraftDiscarded) {
            ListedEntry.<ListedEntry>list("version", label).forEach(e -> e.delete());
            ListWithdrawal.<ListWithdrawal>list("version", label).forEach(w -> w.delete());
            version.delete();
        }
        // Deletes must reach the database before a later event of the batch inserts the same key
        // again (Hibernate flushes inserts before deletes).
        if (event instanceof ListEntryWithdrawn || event instanceof ListDraftDiscarded) {
            ListVersionSummary.getEntityManager().flush();
        }
    }

    /** A draft starts with the entries of the version it is based on. */
    private static void drafted(ListVersionDrafted drafted, int streamVersion) {
        if (ListVersionSummary.findById(drafted.version()) != null) {
            return;
        }
        VersionLabel label = VersionLabel.parse(drafted.version());
        ListVersionSummary row = new ListVersionSummary();
        row.version = drafted.version();
        row.major = label.major();
        row.minor = label.minor();
        row.status = ListVersion.Status.DRAFT;
        row.basedOn = drafted.basedOn();
        row.draftedAt = drafted.draftedAt();
        row.streamVersion = streamVersion;
        row.persist();
        if (drafted.basedOn() != null) {
            List<ListedEntry> base = ListedEntry.list("version", drafted.basedOn());
            for (ListedEntry entry : base) {
                entry.copyInto(drafted.version()).persist();
            }
        }
    }
}
