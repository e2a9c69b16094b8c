package org.reformplatform.evaluation.title;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.reformplatform.evaluation.researcher.MobilityRecord;
import org.reformplatform.evaluation.researcher.Researcher.Evidence;
import org.reformplatform.evaluation.researcher.TitleEquivalence;

/**
 * Who may be awarded the title under review, taking other services' evidence into account.
 *
 * <p>An applicant is eligible when both hold on the day of the decision:
 * <ol>
 * <li><b>a qualifying title</b>, by one of two routes:
 * <ul>
 * <li>domestic: holds a title of the review's series at the level directly below the level under
 * review, conferred at least {@code minYearsAtLevelBelow} whole years before; or</li>
 * <li>foreign equivalence: a foreign qualification recognised by qualification-service with a title
 * equivalence (职称比照) of the review's series at or above the level under review. An equivalence
 * below it does not count, nor one whose level cannot be read.</li>
 * </ul>
 * </li>
 * <li><b>enough achievements</b> (业绩导向): the achievements declared in the application plus each
 * mobility arrangement whose results were reviewed favourably reach {@code minAchievements}.</li>
 * </ol>
 * A series matches the review's when, written in capitals with underscores, it is the series code
 * (ENGINEERING), the discipline code (DIGITAL_TECHNOLOGY) or both joined
 * (ENGINEERING_DIGITAL_TECHNOLOGY). The domestic route is reported when both routes hold.
 */
public final class TitleEligibility {

    private TitleEligibility() {
    }

    /** The assessment: eligible or not, by which route, and the evidence it rests on. */
    public record Assessment(EligibilityRoute route, int achievementsCounted, List<String> reasons, List<String> evidenceUsed) {

        public boolean eligible() {
            return reasons.isEmpty();
        }
    }

    public static Assessment assess(TitleReview review, TitleApplication application, Evidence evidence, LocalDate on) {
        EligibilityPolicy policy = review.policy();
        List<String> used = new ArrayList<>();
        List<String> reasons = new ArrayList<>();

        EligibilityRoute route = EligibilityRoute.NONE;
        HeldTitle held = application.heldTitle();
        if (held != null && review.seriesMatches(held.series()) && review.level().below().map(held.level()::equals).orElse(false)
                && Period.between(held.since(), on).getYears() >= policy.minYearsAtLevelBelow()) {
            route = EligibilityRoute.DOMESTIC_TITLE;
            used.add("held-title: " + held.series() + " " + held.level() + " since " + held.since());
        }
        Optional<TitleEquivalence> equivalence = evidence.equivalences().stream()
                .filter(e -> review.seriesMatches(e.titleSeries()))
                .filter(e -> TitleLevel.parse(e.titleLevel()).map(level -> level.atLeast(review.level())).orElse(false))
                .findFirst();
        if (equivalence.isPresent()) {
            TitleEquivalence e = equivalence.get();
            if (route == EligibilityRoute.NONE) {
                route = EligibilityRoute.FOREIGN_EQUIVALENCE;
            }
            used.add("title-equivalence " + e.applicationId() + ": " + e.qualificationName() + " (" + e.country() + ") = "
                    + e.titleSeries() + " " + e.titleLevel() + ", list " + e.listVersion());
        }
        if (route == EligibilityRoute.NONE) {
            reasons.add("no-qualifying-title");
        }

        int achievements = application.achievements();
        for (MobilityRecord mobility : evidence.mobility()) {
            if (mobility.positive()) {
                achievements++;
                used.add("mobility " + mobility.arrangementId() + ": " + mobility.form() + " at " + mobility.enterprise() + ", "
                        + String.valueOf(mobility.outcome()).toLowerCase(Locale.ROOT));
            }
        }
        if (achievements < policy.minAchievements()) {
            reasons.add("too-few-achievements");
        }
        return new Assessment(route, achievements, List.copyOf(reasons), List.copyOf(used));
    }

    /** Capitals and underscores: "Digital technology" and "digital-technology" read alike. */
    static String normalise(String text) {
        return text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
