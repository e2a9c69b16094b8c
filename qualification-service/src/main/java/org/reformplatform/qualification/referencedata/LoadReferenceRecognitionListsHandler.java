package org.reformplatform.qualification.referencedata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.store.RecordedEvent;
import org.reformplatform.qualification.recognitionlist.DraftVersionHandler;
import org.reformplatform.qualification.recognitionlist.EntryRevision;
import org.reformplatform.qualification.recognitionlist.PublishVersionHandler;
import org.reformplatform.qualification.recognitionlist.RecognitionList;
import org.reformplatform.qualification.recognitionlist.RegionalList;
import org.reformplatform.qualification.recognitionlist.ReviseDraftHandler;
import org.reformplatform.qualification.recognitionlist.VersionLabel;

/**
 * Loads the report's versions 2.0 and 3.0 as an operator would: draft, revise, publish, twice,
 * through the operators' own handlers, in the caller's transaction. When both are published
 * already it changes nothing; if other versions stand in the way, the list's rules refuse it.
 */
@ApplicationScoped
public class LoadReferenceRecognitionListsHandler {

    @Inject
    RegionalList list;

    @Inject
    DraftVersionHandler drafting;

    @Inject
    ReviseDraftHandler revising;

    @Inject
    PublishVersionHandler publishing;

    /** The list after the load, with every event the load recorded (none when it was loaded already). */
    public Decision<RecognitionList> handle() {
        Loaded<RecognitionList> before = list.load();
        if (ReferenceRecognitionLists.isLoaded(before.state())) {
            return new Decision<>(before.state(), before.version(), List.of());
        }
        List<RecordedEvent<Object>> recorded = new ArrayList<>();
        load(ReferenceRecognitionLists.EARLIER, ReferenceRecognitionLists.earlierVersion(), ReferenceRecognitionLists.EARLIER_EFFECTIVE_ON,
                recorded);
        Decision<RecognitionList> after = load(ReferenceRecognitionLists.CURRENT, ReferenceRecognitionLists.towardsCurrentVersion(),
                ReferenceRecognitionLists.CURRENT_EFFECTIVE_ON, recorded);
        return new Decision<>(after.state(), after.version(), List.copyOf(recorded));
    }

    private Decision<RecognitionList> load(VersionLabel version, List<EntryRevision> revisions, LocalDate effectiveOn,
            List<RecordedEvent<Object>> recorded) {
        recorded.addAll(drafting.handle(version, OptionalInt.empty()).recorded());
        recorded.addAll(revising.handle(version, revisions, OptionalInt.empty()).recorded());
        Decision<RecognitionList> published = publishing.handle(version, effectiveOn, OptionalInt.empty());
        recorded.addAll(published.recorded());
        return published;
    }
}
