package org.reformplatform.evaluation.scheme;

import java.math.BigDecimal;
import java.util.List;

/** Tracks for tests: an engineering track scored by industry experts and a committee, and a clinical track with points. */
public final class Tracks {

    private Tracks() {
    }

    public static Indicator score(String code, String weight) {
        return new Indicator(code, code, new BigDecimal(weight), IndicatorKind.SCORE, BigDecimal.TEN);
    }

    public static Indicator points(String code, String weight, int cap) {
        return new Indicator(code, code, new BigDecimal(weight), IndicatorKind.POINTS, BigDecimal.valueOf(cap));
    }

    public static Track engineering(Indicator... indicators) {
        return new Track("engineering", "Engineering model projects", null, null, List.of(indicators),
                List.of(new EvaluatorRequirement(EvaluatorKind.INDUSTRY_EXPERT, 2), new EvaluatorRequirement(EvaluatorKind.COMMITTEE, 1)),
                List.of(OutcomeUse.PROMOTION, OutcomeUse.POST_RENEWAL), new BigDecimal("60"), new BigDecimal("85"), null);
    }

    public static Track engineering() {
        return engineering(score("delivery", "0.6"), score("quality", "0.4"));
    }

    public static Track clinical() {
        return new Track("clinical", "Clinicians: clinical", null, null,
                List.of(score("clinical-work", "0.7"), points("research-points", "0.3", 40)),
                List.of(new EvaluatorRequirement(EvaluatorKind.CLINICAL_EXPERT, 1)), List.of(OutcomeUse.PROMOTION), new BigDecimal("60"), null, null);
    }

    /** A competitive track (竞聘上岗): one evaluator, pass mark 60, {@code posts} posts. */
    public static Track competitive(int posts) {
        return new Track("applied", "Applied research", null, null, List.of(score("impact", "1")),
                List.of(new EvaluatorRequirement(EvaluatorKind.PEER, 1)), List.of(OutcomeUse.APPOINTMENT), new BigDecimal("60"), null, posts);
    }

    public static Track with(Track t, List<EvaluatorRequirement> evaluators, List<OutcomeUse> uses, String passMark, String excellentMark,
            Integer posts) {
        return new Track(t.code(), t.name(), t.layer(), t.description(), t.indicators(), evaluators, uses, new BigDecimal(passMark),
                excellentMark == null ? null : new BigDecimal(excellentMark), posts);
    }
}
