package org.reformplatform.incubation.industryeducation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A platform as the API shows it. */
@Schema(name = "EducationPlatform")
public record EducationPlatformView(
        UUID id,
        String centre,
        PlatformKind kind,
        String name,
        @Schema(description = "The host institution's organisation id") String hostInstitution,
        List<Enterprise> enterprises,
        List<PlatformFunction> functions,
        @Schema(description = "True when the report names no such institution and this record stands for one") boolean illustrative,
        PlatformStatus status,
        LocalDate proposedOn,
        RecognitionLevel recognitionLevel,
        @Schema(example = "4th national batch") String recognitionBatch,
        LocalDate recognisedOn,
        LocalDate activatedOn,
        LocalDate closedOn,
        String closedReason,
        @Schema(description = "A pilot university's reform plan; absent otherwise") Plan reformPlan) {

    @Schema(name = "PlatformEnterprise")
    public record Enterprise(UUID partnerId, String organisation, String name) {
    }

    @Schema(name = "ReformPlan")
    public record Plan(String title, ReformPlan.Status status, LocalDate draftedOn, LocalDate publishedOn, String summary, int revisions,
            LocalDate revisedOn) {
    }

    static EducationPlatformView of(EducationPlatform p) {
        ReformPlan plan = p.plan();
        return new EducationPlatformView(p.id().value(), p.centre(), p.kind(), p.name(), p.hostInstitution(),
                p.enterprises().stream().map(e -> new Enterprise(e.partnerId().value(), e.organisation(), e.name())).toList(),
                p.functions().stream().sorted().toList(), p.illustrative(), p.status(), p.proposedOn(), p.recognitionLevel(),
                p.recognitionBatch(), p.recognisedOn(), p.activatedOn(), p.closedOn(), p.closedReason(),
                plan == null ? null : new Plan(plan.title(), plan.status(), plan.draftedOn(), plan.publishedOn(), plan.summary(),
                        plan.revisions(), plan.revisedOn()));
    }
}
