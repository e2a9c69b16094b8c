package org.reformplatform.admissions.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reformplatform.admissions.intake.ScoreBasis;

/** Calibrated totals and percentiles within an intake event, on a crafted harsh/lenient set and on generated ones. */
class ReviewCalibrationTest {

    static UUID app(int i) {
        return new UUID(0xA991L, i);
    }

    static ReviewerTotal total(String reviewer, int total) {
        return new ReviewerTotal(reviewer, BigDecimal.valueOf(total).setScale(2), Recommendation.ADMIT);
    }

    /**
     * The set the API journey sends too: a harsh reviewer h scores 16 below r1 on five applications (A) and below r2 on five
     * (C); r1 and r2 agree on five (B); the target T gets 60 from h and 76 from r1.
     */
    static Map<UUID, List<ReviewerTotal>> harshAndLenient() {
        Map<UUID, List<ReviewerTotal>> reviews = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            reviews.put(app(i), List.of(total("h", 64), total("r1", 80)));
            reviews.put(app(10 + i), List.of(total("r1", 80), total("r2", 80)));
            reviews.put(app(20 + i), List.of(total("h", 64), total("r2", 80)));
        }
        reviews.put(app(99), List.of(total("h", 60), total("r1", 76)));
        return reviews;
    }

    @Test
    void a_harsh_reviewers_candidate_rises_above_the_bar_once_calibrated() {
        ReviewCalibration.Result result = ReviewCalibration.of(harshAndLenient(), ScoreBasis.CALIBRATED);
        // h: -16 on all eleven shared applications. r1: +16 on A and T, 0 on B: 96 / 11 = 8.727272 (rounded down). r2: 80 / 10 = 8.
        assertThat(result.offsets().offsetOf("h")).isEqualByComparingTo("-16");
        assertThat(result.offsets().offsetOf("r1")).isEqualByComparingTo("8.727272");
        assertThat(result.offsets().offsetOf("r2")).isEqualByComparingTo("8");
        assertThat(result.habits()).extracting(ReviewCalibration.Habit::reviewer, ReviewCalibration.Habit::comparisons)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("h", 11), org.assertj.core.groups.Tuple.tuple("r1", 11),
                        org.assertj.core.groups.Tuple.tuple("r2", 10));
        ReviewCalibration.Standing target = result.standings().get(app(99));
        // Raw mean 68, below a bar of 70; calibrated 76.00 and 67.27: mean 71.64 (half-up), above it.
        assertThat(target.rawMeanTotal()).isEqualByComparingTo("68.00");
        assertThat(target.calibratedMeanTotal()).isEqualByComparingTo("71.64");
        // Calibrated means: A 75.64, B 71.64, C 76.00, T 71.64: nothing below T, T tied with the five B: (0 + 6/2) / 16 = 18.75.
        assertThat(target.percentile()).isEqualByComparingTo("18.75");
        assertThat(result.standings().get(app(20)).calibratedMeanTotal()).isEqualByComparingTo("76.00");
        assertThat(result.standings().get(app(20)).percentile()).isEqualByComparingTo("84.38");
    }

    @Test
    void on_raw_totals_the_percentile_reads_the_raw_means() {
        ReviewCalibration.Result result = ReviewCalibration.of(harshAndLenient(), ScoreBasis.RAW);
        // Raw means: A 72, B 80, C 72, T 68: T is alone at the bottom: (0 + 1/2) / 16 = 3.125 -> 3.13.
        assertThat(result.standings().get(app(99)).percentile()).isEqualByComparingTo("3.13");
        assertThat(result.standings().get(app(10)).percentile()).isEqualByComparingTo("84.38");
        assertThat(result.basis()).isEqualTo(ScoreBasis.RAW);
    }

    @Test
    void a_reviewer_seen_once_is_trusted_a_fifth() {
        Map<UUID, List<ReviewerTotal>> reviews = Map.of(app(0), List.of(total("a", 60), total("b", 60), total("newcomer", 90)));
        ReviewCalibration.Result result = ReviewCalibration.of(reviews, ScoreBasis.CALIBRATED);
        assertThat(result.offsets().offsetOf("newcomer")).isEqualByComparingTo("6");
        assertThat(result.offsets().calibrate(total("newcomer", 90)).total()).isEqualByComparingTo("84.00");
        assertThat(result.standings().get(app(0)).percentile()).as("a lone application").isEqualByComparingTo("50.00");
    }

    /** A random event: {@code applications} applications, each reviewed by 2-4 of six reviewers, totals 0..100. */
    static Map<UUID, List<ReviewerTotal>> randomEvent(long seed, int applications) {
        Random random = new Random(seed);
        List<String> reviewers = List.of("r1", "r2", "r3", "r4", "r5", "r6");
        Map<UUID, List<ReviewerTotal>> reviews = new LinkedHashMap<>();
        for (int i = 0; i < applications; i++) {
            List<String> panel = new ArrayList<>(reviewers);
            Collections.shuffle(panel, random);
            reviews.put(app(i), panel.subList(0, 2 + random.nextInt(3)).stream().map(r -> total(r, random.nextInt(101))).toList());
        }
        return reviews;
    }

    @Test
    void the_same_reviews_in_any_order_give_the_same_calibration() {
        // Generated events (seeded, so a failure names its seed): 200 of 1-25 applications, each reordered.
        for (long seed = 0; seed < 200; seed++) {
            int n = 1 + (int) (seed % 25);
            long order = seed * 7919;
            Map<UUID, List<ReviewerTotal>> reviews = randomEvent(seed, n);
            List<UUID> keys = new ArrayList<>(reviews.keySet());
            Collections.shuffle(keys, new Random(order));
            Map<UUID, List<ReviewerTotal>> reordered = new LinkedHashMap<>();
            for (UUID key : keys) {
                List<ReviewerTotal> panel = new ArrayList<>(reviews.get(key));
                Collections.shuffle(panel, new Random(order ^ key.getLeastSignificantBits()));
                reordered.put(key, panel);
            }
            assertThat(ReviewCalibration.of(reordered, ScoreBasis.CALIBRATED)).as("seed %d", seed)
                    .isEqualTo(ReviewCalibration.of(reviews, ScoreBasis.CALIBRATED));
        }
    }

    @Test
    void a_higher_mean_never_has_a_lower_percentile() {
        for (long seed = 0; seed < 200; seed++) {
            int n = 1 + (int) (seed % 25);
            ReviewCalibration.Result result = ReviewCalibration.of(randomEvent(seed, n), ScoreBasis.CALIBRATED);
            for (ReviewCalibration.Standing a : result.standings().values()) {
                for (ReviewCalibration.Standing b : result.standings().values()) {
                    int byMean = a.calibratedMeanTotal().compareTo(b.calibratedMeanTotal());
                    assertThat(a.percentile().compareTo(b.percentile())).as("seed %d", seed).isEqualTo(Integer.signum(byMean));
                }
            }
        }
    }
}
