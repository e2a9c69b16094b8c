package org.reformplatform.qualification.recognitionlist;

import java.util.List;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.qualification.recognitionlist.RecognitionListCommand.ReviseDraft;

/**
 * An operator adds, changes or withdraws entries of a draft: one revision from the API, a whole
 * version's worth from the reference data, all or nothing either way.
 */
@ApplicationScoped
public class ReviseDraftHandler {

    @Inject
    RegionalList list;

    public Decision<RecognitionList> handle(VersionLabel version, List<EntryRevision> revisions, OptionalInt expectedVersion) {
        return list.decide(new ReviseDraft(version, revisions), expectedVersion);
    }
}
