package org.reformplatform.evaluation.pledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.evaluation.scheme.OutcomeUse;

/** The terms of a pledge agreement (军令状), as an institution sends them. */
@Schema(name = "PledgeTerms")
public record PledgeTermsRequest(
        @NotNull @Schema(example = "0b5d4c8e-2f1a-4e6b-9c3d-7a8b9c0d1e2f") UUID leaderId,
        @Size(max = 50) List<@NotNull UUID> team,
        @NotBlank @Size(max = 300) @Schema(example = "Clinical-grade CAR-T manufacturing process within 18 months") String title,
        @NotEmpty @Size(max = 30) List<@Valid @NotNull TargetRequest> targets,
        @NotNull @Schema(example = "2027-06-30") LocalDate deadline,
        @NotBlank @Size(max = 2000) @Schema(example = "Project lead withdrawn; not eligible to lead an institute project for two years")
        String consequences,
        @NotNull @Schema(description = "What fulfilment is credited to", example = "REWARD") OutcomeUse use,
        @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+") @Schema(description = "Operators only: the institution", example = "biomed-institute")
        String institution) {

    @Schema(name = "PledgeTargetInput")
    public record TargetRequest(
            @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9_-]+") @Schema(example = "process-validated") String code,
            @NotBlank @Size(max = 1000) @Schema(example = "Process validated on three consecutive batches") String description) {
    }

    /** The command that signs a pledge on these terms for the institution, for a challenge or none. */
    public PledgeCommand.SignPledge toCommand(PledgeId id, String forInstitution, UUID challengeListId, String challengeCode, Instant at) {
        List<ResearcherId> members = team == null ? List.of() : team.stream().map(ResearcherId::new).toList();
        return new PledgeCommand.SignPledge(id, forInstitution, new ResearcherId(leaderId), members, title, challengeListId, challengeCode,
                targets.stream().map(t -> new PledgeTarget(t.code(), t.description(), null, null)).toList(), deadline, consequences, use, at);
    }
}
