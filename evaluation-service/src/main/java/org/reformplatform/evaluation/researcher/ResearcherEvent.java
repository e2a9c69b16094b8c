package org.reformplatform.evaluation.researcher;

import java.time.Instant;
import java.util.UUID;

/** Evidence attached to a researcher's record. Published on {@code evaluation.events}. */
public sealed interface ResearcherEvent {

    ResearcherId researcherId();

    /** From {@code qualification.TitleEquivalenceRecognised.v1} (event {@code sourceEventId}). */
    record TitleEquivalenceRecorded(ResearcherId researcherId, TitleEquivalence equivalence, UUID sourceEventId, Instant recordedAt)
            implements ResearcherEvent {
    }

    /** From {@code mobility.ResultsReviewed.v1} (event {@code sourceEventId}). */
    record MobilityResultsRecorded(ResearcherId researcherId, MobilityRecord mobility, UUID sourceEventId, Instant recordedAt)
            implements ResearcherEvent {
    }
}
