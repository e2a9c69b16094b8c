package org.reformplatform.incubation.industryeducation;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A platform in a list. */
@Schema(name = "EducationPlatformListing")
public record PlatformListing(UUID id, String centre, PlatformKind kind, String name, String hostInstitution, boolean illustrative,
        PlatformStatus status, RecognitionLevel recognitionLevel, String recognitionBatch, ReformPlan.Status reformPlan,
        LocalDate reformPlanPublishedOn) {

    static PlatformListing of(PlatformSummary r) {
        return new PlatformListing(r.id, r.centre, r.kind, r.name, r.hostInstitution, r.illustrative, r.status, r.recognitionLevel,
                r.recognitionBatch, r.planStatus, r.planPublishedOn);
    }
}
