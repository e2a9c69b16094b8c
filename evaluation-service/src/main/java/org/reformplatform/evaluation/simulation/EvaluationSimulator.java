package org.reformplatform.evaluation.simulation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.simulation.History;
import org.reformplatform.eventsourcing.simulation.Progress;
import org.reformplatform.eventsourcing.simulation.SimulationReport;
import org.reformplatform.eventsourcing.simulation.Simulator;
import org.reformplatform.evaluation.cycle.Cycle;
import org.reformplatform.evaluation.cycle.CycleEvent;
import org.reformplatform.evaluation.cycle.CycleId;
import org.reformplatform.evaluation.scheme.Indicator;
import org.reformplatform.evaluation.scheme.Track;

/**
 * Evaluation's simulator, scope kind {@value #KIND}: the dossiers of one or more evaluation cycles
 * scored again under other indicator weights for some of their tracks. Reads the request into an
 * exact plan (each track's every weight written out), then replays each cycle with {@link CycleReplay}.
 *
 * <pre>
 * scope:  {"cycleIds": ["..."]}
 * policy: {"tracks": [{"track": "teaching", "weights": {"teaching-quality": "0.5", "research-output": "0.5"}}]}
 * </pre>
 */
@ApplicationScoped
public class EvaluationSimulator implements Simulator {

    public static final String KIND = "evaluation-cycles";

    @Inject
    ObjectMapper mapper;

    @Inject
    Aggregates aggregates;

    @Override
    public String scopeKind() {
        return KIND;
    }

    @Override
    public Plan plan(JsonNode scope, JsonNode policy, boolean reproduction) {
        CycleScope fixed = CycleScope.read(scope, mapper);
        if (reproduction) {
            return Plan.reproduction(mapper.valueToTree(fixed));
        }
        List<Cycle> cycles = fixed.cycleIds().stream().map(id -> aggregates.load(Cycle.TYPE, new CycleId(id)).state()).toList();
        return new Plan(mapper.valueToTree(fixed), mapper.valueToTree(weightsTried(policy, cycles)));
    }

    /** Each track named, with a weight for each of its indicators (as in the cycles of the scope) adding up to exactly 1. */
    static WeightsTried weightsTried(JsonNode policy, List<Cycle> cycles) {
        if (policy == null || !policy.isObject() || !policy.path("tracks").isArray() || policy.path("tracks").isEmpty()) {
            throw RuleViolation.invalid("policy-required", "Name the weights to try: {\"tracks\": [{\"track\": ..., \"weights\": {indicator: weight}}]}");
        }
        for (Iterator<String> names = policy.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!name.equals("tracks")) {
                throw RuleViolation.invalid("unknown-policy-field", "A policy tried names tracks, not " + name).with("field", name);
            }
        }
        List<WeightsTried.TrackWeights> tried = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (JsonNode t : policy.get("tracks")) {
            String code = t.path("track").asText(null);
            Track track = cycles.stream().map(c -> c.track(code)).flatMap(Optional::stream).findFirst()
                    .orElseThrow(() -> RuleViolation.invalid("unknown-track", "No cycle of the scope has a track " + code).with("track", String.valueOf(code)));
            if (!named.add(code)) {
                throw RuleViolation.invalid("duplicate-track", "Track " + code + " is named twice").with("track", code);
            }
            JsonNode given = t.path("weights");
            if (!given.isObject()) {
                throw RuleViolation.invalid("weights-required", "Give the track's weights: {indicator: weight}").with("track", code);
            }
            Map<String, BigDecimal> weights = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> w = it.next();
                if (track.indicator(w.getKey()).isEmpty()) {
                    throw RuleViolation.invalid("unknown-indicator", "Track " + code + " has no indicator " + w.getKey()).with("track", code)
                            .with("indicator", w.getKey());
                }
                BigDecimal weight;
                try {
                    weight = new BigDecimal(w.getValue().isNumber() || w.getValue().isTextual() ? w.getValue().asText() : "x");
                } catch (NumberFormatException e) {
                    throw RuleViolation.invalid("weight-out-of-range", "A weight is a decimal from 0 to 1").with("indicator", w.getKey());
                }
                if (weight.signum() < 0 || weight.compareTo(BigDecimal.ONE) > 0) {
                    throw RuleViolation.invalid("weight-out-of-range", "A weight is a decimal from 0 to 1").with("indicator", w.getKey());
                }
                weights.put(w.getKey(), weight);
            }
            Map<String, BigDecimal> full = new LinkedHashMap<>();
            for (Indicator i : track.indicators()) {
                full.put(i.code(), weights.getOrDefault(i.code(), i.weight()));
            }
            BigDecimal total = full.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.compareTo(BigDecimal.ONE) != 0) {
                throw RuleViolation.invalid("weights-not-one", "The weights of track " + code + " add up to " + total + ", not 1").with("track", code)
                        .with("weightTotal", total.toPlainString());
            }
            tried.add(new WeightsTried.TrackWeights(code, full));
        }
        return new WeightsTried(tried);
    }

    @Override
    public SimulationReport run(Plan plan, History history, Progress progress) {
        CycleScope scope = plan.scopeAs(mapper, CycleScope.class);
        WeightsTried weights = plan.isReproduction() ? WeightsTried.AS_RECORDED : plan.policyAs(mapper, WeightsTried.class);
        Set<String> types = Set.of(Cycle.TYPE.streamType());
        progress.total(history.count(types));
        Set<String> ids = new HashSet<>(scope.cycleIds().stream().map(UUID::toString).toList());
        Map<String, List<CycleEvent>> streams = new LinkedHashMap<>();
        long[] read = {0};
        history.forEach(types, recorded -> {
            read[0]++;
            progress.advance(1);
            if (ids.contains(recorded.streamId()) && recorded.event() instanceof CycleEvent event) {
                streams.computeIfAbsent(recorded.streamId(), k -> new ArrayList<>()).add(event);
            }
        });
        List<CycleReplay.Replayed> cycles = streams.values().stream().map(events -> CycleReplay.replay(events, weights)).toList();
        return RankingComparison.of(cycles, read[0]);
    }

    /** Which cycles. */
    public record CycleScope(List<UUID> cycleIds) {

        public CycleScope {
            cycleIds = cycleIds == null ? List.of() : List.copyOf(cycleIds);
        }

        static CycleScope read(JsonNode scope, ObjectMapper mapper) {
            CycleScope read = Simulator.readScope(scope, mapper, CycleScope.class, "Name the cycles: {\"cycleIds\": [...]}");
            if (read.cycleIds().isEmpty() || read.cycleIds().size() > 1000) {
                throw RuleViolation.invalid("scope-required", "Name from 1 to 1000 cycles: {\"cycleIds\": [...]}");
            }
            return read;
        }
    }
}
