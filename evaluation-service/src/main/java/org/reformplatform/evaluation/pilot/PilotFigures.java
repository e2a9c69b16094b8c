package org.reformplatform.evaluation.pilot;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The pilot's headline figures, counted from the read model (the report: 6 institutions, 76 measures, 329 researchers). */
@Schema(name = "PilotFigures")
public record PilotFigures(
        UUID pilotId,
        String name,
        @Schema(example = "6") long institutions,
        @Schema(example = "76") long measures,
        @Schema(description = "Distinct researchers with a dossier in a cycle of the pilot", example = "329") long researchersReached,
        List<InstitutionFigures> byInstitution,
        List<DimensionFigures> measuresByDimension) {

    @Schema(name = "PilotInstitutionFigures")
    public record InstitutionFigures(String institution, String name, InstitutionKind kind, long measures, long researchersReached) {
    }

    @Schema(name = "PilotDimensionFigures")
    public record DimensionFigures(MeasureDimension dimension, long measures) {
    }
}
