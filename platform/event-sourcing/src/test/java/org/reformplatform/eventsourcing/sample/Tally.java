package org.reformplatform.eventsourcing.sample;

import java.util.List;

import org.reformplatform.eventsourcing.domain.Decider;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.domain.Rules;
import org.reformplatform.eventsourcing.sample.TallyEvent.TallyIncremented;
import org.reformplatform.eventsourcing.sample.TallyEvent.TallyOpened;

public record Tally(TallyId id, String organisation, int total, int limit) {

    public static final String STREAM_TYPE = "Tally";

    public sealed interface Command {
    }

    public record Open(TallyId id, String owner, String organisation, int limit) implements Command {
    }

    public record Increment(int by, String note) implements Command {
    }

    public boolean exists() {
        return id != null;
    }

    public static final Decider<Tally, Command, TallyEvent> DECIDER = new Decider<>() {
        @Override
        public Tally initialState() {
            return new Tally(null, null, 0, 0);
        }

        @Override
        public List<TallyEvent> decide(Command command, Tally state) {
            if (command instanceof Open open) {
                Rules.require(!state.exists(), () -> RuleViolation.conflict("tally-exists", "The tally exists already"));
                return List.of(new TallyOpened(open.id(), open.owner(), open.organisation(), open.limit()));
            }
            if (command instanceof Increment increment) {
                Rules.require(state.exists(), () -> RuleViolation.notFound("unknown-tally", "No such tally"));
                Rules.require(state.total() + increment.by() <= state.limit(),
                        () -> RuleViolation.conflict("tally-limit-reached", "The tally would pass its limit").with("limit", state.limit()));
                return List.of(new TallyIncremented(state.id(), increment.by(), increment.note()));
            }
            throw new IllegalArgumentException("unknown command " + command);
        }

        @Override
        public Tally evolve(Tally state, TallyEvent event) {
            if (event instanceof TallyOpened opened) {
                return new Tally(opened.id(), opened.organisation(), 0, opened.limit());
            }
            if (event instanceof TallyIncremented incremented) {
                return new Tally(state.id(), state.organisation(), state.total() + incremented.by(), state.limit());
            }
            return state;
        }
    };
}
