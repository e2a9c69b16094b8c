package org.reformplatform.qualification.recognitionlist;

import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.command.Loaded;

/**
 * The region's recognition list as its use cases load and change it: one stream,
 * {@link RecognitionListId#REGIONAL}, so no handler has to name it again.
 */
@ApplicationScoped
public class RegionalList {

    @Inject
    Aggregates aggregates;

    /** The list with all its versions, as of now. */
    public Loaded<RecognitionList> load() {
        return aggregates.load(RecognitionList.TYPE, RecognitionListId.REGIONAL);
    }

    /** Runs an operator's command on the list; only this feature's handlers change it. */
    Decision<RecognitionList> decide(RecognitionListCommand command, OptionalInt expectedVersion) {
        return aggregates.handle(RecognitionList.TYPE, RecognitionListId.REGIONAL, command, expectedVersion);
    }
}
