package org.reformplatform.evaluation.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.domain.Decider;
import org.reformplatform.evaluation.cycle.Cycle;
import org.reformplatform.evaluation.cycle.CycleCommand;
import org.reformplatform.evaluation.cycle.CycleCommand.ConcludeCycle;
import org.reformplatform.evaluation.cycle.CycleEvent;
import org.reformplatform.evaluation.cycle.CycleEvent.CycleOpened;
import org.reformplatform.evaluation.cycle.CycleEvent.DossierSubmitted;
import org.reformplatform.evaluation.cycle.CycleEvent.EvaluatorAssigned;
import org.reformplatform.evaluation.cycle.CycleEvent.ScoresRecorded;
import org.reformplatform.evaluation.cycle.CycleId;
import org.reformplatform.evaluation.cycle.Dossier;
import org.reformplatform.evaluation.cycle.DossierId;
import org.reformplatform.evaluation.cycle.IndicatorScore;
import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.evaluation.scheme.EvaluatorKind;
import org.reformplatform.evaluation.scheme.EvaluatorRequirement;
import org.reformplatform.evaluation.scheme.Indicator;
import org.reformplatform.evaluation.scheme.OutcomeUse;
import org.reformplatform.evaluation.scheme.SchemeId;
import org.reformplatform.evaluation.scheme.Track;
import org.reformplatform.evaluation.scheme.Tracks;

/**
 * Over generated cycles (one to three indicators, one or two peers per dossier, marks 0–10, a pass
 * mark, sometimes an excellent mark, sometimes a post plan): the weights as recorded give back every
 * recorded event; any other weights give each dossier the total an oracle computes from the
 * description (Σ weight × mean mark × 10, half-up to two decimals) and the standing that total gives
 * (ties by order of submission). A failure names its seed ({@code -Dreplay.seed=...}).
 */
class CycleReproductionPropertyTest {

    static final Decider<Cycle, CycleCommand, CycleEvent> DECIDER = Cycle.TYPE.decider();
    static final Instant AT = Instant.parse("2026-04-01T00:00:00Z");
    static final int CYCLES = 1000;

    record Generated(List<CycleEvent> events, Track track, Map<DossierId, List<List<Integer>>> marks, List<DossierId> order) {
    }

    static Generated generate(Random random) {
        int indicators = 1 + random.nextInt(3);
        List<Indicator> list = new ArrayList<>();
        int[] parts = split(random, indicators);
        for (int i = 0; i < indicators; i++) {
            list.add(Tracks.score("i" + i, BigDecimal.valueOf(parts[i], 1).toPlainString()));
        }
        int peers = 1 + random.nextInt(2);
        Integer posts = random.nextBoolean() ? 1 + random.nextInt(3) : null;
        BigDecimal excellent = random.nextBoolean() ? BigDecimal.valueOf(75 + random.nextInt(20)) : null;
        Track track = new Track("t", "Track", null, null, list, List.of(new EvaluatorRequirement(EvaluatorKind.PEER, peers)),
                List.of(posts == null ? OutcomeUse.PROMOTION : OutcomeUse.APPOINTMENT), BigDecimal.valueOf(40 + random.nextInt(30)), excellent, posts);
        CycleId id = CycleId.random();
        List<CycleEvent> events = new ArrayList<>();
        events.add(new CycleOpened(id, SchemeId.random(), 1, "centre", "2026", null, List.of(track), AT, null, null));
        Map<DossierId, List<List<Integer>>> marks = new HashMap<>();
        List<DossierId> order = new ArrayList<>();
        int dossiers = 1 + random.nextInt(12);
        for (int d = 0; d < dossiers; d++) {
            DossierId dossier = DossierId.random();
            order.add(dossier);
            events.add(new DossierSubmitted(id, dossier, new ResearcherId(UUID.randomUUID()), "centre", "t", track.uses().get(0), List.of(), AT));
            List<List<Integer>> sheets = new ArrayList<>();
            for (int p = 0; p < peers; p++) {
                String peer = "peer-" + p;
                events.add(new EvaluatorAssigned(id, dossier, peer, EvaluatorKind.PEER, AT));
                List<Integer> sheet = new ArrayList<>();
                List<IndicatorScore> scores = new ArrayList<>();
                for (int i = 0; i < indicators; i++) {
                    int mark = random.nextInt(11);
                    sheet.add(mark);
                    scores.add(new IndicatorScore("i" + i, BigDecimal.valueOf(mark)));
                }
                sheets.add(sheet);
                events.add(new ScoresRecorded(id, dossier, peer, scores, AT));
            }
            marks.put(dossier, sheets);
        }
        Cycle state = DECIDER.initialState();
        for (CycleEvent e : events) {
            state = DECIDER.evolve(state, e);
        }
        events.addAll(DECIDER.decide(new ConcludeCycle(false, Map.of(), null, AT.plusSeconds(60)), state));
        return new Generated(events, track, marks, order);
    }

    /** {@code n} whole tenths adding up to 10 (weights adding up to 1), each at least one tenth. */
    static int[] split(Random random, int n) {
        int[] parts = new int[n];
        int left = 10 - n;
        for (int i = 0; i < n - 1; i++) {
            int extra = random.nextInt(left + 1);
            parts[i] = 1 + extra;
            left -= extra;
        }
        parts[n - 1] = 1 + left;
        return parts;
    }

    @Test
    void the_weights_as_recorded_give_back_every_recorded_event() {
        long seed0 = Long.getLong("replay.seed", System.nanoTime());
        for (int i = 0; i < CYCLES; i++) {
            long seed = seed0 + i;
            Generated g = generate(new Random(seed));
            CycleReplay.Replayed replayed = CycleReplay.replay(g.events(), WeightsTried.AS_RECORDED);
            assertThat(replayed.simulatedEvents()).as("seed %d (-Dreplay.seed=%d)", seed, seed).isEqualTo(g.events());
        }
    }

    @Test
    void other_weights_give_each_dossier_the_total_and_standing_the_oracle_computes() {
        long seed0 = Long.getLong("replay.seed", System.nanoTime());
        int moved = 0;
        for (int i = 0; i < CYCLES; i++) {
            long seed = seed0 + i;
            Random random = new Random(seed);
            Generated g = generate(random);
            int[] parts = split(random, g.track().indicators().size());
            Map<String, BigDecimal> weights = new HashMap<>();
            for (int k = 0; k < parts.length; k++) {
                weights.put("i" + k, BigDecimal.valueOf(parts[k], 1));
            }
            CycleReplay.Replayed replayed = CycleReplay.replay(g.events(), new WeightsTried(List.of(new WeightsTried.TrackWeights("t", weights))));
            Map<DossierId, BigDecimal> expected = new HashMap<>();
            for (DossierId d : g.order()) {
                BigDecimal total = BigDecimal.ZERO;
                for (int k = 0; k < parts.length; k++) {
                    int sum = 0;
                    for (List<Integer> sheet : g.marks().get(d)) {
                        sum += sheet.get(k);
                    }
                    BigDecimal mean = BigDecimal.valueOf(sum * 10L).divide(BigDecimal.valueOf(g.marks().get(d).size()), 6, RoundingMode.HALF_UP);
                    total = total.add(mean.multiply(weights.get("i" + k)));
                }
                expected.put(d, total.setScale(2, RoundingMode.HALF_UP));
            }
            List<DossierId> ranking = new ArrayList<>(g.order());
            ranking.sort((a, b) -> expected.get(b).compareTo(expected.get(a)) != 0 ? expected.get(b).compareTo(expected.get(a))
                    : Integer.compare(g.order().indexOf(a), g.order().indexOf(b)));
            for (Map.Entry<Dossier, CycleReplay.Standing[]> e : replayed.standings().entrySet()) {
                DossierId d = e.getKey().id();
                CycleReplay.Standing simulated = e.getValue()[1];
                assertThat(simulated.total()).as("seed %d (-Dreplay.seed=%d)", seed, seed).isEqualByComparingTo(expected.get(d));
                assertThat(simulated.standing()).as("seed %d", seed).isEqualTo(ranking.indexOf(d) + 1);
                moved += simulated.standing().equals(e.getValue()[0].standing()) ? 0 : 1;
            }
        }
        assertThat(moved).as("other weights move dossiers in some cycles").isPositive();
    }
}
