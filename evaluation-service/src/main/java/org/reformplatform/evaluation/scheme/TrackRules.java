package org.reformplatform.evaluation.scheme;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import org.reformplatform.eventsourcing.domain.RuleViolation;

/** The rules every version of a scheme must keep, track by track. */
final class TrackRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TrackRules() {
    }

    static void validate(List<Track> tracks) {
        require(!tracks.isEmpty(), () -> RuleViolation.invalid("no-tracks", "A scheme classifies posts into at least one track"));
        require(unique(tracks.stream().map(Track::code).toList()),
                () -> RuleViolation.invalid("duplicate-track", "Track codes must be unique within a scheme"));
        tracks.forEach(TrackRules::validate);
    }

    private static void validate(Track track) {
        String t = track.code();
        require(!track.indicators().isEmpty(), () -> RuleViolation.invalid("no-indicators", "Track " + t + " needs at least one indicator")
                .with("track", t));
        require(unique(track.indicators().stream().map(Indicator::code).toList()),
                () -> RuleViolation.invalid("duplicate-indicator", "Indicator codes must be unique within track " + t).with("track", t));
        for (Indicator indicator : track.indicators()) {
            require(indicator.weight().signum() > 0, () -> RuleViolation.invalid("weight-not-positive",
                    "Indicator " + indicator.code() + " of track " + t + " must weigh more than 0").with("track", t));
            require(indicator.max().signum() > 0, () -> RuleViolation.invalid("max-not-positive",
                    "Indicator " + indicator.code() + " of track " + t + " needs a maximum above 0").with("track", t));
            require(indicator.kind() != IndicatorKind.POINTS || indicator.max().stripTrailingZeros().scale() <= 0,
                    () -> RuleViolation.invalid("points-cap-not-whole", "The points cap of " + indicator.code() + " must be a whole number")
                            .with("track", t));
        }
        BigDecimal total = track.weightTotal();
        require(total.compareTo(BigDecimal.ONE) == 0, () -> RuleViolation.invalid("weights-not-one",
                "The weights of track " + t + " must add up to exactly 1, not " + total.toPlainString())
                .with("track", t).with("weightTotal", total.toPlainString()));
        require(!track.evaluators().isEmpty(), () -> RuleViolation.invalid("no-evaluators",
                "Track " + t + " must say which kinds of evaluators it needs").with("track", t));
        require(unique(track.evaluators().stream().map(r -> r.kind().name()).toList()),
                () -> RuleViolation.invalid("duplicate-evaluator-kind", "Name each kind of evaluator once in track " + t).with("track", t));
        require(track.evaluators().stream().allMatch(r -> r.count() >= 1), () -> RuleViolation.invalid("evaluator-count-not-positive",
                "Track " + t + " needs at least one evaluator of each kind it names").with("track", t));
        require(!track.uses().isEmpty() && unique(track.uses().stream().map(Enum::name).toList()), () -> RuleViolation.invalid("no-uses",
                "Track " + t + " must name the uses of its outcome, each once").with("track", t));
        require(inPercent(track.passMark()), () -> RuleViolation.invalid("pass-mark-out-of-range",
                "The pass mark of track " + t + " is a total between 0 and 100").with("track", t));
        require(track.excellentMark() == null || inPercent(track.excellentMark()) && track.excellentMark().compareTo(track.passMark()) > 0,
                () -> RuleViolation.invalid("excellent-mark-not-above-pass-mark",
                        "The excellent mark of track " + t + " must lie above its pass mark and at most 100").with("track", t));
        require(track.posts() == null || track.posts() >= 1, () -> RuleViolation.invalid("posts-not-positive",
                "A post plan offers at least one post (track " + t + ")").with("track", t));
        require(track.posts() == null || track.uses().contains(OutcomeUse.APPOINTMENT), () -> RuleViolation.invalid("posts-without-appointment",
                "A post plan means competitive appointment: track " + t + " must list the use APPOINTMENT").with("track", t));
        require(track.evidenceWeights().stream().allMatch(w -> w.kind() != null)
                && unique(track.evidenceWeights().stream().map(w -> w.kind().name()).toList()), () -> RuleViolation.invalid(
                        "duplicate-evidence-kind", "Weigh each kind of evidence once in track " + t).with("track", t));
        for (EvidenceWeight weight : track.evidenceWeights()) {
            require(weight.pointsEach() != null && weight.pointsEach().signum() > 0 && weight.cap() != null
                    && weight.cap().compareTo(weight.pointsEach()) >= 0 && weight.cap().compareTo(HUNDRED) <= 0,
                    () -> RuleViolation.invalid("evidence-weight-invalid", "Evidence " + weight.kind() + " in track " + t
                            + " needs points above 0 each and a cap from those points up to 100").with("track", t)
                            .with("evidenceKind", weight.kind().name()));
        }
    }

    private static boolean inPercent(BigDecimal mark) {
        return mark != null && mark.signum() >= 0 && mark.compareTo(HUNDRED) <= 0;
    }

    private static boolean unique(List<String> codes) {
        return codes.stream().allMatch(Objects::nonNull) && new HashSet<>(codes).size() == codes.size();
    }
}
