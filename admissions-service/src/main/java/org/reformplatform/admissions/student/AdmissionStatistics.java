package org.reformplatform.admissions.student;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Counts of admitted students, from the admissions read model. */
public final class AdmissionStatistics {

    private AdmissionStatistics() {
    }

    @Schema(name = "AdmissionsInMonth")
    public record InMonth(@Schema(example = "2026-07") String month, long admitted) {
    }

    @Schema(name = "AdmissionsForIntakeEvent")
    public record ForIntakeEvent(UUID intakeEventId, @Schema(description = "From the intake events read model; null until it has caught up")
            String title, String kind, long admitted) {
    }
}
