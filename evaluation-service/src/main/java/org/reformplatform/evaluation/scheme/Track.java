package org.reformplatform.evaluation.scheme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.reformplatform.eventsourcing.domain.NotPersonalData;

/**
 * A category of post evaluated by its own standard (分类评价): its weighted indicators (what is
 * evaluated), the evaluators it needs (who evaluates), the uses of its outcome (how it is used),
 * the marks a total must reach, and for competitive appointment (竞聘上岗) the posts on offer.
 *
 * @param layer         the layer within a category (分层评价), e.g. "leading" or "young"; optional
 * @param passMark      the total (0–100) a dossier needs to pass
 * @param excellentMark the total (0–100) for an excellent outcome; optional
 * @param posts         the post plan: how many dossiers can be appointed; optional, makes the track competitive
 * @param evidenceWeights how the track weighs evidence from other services, per kind (points each, capped); none: evidence
 *                        does not change the total
 */
public record Track(
        String code,
        @NotPersonalData("the name of a track") String name,
        String layer,
        String description,
        List<Indicator> indicators,
        List<EvaluatorRequirement> evaluators,
        List<OutcomeUse> uses,
        BigDecimal passMark,
        BigDecimal excellentMark,
        Integer posts,
        List<EvidenceWeight> evidenceWeights) {

    public Track {
        // Versions defined before tracks could weigh evidence have none.
        evidenceWeights = evidenceWeights == null ? List.of() : List.copyOf(evidenceWeights);
    }

    /** A track that weighs no evidence. */
    public Track(String code, String name, String layer, String description, List<Indicator> indicators, List<EvaluatorRequirement> evaluators,
            List<OutcomeUse> uses, BigDecimal passMark, BigDecimal excellentMark, Integer posts) {
        this(code, name, layer, description, indicators, evaluators, uses, passMark, excellentMark, posts, List.of());
    }

    public Optional<EvidenceWeight> evidenceWeight(EvidenceKind kind) {
        return evidenceWeights.stream().filter(w -> w.kind() == kind).findFirst();
    }

    public Optional<Indicator> indicator(String indicatorCode) {
        return indicators.stream().filter(i -> i.code().equals(indicatorCode)).findFirst();
    }

    /** How many evaluators of the kind each dossier needs (0: the kind takes no part). */
    public int requiredEvaluators(EvaluatorKind kind) {
        return evaluators.stream().filter(r -> r.kind() == kind).mapToInt(EvaluatorRequirement::count).sum();
    }

    public int requiredEvaluators() {
        return evaluators.stream().mapToInt(EvaluatorRequirement::count).sum();
    }

    /** Competitive appointment: only as many passing dossiers as there are posts are appointed. */
    public boolean competitive() {
        return posts != null;
    }

    public BigDecimal weightTotal() {
        return indicators.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
