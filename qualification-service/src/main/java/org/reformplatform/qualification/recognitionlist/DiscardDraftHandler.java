package org.reformplatform.qualification.recognitionlist;

import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.qualification.recognitionlist.RecognitionListCommand.DiscardDraft;

/** An operator drops a draft that will not be published, so that another can be opened. */
@ApplicationScoped
public class DiscardDraftHandler {

    @Inject
    RegionalList list;

    public Decision<RecognitionList> handle(VersionLabel version, OptionalInt expectedVersion) {
        return list.decide(new DiscardDraft(version), expectedVersion);
    }
}
