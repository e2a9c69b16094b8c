package org.reformplatform.eventsourcing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The platform's calibration model on crafted score sets, and its properties on generated ones. */
class ScoreCalibrationTest {

    static final int K = 5;

    record Score(String item, String reviewer, BigDecimal value) {
    }

    static Score score(String item, String reviewer, String value) {
        return new Score(item, reviewer, new BigDecimal(value));
    }

    /** The matrix as a caller builds it, in the order the scores arrived (insertion-ordered maps). */
    static Map<String, Map<String, BigDecimal>> matrix(List<Score> scores) {
        Map<String, Map<String, BigDecimal>> matrix = new LinkedHashMap<>();
        scores.forEach(s -> matrix.computeIfAbsent(s.item(), x -> new LinkedHashMap<>()).put(s.reviewer(), s.value()));
        return matrix;
    }

    static ScoreCalibration.Result<String, String> calibrate(List<Score> scores) {
        return ScoreCalibration.of(matrix(scores), K);
    }

    @Test
    void a_harsh_and_a_lenient_reviewer_of_the_same_applications_agree_once_calibrated() {
        // Six applications of true quality 40..65; the harsh reviewer scores each 20 low, the lenient one 20 high.
        List<Score> scores = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int truth = 40 + 5 * i;
            scores.add(score("a" + i, "harsh", String.valueOf(truth - 20)));
            scores.add(score("a" + i, "lenient", String.valueOf(truth + 20)));
        }
        ScoreCalibration.Result<String, String> result = calibrate(scores);

        // Each deviates from the only other by 40, so each offset is the whole difference in habit (in full after six comparisons);
        // in each application's mean the two offsets cancel and the calibrated mean is the truth, as is the raw one.
        assertThat(result.offsets().get("harsh").comparisons()).isEqualTo(6);
        assertThat(result.offsets().get("harsh").offset()).isEqualByComparingTo("-40");
        assertThat(result.offsets().get("lenient").offset()).isEqualByComparingTo("40");
        for (int i = 0; i < 6; i++) {
            BigDecimal truth = BigDecimal.valueOf(40 + 5 * i);
            assertThat(result.calibratedMeans().get("a" + i)).isEqualByComparingTo(truth);
            assertThat(result.meanOffsets().get("a" + i)).isEqualByComparingTo("0");
        }
    }

    @Test
    void a_harsh_and_a_lenient_reviewer_each_with_a_reference_colleague_are_brought_back_to_the_truth() {
        // A reference reviewer scores all ten applications truly; the harsh one shares 0-4 (20 low), the lenient one 5-9 (20 high).
        List<Score> scores = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int truth = 30 + 5 * i;
            scores.add(score("a" + i, "reference", String.valueOf(truth)));
            scores.add(score("a" + i, i < 5 ? "harsh" : "lenient", String.valueOf(i < 5 ? truth - 20 : truth + 20)));
        }
        ScoreCalibration.Result<String, String> result = calibrate(scores);

        assertThat(result.offsets().get("harsh").offset()).isEqualByComparingTo("-20");
        assertThat(result.offsets().get("lenient").offset()).isEqualByComparingTo("20");
        // The reference deviates +10 on five and -10 on five: no habit.
        assertThat(result.offsets().get("reference").offset()).isEqualByComparingTo("0");
        // Raw, a5 (true 55) is 25 above a4 (true 50); calibrated, 5 — every application is back at its truth.
        assertThat(result.rawMeans().get("a5").subtract(result.rawMeans().get("a4"))).isEqualByComparingTo("25");
        for (int i = 0; i < 10; i++) {
            assertThat(result.calibratedMeans().get("a" + i)).isEqualByComparingTo(BigDecimal.valueOf(30 + 5 * i));
        }
    }

    @Test
    void a_reviewer_with_one_score_is_trusted_a_fifth() {
        List<Score> scores = List.of(score("a", "r1", "60"), score("a", "r2", "60"), score("a", "newcomer", "90"));
        ScoreCalibration.Result<String, String> result = calibrate(scores);
        ScoreCalibration.Offset<String> newcomer = result.offsets().get("newcomer");
        assertThat(newcomer.comparisons()).isEqualTo(1);
        assertThat(newcomer.meanDeviation()).isEqualByComparingTo("30");
        assertThat(newcomer.offset()).isEqualByComparingTo("6");
        assertThat(result.calibrated("newcomer", new BigDecimal("90"))).isEqualByComparingTo("84");
        // Each of the others is 15 below the mean of the other two (60 against 75): a fifth of -15.
        assertThat(result.offsets().get("r1").offset()).isEqualByComparingTo("-3");
        // mean(60, 60, 90) = 70 less the mean offset (-3 - 3 + 6) / 3 = 0.
        assertThat(result.calibratedMeans().get("a")).isEqualByComparingTo("70");
    }

    @Test
    void a_reviewer_who_shares_no_item_has_no_offset() {
        ScoreCalibration.Result<String, String> result = calibrate(List.of(score("a", "alone", "40"), score("b", "r1", "70"),
                score("b", "r2", "80")));
        assertThat(result.offsets().get("alone").comparisons()).isZero();
        assertThat(result.offsets().get("alone").offset()).isEqualByComparingTo("0");
        assertThat(result.calibratedMeans().get("a")).isEqualByComparingTo("40");
    }

    @Test
    void the_weight_must_be_positive() {
        assertThatThrownBy(() -> ScoreCalibration.of(Map.<String, Map<String, BigDecimal>>of(), 0)).isInstanceOf(RuleViolation.class);
    }

    /** A random matrix: {@code items} items, each scored by 2-4 of six reviewers, scores in tenths from 0 to 100. */
    static List<Score> randomScores(long seed, int items) {
        Random random = new Random(seed);
        List<String> reviewers = List.of("r1", "r2", "r3", "r4", "r5", "r6");
        List<Score> scores = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            List<String> panel = new ArrayList<>(reviewers);
            Collections.shuffle(panel, random);
            for (String r : panel.subList(0, 2 + random.nextInt(3))) {
                scores.add(new Score("a" + i, r, BigDecimal.valueOf(random.nextInt(1001), 1)));
            }
        }
        return scores;
    }

    @Test
    void the_order_of_the_scores_does_not_matter() {
        qt().withExamples(200).forAll(longs().all(), integers().between(1, 20), longs().all()).checkAssert((seed, items, order) -> {
            List<Score> scores = randomScores(seed, items);
            List<Score> shuffled = new ArrayList<>(scores);
            Collections.shuffle(shuffled, new Random(order));
            ScoreCalibration.Result<String, String> inOrder = calibrate(scores);
            ScoreCalibration.Result<String, String> reordered = calibrate(shuffled);
            assertThat(reordered).isEqualTo(inOrder);
            assertThat(List.copyOf(reordered.offsets().keySet())).isEqualTo(List.copyOf(inOrder.offsets().keySet()));
        });
    }

    @Test
    void a_constant_added_to_every_score_of_a_well_compared_reviewer_leaves_their_calibrated_scores_unchanged() {
        qt().withExamples(200).forAll(longs().all(), integers().between(-300, 300)).checkAssert((seed, tenths) -> {
            // r1 scores every one of eight items, each also scored by 1-3 others: at least K comparisons.
            List<Score> scores = new ArrayList<>(randomScores(seed, 8).stream().filter(s -> !s.reviewer().equals("r1")).toList());
            Random random = new Random(seed ^ 0x5EED);
            for (int i = 0; i < 8; i++) {
                scores.add(new Score("a" + i, "r1", BigDecimal.valueOf(random.nextInt(1001), 1)));
            }
            BigDecimal constant = BigDecimal.valueOf(tenths, 1);
            List<Score> shifted = scores.stream().map(s -> s.reviewer().equals("r1") ? new Score(s.item(), "r1", s.value().add(constant)) : s)
                    .toList();
            ScoreCalibration.Result<String, String> before = calibrate(scores);
            ScoreCalibration.Result<String, String> after = calibrate(shifted);
            assertThat(before.offsets().get("r1").comparisons()).isGreaterThanOrEqualTo(K);
            for (Score s : scores) {
                if (s.reviewer().equals("r1")) {
                    // The oracle: r1's own calibrated scores, and so every item's calibrated mean, are those without the constant.
                    assertThat(after.calibrated("r1", s.value().add(constant))).isEqualByComparingTo(before.calibrated("r1", s.value()));
                }
            }
            assertThat(after.offsets().get("r1").offset().subtract(before.offsets().get("r1").offset())).isEqualByComparingTo(constant);
        });
    }

    @Test
    void percentiles_are_mid_ranks_among_the_items() {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        scores.put("a", new BigDecimal("40"));
        scores.put("b", new BigDecimal("60"));
        scores.put("c", new BigDecimal("60"));
        scores.put("d", new BigDecimal("90"));
        Map<String, BigDecimal> percentiles = ScoreCalibration.percentiles(scores);
        // a: (0 + 1/2) / 4 = 12.5; b, c tied: (1 + 2/2) / 4 = 50; d: (3 + 1/2) / 4 = 87.5.
        assertThat(percentiles.get("a")).isEqualByComparingTo("12.50");
        assertThat(percentiles.get("b")).isEqualByComparingTo("50.00");
        assertThat(percentiles.get("c")).isEqualByComparingTo("50.00");
        assertThat(percentiles.get("d")).isEqualByComparingTo("87.50");
        assertThat(ScoreCalibration.percentiles(Map.of("alone", BigDecimal.ONE)).get("alone")).isEqualByComparingTo("50");
    }

    @Test
    void percentiles_follow_the_scores_order_against_a_counting_oracle() {
        qt().withExamples(200).forAll(longs().all(), integers().between(1, 30)).checkAssert((seed, n) -> {
            Random random = new Random(seed);
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                scores.put("a" + i, BigDecimal.valueOf(random.nextInt(20)));
            }
            Map<String, BigDecimal> percentiles = ScoreCalibration.percentiles(scores);
            scores.forEach((item, score) -> {
                long below = scores.values().stream().filter(v -> v.compareTo(score) < 0).count();
                long equal = scores.values().stream().filter(v -> v.compareTo(score) == 0).count();
                double expected = 100.0 * (below + equal / 2.0) / n;
                assertThat(percentiles.get(item).doubleValue()).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.005));
            });
        });
    }
}
