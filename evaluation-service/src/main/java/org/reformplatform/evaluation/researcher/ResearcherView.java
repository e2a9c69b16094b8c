package org.reformplatform.evaluation.researcher;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A researcher's evidence as it stands now, from their record's stream. */
@Schema(name = "ResearcherRecord")
public record ResearcherView(UUID researcherId, List<TitleEquivalence> titleEquivalences, List<MobilityRecord> mobility) {

    static ResearcherView of(UUID id, Researcher researcher) {
        return new ResearcherView(id, researcher.equivalences(), researcher.mobility());
    }
}
