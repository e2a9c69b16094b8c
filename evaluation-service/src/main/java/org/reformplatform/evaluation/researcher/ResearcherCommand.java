package org.reformplatform.evaluation.researcher;

import java.time.Instant;
import java.util.UUID;

/** Evidence arriving for a researcher, from other services' events. */
public sealed interface ResearcherCommand {

    record RecordTitleEquivalence(ResearcherId researcherId, TitleEquivalence equivalence, UUID sourceEventId, Instant at)
            implements ResearcherCommand {
    }

    record RecordMobilityResults(ResearcherId researcherId, MobilityRecord mobility, UUID sourceEventId, Instant at)
            implements ResearcherCommand {
    }
}
