package org.reformplatform.evaluation.pilot;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reformplatform.evaluation.pilot.PilotCommand.JoinPilot;
import org.reformplatform.evaluation.pilot.PilotCommand.LaunchPilot;
import org.reformplatform.evaluation.pilot.PilotCommand.RecordMeasure;
import org.reformplatform.evaluation.pilot.PilotEvent.InstitutionJoinedPilot;
import org.reformplatform.evaluation.pilot.PilotEvent.PilotLaunched;
import org.reformplatform.evaluation.pilot.PilotEvent.PilotMeasureRecorded;
import org.reformplatform.eventsourcing.domain.AggregateType;
import org.reformplatform.eventsourcing.domain.Decider;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * The talent-evaluation reform pilot (科技人才评价综合改革试点): the institutions that joined it
 * and the measures each adopted. Its headline figures are counted from these events and from the
 * dossiers of cycles opened under it, never stated.
 */
public record Pilot(PilotId id, String name, String description, Map<String, String> members, Set<String> measures) {

    public static final AggregateType<Pilot, PilotCommand, PilotEvent> TYPE = new AggregateType<>("EvaluationPilot", new Lifecycle());

    public static final Pilot NONE = new Pilot(null, null, null, Map.of(), Set.of());

    public boolean exists() {
        return id != null;
    }

    public boolean isMember(String institution) {
        return members.containsKey(institution);
    }

    static final class Lifecycle implements Decider<Pilot, PilotCommand, PilotEvent> {

        @Override
        public Pilot initialState() {
            return NONE;
        }

        @Override
        public List<PilotEvent> decide(PilotCommand command, Pilot state) {
            if (command instanceof LaunchPilot launch) {
                require(!state.exists(), () -> RuleViolation.conflict("pilot-exists", "The pilot exists already"));
                return List.of(new PilotLaunched(launch.id(), launch.name(), launch.description(), launch.at()));
            }
            require(state.exists(), () -> RuleViolation.notFound("unknown-pilot", "There is no such pilot"));
            if (command instanceof JoinPilot join) {
                require(!state.isMember(join.institution()), () -> RuleViolation.conflict("already-in-pilot",
                        join.institution() + " has joined the pilot already").with("institution", join.institution()));
                return List.of(new InstitutionJoinedPilot(state.id, join.institution(), join.institutionName(), join.kind(), join.at()));
            }
            if (command instanceof RecordMeasure measure) {
                require(state.isMember(measure.institution()), () -> RuleViolation.invalid("not-in-pilot",
                        measure.institution() + " has not joined the pilot").with("institution", measure.institution()));
                require(!state.measures.contains(measure.code()), () -> RuleViolation.conflict("measure-exists",
                        "A measure " + measure.code() + " is recorded already").with("measureCode", measure.code()));
                return List.of(new PilotMeasureRecorded(state.id, measure.institution(), measure.code(), measure.title(), measure.dimension(),
                        measure.at()));
            }
            throw new IllegalArgumentException("unknown command " + command);
        }

        @Override
        public Pilot evolve(Pilot state, PilotEvent event) {
            if (event instanceof PilotLaunched l) {
                return new Pilot(l.pilotId(), l.name(), l.description(), Map.of(), Set.of());
            }
            if (event instanceof InstitutionJoinedPilot j) {
                Map<String, String> members = new LinkedHashMap<>(state.members);
                members.put(j.institution(), j.institutionName());
                return new Pilot(state.id, state.name, state.description, members, state.measures);
            }
            if (event instanceof PilotMeasureRecorded m) {
                Set<String> measures = new HashSet<>(state.measures);
                measures.add(m.measureCode());
                return new Pilot(state.id, state.name, state.description, state.members, measures);
            }
            return state;
        }
    }
}
