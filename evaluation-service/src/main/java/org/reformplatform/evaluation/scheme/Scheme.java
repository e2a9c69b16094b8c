package org.reformplatform.evaluation.scheme;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.reformplatform.evaluation.scheme.SchemeCommand.DefineScheme;
import org.reformplatform.evaluation.scheme.SchemeCommand.ReviseScheme;
import org.reformplatform.evaluation.scheme.SchemeEvent.SchemeDefined;
import org.reformplatform.evaluation.scheme.SchemeEvent.SchemeRevised;
import org.reformplatform.eventsourcing.domain.AggregateType;
import org.reformplatform.eventsourcing.domain.Decider;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * An institution's evaluation scheme (分类评价): its tracks, each with weighted indicators, the
 * evaluators it needs and the uses of its outcome. Every revision is a new version; all versions
 * are kept, because a cycle is evaluated by the version it opened with.
 */
public record Scheme(SchemeId id, String institution, String name, String description, List<SchemeVersion> versions) {

    public static final AggregateType<Scheme, SchemeCommand, SchemeEvent> TYPE = new AggregateType<>("EvaluationScheme", new Lifecycle());

    public static final Scheme NONE = new Scheme(null, null, null, null, List.of());

    public boolean exists() {
        return !versions.isEmpty();
    }

    public SchemeVersion current() {
        return versions.get(versions.size() - 1);
    }

    public Optional<SchemeVersion> version(int number) {
        return number < 1 || number > versions.size() ? Optional.empty() : Optional.of(versions.get(number - 1));
    }

    static final class Lifecycle implements Decider<Scheme, SchemeCommand, SchemeEvent> {

        @Override
        public Scheme initialState() {
            return NONE;
        }

        @Override
        public List<SchemeEvent> decide(SchemeCommand command, Scheme state) {
            if (command instanceof DefineScheme define) {
                require(!state.exists(), () -> RuleViolation.conflict("scheme-exists", "The scheme exists already"));
                TrackRules.validate(define.tracks());
                return List.of(new SchemeDefined(define.id(), define.institution(), define.name(), define.description(), 1,
                        List.copyOf(define.tracks()), define.at()));
            }
            require(state.exists(), () -> RuleViolation.notFound("unknown-scheme", "There is no such scheme"));
            if (command instanceof ReviseScheme revise) {
                TrackRules.validate(revise.tracks());
                if (revise.tracks().equals(state.current().tracks())) {
                    return List.of();
                }
                return List.of(new SchemeRevised(state.id, state.institution, state.versions.size() + 1, List.copyOf(revise.tracks()),
                        revise.note(), revise.at()));
            }
            throw new IllegalArgumentException("unknown command " + command);
        }

        @Override
        public Scheme evolve(Scheme state, SchemeEvent event) {
            if (event instanceof SchemeDefined d) {
                return new Scheme(d.schemeId(), d.institution(), d.name(), d.description(),
                        List.of(new SchemeVersion(1, d.tracks(), null, d.definedAt())));
            }
            if (event instanceof SchemeRevised r) {
                List<SchemeVersion> versions = new ArrayList<>(state.versions);
                versions.add(new SchemeVersion(r.version(), r.tracks(), r.note(), r.revisedAt()));
                return new Scheme(state.id, state.institution, state.name, state.description, List.copyOf(versions));
            }
            return state;
        }
    }
}
