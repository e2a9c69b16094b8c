package org.reformplatform.evaluation.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.reformplatform.evaluation.scheme.OutcomeUse;
import org.reformplatform.evaluation.scheme.SchemeId;
import org.reformplatform.evaluation.scheme.Track;
import org.reformplatform.evaluation.scheme.Tracks;

/**
 * A cycle replayed under other weights through the real {@code Cycle} decider; expectations by hand.
 * A competitive track with one post, delivery and quality weighed 0.5 each, one peer each (marks out
 * of 10). D1: 9 and 5 (70); D2: 6 and 9 (75); D3: 5 and 5 (50). Recorded: D2 first (passed, the
 * post), D1 second (not selected), D3 not passed. Under delivery 0.8, quality 0.2: D1 82, D2 66,
 * D3 50: D1 takes the post and rises one place (+12.00), D2 falls one (−9.00), D3 stays.
 */
class CycleReplayTest {

    static final Decider<Cycle, CycleCommand, CycleEvent> DECIDER = Cycle.TYPE.decider();
    static final CycleId ID = CycleId.random();
    static final Instant AT = Instant.parse("2026-04-01T00:00:00Z");
    static final Track APPLIED = new Track("applied", "Applied research", null, null,
            List.of(Tracks.score("delivery", "0.5"), Tracks.score("quality", "0.5")), List.of(new EvaluatorRequirement(EvaluatorKind.PEER, 1)),
            List.of(OutcomeUse.APPOINTMENT), new BigDecimal("60"), null, 1);
    static final DossierId D1 = DossierId.random();
    static final DossierId D2 = DossierId.random();
    static final DossierId D3 = DossierId.random();

    static List<CycleEvent> recorded() {
        List<CycleEvent> events = new ArrayList<>();
        events.add(new CycleOpened(ID, SchemeId.random(), 1, "centre", "2026", null, List.of(APPLIED), AT, null, null));
        dossier(events, D1, "9", "5");
        dossier(events, D2, "6", "9");
        dossier(events, D3, "5", "5");
        Cycle state = DECIDER.initialState();
        for (CycleEvent e : events) {
            state = DECIDER.evolve(state, e);
        }
        events.addAll(DECIDER.decide(new ConcludeCycle(false, Map.of(), null, AT.plusSeconds(3600)), state));
        return events;
    }

    static void dossier(List<CycleEvent> events, DossierId id, String delivery, String quality) {
        events.add(new DossierSubmitted(ID, id, new ResearcherId(UUID.randomUUID()), "centre", "applied", OutcomeUse.APPOINTMENT, List.of(), AT));
        String peer = "peer-" + id.value();
        events.add(new EvaluatorAssigned(ID, id, peer, EvaluatorKind.PEER, AT));
        events.add(new ScoresRecorded(ID, id, peer, List.of(new IndicatorScore("delivery", new BigDecimal(delivery)),
                new IndicatorScore("quality", new BigDecimal(quality))), AT));
    }

    static Map<DossierId, CycleReplay.Standing[]> byId(CycleReplay.Replayed replayed) {
        Map<DossierId, CycleReplay.Standing[]> rows = new java.util.HashMap<>();
        replayed.standings().forEach((Dossier d, CycleReplay.Standing[] s) -> rows.put(d.id(), s));
        return rows;
    }

    @Test
    void as_recorded_the_replay_gives_back_every_recorded_event() {
        List<CycleEvent> history = recorded();
        CycleReplay.Replayed replayed = CycleReplay.replay(history, WeightsTried.AS_RECORDED);
        assertThat(replayed.simulatedEvents()).isEqualTo(history);
        assertThat(replayed.refusals()).isEmpty();
        byId(replayed).values().forEach(s -> assertThat(s[1]).isEqualTo(s[0]));
    }

    @Test
    void weighing_delivery_more_gives_the_post_to_the_dossier_that_delivered_most() {
        WeightsTried tried = new WeightsTried(List.of(new WeightsTried.TrackWeights("applied",
                Map.of("delivery", new BigDecimal("0.8"), "quality", new BigDecimal("0.2")))));
        Map<DossierId, CycleReplay.Standing[]> rows = byId(CycleReplay.replay(recorded(), tried));
        assertThat(rows.get(D1)).containsExactly(new CycleReplay.Standing(new BigDecimal("70.00"), "NOT_SELECTED", 2, 2),
                new CycleReplay.Standing(new BigDecimal("82.00"), "PASSED", 1, 1));
        assertThat(rows.get(D2)).containsExactly(new CycleReplay.Standing(new BigDecimal("75.00"), "PASSED", 1, 1),
                new CycleReplay.Standing(new BigDecimal("66.00"), "NOT_SELECTED", 2, 2));
        assertThat(rows.get(D3)).containsExactly(new CycleReplay.Standing(new BigDecimal("50.00"), "NOT_PASSED", null, 3),
                new CycleReplay.Standing(new BigDecimal("50.00"), "NOT_PASSED", null, 3));

        RankingComparison report = (RankingComparison) RankingComparison.of(List.of(CycleReplay.replay(recorded(), tried)), 13).result();
        assertThat(report.moved()).isEqualTo(2);
        assertThat(report.changes()).extracting(r -> r.dossierId() + " " + r.placesUp() + " " + r.totalChange().toPlainString())
                .containsExactlyInAnyOrder(D1.value() + " 1 12.00", D2.value() + " -1 -9.00");
        assertThat(report.counts()).extracting(c -> c.outcome() + " " + c.recorded() + "->" + c.simulated())
                .containsExactly("NOT_PASSED 1->1", "NOT_SELECTED 1->1", "PASSED 1->1");
    }
}
