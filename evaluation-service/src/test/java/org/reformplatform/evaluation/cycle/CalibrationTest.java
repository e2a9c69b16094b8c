package org.reformplatform.evaluation.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.evaluation.scheme.EvaluatorKind;
import org.reformplatform.evaluation.scheme.EvaluatorRequirement;
import org.reformplatform.evaluation.scheme.OutcomeUse;
import org.reformplatform.evaluation.scheme.Track;
import org.reformplatform.evaluation.scheme.Tracks;

/** Calibrated scores on crafted score sets, and its properties: order of arrival, constant habits. */
class CalibrationTest {

    static final CycleId ID = new CycleId(UUID.fromString("00000000-0000-0000-0000-00000000c001"));
    static final Instant AT = Instant.parse("2026-04-01T00:00:00Z");
    /** One indicator, marked out of 10: a sheet's total is the mark × 10. */
    static final Track TRACK = new Track("applied", "Applied research", null, null, List.of(Tracks.score("impact", "1")),
            List.of(new EvaluatorRequirement(EvaluatorKind.PEER, 2)), List.of(OutcomeUse.PROMOTION), new BigDecimal("60"), null, null);

    record Sheet(int dossier, String evaluator, BigDecimal mark) {
    }

    static DossierId dossier(int i) {
        return new DossierId(new UUID(0xD0551E5L, i));
    }

    /** The cycle's state from its events: dossiers submitted in order 0..n-1, then the sheets in the order given. */
    static Cycle replay(int dossiers, List<Sheet> sheets) {
        var decider = Cycle.TYPE.decider();
        Cycle state = decider.evolve(decider.initialState(),
                new CycleEvent.CycleOpened(ID, null, 1, "centre", "2026", null, List.of(TRACK), AT, null, null));
        for (int i = 0; i < dossiers; i++) {
            state = decider.evolve(state, new CycleEvent.DossierSubmitted(ID, dossier(i), new ResearcherId(new UUID(0xAL, i)), "centre", "applied",
                    OutcomeUse.PROMOTION, List.of(), AT));
        }
        for (Sheet s : sheets) {
            state = decider.evolve(state, new CycleEvent.EvaluatorAssigned(ID, dossier(s.dossier()), s.evaluator(), EvaluatorKind.PEER, AT));
        }
        for (Sheet s : sheets) {
            state = decider.evolve(state, new CycleEvent.ScoresRecorded(ID, dossier(s.dossier()), s.evaluator(),
                    List.of(new IndicatorScore("impact", s.mark())), AT));
        }
        return state;
    }

    static Sheet sheet(int dossier, String evaluator, String mark) {
        return new Sheet(dossier, evaluator, new BigDecimal(mark));
    }

    static List<DossierId> ranking(Cycle cycle, java.util.Map<DossierId, BigDecimal> totals) {
        return totals.keySet().stream().sorted(Comparator.comparing((DossierId d) -> totals.get(d)).reversed()
                .thenComparing(d -> cycle.dossier(d).orElseThrow().seq())).toList();
    }

    @Test
    void a_harsh_and_a_lenient_evaluator_end_with_the_same_calibrated_ranking() {
        // Ten dossiers of true quality 3.0, 3.5, ... 7.5 (marks out of 10). A reference evaluator marks them all truly; a harsh one
        // marks dossiers 0-4 two points low and a lenient one dossiers 5-9 two points high: raw, the lenient one's dossiers all rank
        // first and the harsh one's last.
        List<Sheet> sheets = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            BigDecimal truth = new BigDecimal("3.0").add(new BigDecimal("0.5").multiply(BigDecimal.valueOf(i)));
            sheets.add(new Sheet(i, "reference", truth));
            sheets.add(new Sheet(i, i < 5 ? "harsh" : "lenient", i < 5 ? truth.subtract(BigDecimal.valueOf(2)) : truth.add(BigDecimal.valueOf(2))));
        }
        Cycle cycle = replay(10, sheets);
        Calibration.Result result = Calibration.of(cycle);

        assertThat(result.offsets().get("harsh").offset()).isEqualByComparingTo("-20.00");
        assertThat(result.offsets().get("lenient").offset()).isEqualByComparingTo("20.00");
        assertThat(result.offsets().get("reference").comparisons()).isEqualTo(10);
        assertThat(result.offsets().get("reference").offset()).isEqualByComparingTo("0");
        // Calibrated, every dossier is back at its true quality (3.0 → 30.00, ..., 7.5 → 75.00), so the ranking is the true one.
        for (int i = 0; i < 10; i++) {
            assertThat(result.calibratedTotals().get(dossier(i))).isEqualByComparingTo(BigDecimal.valueOf(30 + 5 * i));
        }
        // Each evaluator's calibrated marks agree with the reference's.
        assertThat(Calibration.calibratedSheet(cycle, cycle.dossier(dossier(2)).orElseThrow(), "harsh")).isEqualByComparingTo("40.00");
        assertThat(Calibration.calibratedSheet(cycle, cycle.dossier(dossier(7)).orElseThrow(), "lenient")).isEqualByComparingTo("65.00");
        // Raw, dossier 5 (lenient, true 5.5) outranks dossier 4 (harsh, true 5.0) by far more than it should; calibrated, in true order.
        java.util.Map<DossierId, BigDecimal> raw = new java.util.HashMap<>();
        cycle.dossiers().values().forEach(d -> raw.put(d.id(), WeightedScoring.total(TRACK, d)));
        assertThat(raw.get(dossier(5)).subtract(raw.get(dossier(4)))).isEqualByComparingTo("25.00");
        assertThat(ranking(cycle, result.calibratedTotals())).containsExactly(dossier(9), dossier(8), dossier(7), dossier(6), dossier(5),
                dossier(4), dossier(3), dossier(2), dossier(1), dossier(0));
    }

    @Test
    void a_harsh_and_a_lenient_evaluator_of_the_same_dossiers_rank_them_alike_once_calibrated() {
        // Both mark the same six dossiers (true 4.0 .. 6.5), the harsh one two points low, the lenient one two points high.
        List<Sheet> sheets = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            BigDecimal truth = new BigDecimal("4.0").add(new BigDecimal("0.5").multiply(BigDecimal.valueOf(i)));
            sheets.add(new Sheet(i, "harsh", truth.subtract(BigDecimal.valueOf(2))));
            sheets.add(new Sheet(i, "lenient", truth.add(BigDecimal.valueOf(2))));
        }
        Cycle cycle = replay(6, sheets);
        Calibration.Result result = Calibration.of(cycle);
        List<DossierId> harsh = cycle.dossiersInOrder().stream().sorted(Comparator.comparing(
                (Dossier d) -> Calibration.calibratedSheet(cycle, d, "harsh")).reversed()).map(Dossier::id).toList();
        List<DossierId> lenient = cycle.dossiersInOrder().stream().sorted(Comparator.comparing(
                (Dossier d) -> Calibration.calibratedSheet(cycle, d, "lenient")).reversed()).map(Dossier::id).toList();
        assertThat(harsh).isEqualTo(lenient).containsExactly(dossier(5), dossier(4), dossier(3), dossier(2), dossier(1), dossier(0));
        assertThat(ranking(cycle, result.calibratedTotals())).isEqualTo(harsh);
        // Each dossier's calibrated total is its true quality: the two habits cancel.
        assertThat(result.calibratedTotals().get(dossier(0))).isEqualByComparingTo("40.00");
        assertThat(result.calibratedTotals().get(dossier(5))).isEqualByComparingTo("65.00");
    }

    @Test
    void an_evaluator_with_one_score_moves_little() {
        // A newcomer marks one dossier three points above the two others: an offset of a fifth of the 30-point deviation.
        List<Sheet> sheets = new ArrayList<>(List.of(sheet(0, "a", "6"), sheet(0, "b", "6"), sheet(0, "newcomer", "9")));
        Cycle cycle = replay(1, sheets);
        Calibration.EvaluatorOffset newcomer = Calibration.of(cycle).offsets().get("newcomer");
        assertThat(newcomer.comparisons()).isEqualTo(1);
        assertThat(newcomer.meanDeviation()).isEqualByComparingTo("30.00");
        assertThat(newcomer.offset()).isEqualByComparingTo("6.00");
        assertThat(Calibration.calibratedSheet(cycle, cycle.dossier(dossier(0)).orElseThrow(), "newcomer")).isEqualByComparingTo("84.00");
        // A dossier scored by one evaluator alone has nothing to compare: no offset.
        assertThat(Calibration.of(replay(1, List.of(sheet(0, "alone", "4")))).offsets().get("alone").offset()).isEqualByComparingTo("0");
    }

    /** A random score set: {@code dossiers} dossiers, each marked by 2-4 of six evaluators, marks in tenths from 0 to 10. */
    static List<Sheet> randomSheets(long seed, int dossiers) {
        Random random = new Random(seed);
        List<String> evaluators = List.of("e1", "e2", "e3", "e4", "e5", "e6");
        List<Sheet> sheets = new ArrayList<>();
        for (int d = 0; d < dossiers; d++) {
            List<String> panel = new ArrayList<>(evaluators);
            Collections.shuffle(panel, random);
            int size = 2 + random.nextInt(3);
            for (String e : panel.subList(0, size)) {
                sheets.add(new Sheet(d, e, BigDecimal.valueOf(random.nextInt(101), 1)));
            }
        }
        return sheets;
    }

    @Test
    void calibration_does_not_depend_on_the_order_the_sheets_arrive_in() {
        qt().withExamples(100).forAll(longs().all(), integers().between(1, 15), longs().all()).checkAssert((seed, dossiers, order) -> {
            List<Sheet> sheets = randomSheets(seed, dossiers);
            List<Sheet> shuffled = new ArrayList<>(sheets);
            Collections.shuffle(shuffled, new Random(order));
            Calibration.Result inOrder = Calibration.of(replay(dossiers, sheets));
            Calibration.Result reordered = Calibration.of(replay(dossiers, shuffled));
            assertThat(reordered).isEqualTo(inOrder);
        });
    }

    @Test
    void a_constant_added_to_every_score_of_a_well_compared_evaluator_leaves_their_calibrated_scores_unchanged() {
        qt().withExamples(100).forAll(longs().all(), integers().between(-30, 30)).checkAssert((seed, tenths) -> {
            // e1 marks every one of 8 dossiers, with 1-3 others: at least K comparisons.
            List<Sheet> sheets = new ArrayList<>();
            for (Sheet s : randomSheets(seed, 8)) {
                if (!s.evaluator().equals("e1")) {
                    sheets.add(s);
                }
            }
            Random random = new Random(seed ^ 0x5EED);
            for (int d = 0; d < 8; d++) {
                sheets.add(new Sheet(d, "e1", BigDecimal.valueOf(random.nextInt(101), 1)));
            }
            BigDecimal constant = BigDecimal.valueOf(tenths, 1);
            List<Sheet> shifted = sheets.stream().map(s -> s.evaluator().equals("e1") ? new Sheet(s.dossier(), "e1", s.mark().add(constant)) : s)
                    .toList();
            Cycle before = replay(8, sheets);
            Cycle after = replay(8, shifted);
            assertThat(Calibration.of(before).offsets().get("e1").comparisons()).isGreaterThanOrEqualTo(Calibration.K);
            for (int d = 0; d < 8; d++) {
                assertThat(Calibration.calibratedSheet(after, after.dossier(dossier(d)).orElseThrow(), "e1"))
                        .isEqualByComparingTo(Calibration.calibratedSheet(before, before.dossier(dossier(d)).orElseThrow(), "e1"));
            }
        });
    }
}
