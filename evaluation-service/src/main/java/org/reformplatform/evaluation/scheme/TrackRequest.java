package org.reformplatform.evaluation.scheme;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A track as partners and operators send it (also the shape of the reference schemes). */
@Schema(name = "TrackInput", description = "A category of post with its own indicators, evaluators and uses")
public record TrackRequest(
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9_-]+") @Schema(example = "engineering-model") String code,
        @NotBlank @Size(max = 200) @Schema(example = "Engineering model projects") String name,
        @Size(max = 50) @Schema(description = "Layer within the category (分层), if the scheme is layered", example = "backbone") String layer,
        @Size(max = 2000) @Schema(example = "Staff who design, build and test satellites of flight models") String description,
        @NotEmpty @Size(max = 30) List<@Valid @NotNull IndicatorRequest> indicators,
        @NotEmpty @Size(max = 4) List<@Valid @NotNull EvaluatorRequest> evaluators,
        @NotEmpty @Size(max = 4) List<@NotNull OutcomeUse> uses,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Schema(description = "Total (0–100) needed to pass", example = "60") BigDecimal passMark,
        @DecimalMin("0") @DecimalMax("100") @Schema(description = "Total (0–100) for an excellent outcome", example = "85") BigDecimal excellentMark,
        @Min(1) @Max(100_000) @Schema(description = "Post plan: posts on offer for competitive appointment", example = "12") Integer posts) {

    @Schema(name = "IndicatorInput")
    public record IndicatorRequest(
            @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9_-]+") @Schema(example = "mission-delivery") String code,
            @NotBlank @Size(max = 200) @Schema(example = "Delivery of model milestones") String name,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Schema(example = "0.4",
                    description = "Share of the track's total; a track's weights add up to exactly 1") BigDecimal weight,
            @NotNull @Schema(example = "SCORE") IndicatorKind kind,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000") @Schema(example = "10",
                    description = "Highest mark, or the cap of points") BigDecimal max) {
    }

    @Schema(name = "EvaluatorRequirementInput")
    public record EvaluatorRequest(
            @NotNull @Schema(example = "INDUSTRY_EXPERT") EvaluatorKind kind,
            @NotNull @Min(1) @Max(20) @Schema(example = "2") Integer count) {
    }

    public Track toTrack() {
        return new Track(code, name, layer, description,
                indicators.stream().map(i -> new Indicator(i.code(), i.name(), i.weight(), i.kind(), i.max())).toList(),
                evaluators.stream().map(e -> new EvaluatorRequirement(e.kind(), e.count())).toList(),
                List.copyOf(uses), passMark, excellentMark, posts);
    }
}
