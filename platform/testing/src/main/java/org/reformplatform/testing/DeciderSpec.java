package org.reformplatform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Given events, when a command, then events (or a refusal): the shape of every decider test.
 * Works on any decider's three functions, without a database or a framework.
 *
 * <pre>
 * spec.given(created, opened).when(submit).then(expectedEvent);
 * spec.given(created).when(submit).thenRefused(RuleViolation.class);
 * </pre>
 *
 * <p>A spec made {@link #covering} the decider's sealed command and event interfaces also records
 * which of their types the tests decided and evolved; {@link #assertCovered} (from the test class's
 * {@code @AfterAll}) then fails unless every command type was decided and every event type evolved
 * at least once. Java 17 cannot check a decider's {@code instanceof} chain for exhaustiveness as a
 * {@code switch} over a sealed type would (docs/architecture.md says why the build stays on 17);
 * this checks it by its specification instead.
 */
public final class DeciderSpec<S, C, E> {

    /** Which types of a decider's sealed command and event interfaces its specs have exercised. */
    private record Coverage(Class<?> commands, Class<?> events, Set<Class<?>> decided, Set<Class<?>> evolved) {
    }

    private static final Map<Class<?>, Coverage> COVERAGE = new ConcurrentHashMap<>();

    private final Supplier<S> initialState;
    private final BiFunction<C, S, List<E>> decide;
    private final BiFunction<S, E, S> evolve;
    private final Coverage coverage;

    private DeciderSpec(Supplier<S> initialState, BiFunction<C, S, List<E>> decide, BiFunction<S, E, S> evolve, Coverage coverage) {
        this.initialState = initialState;
        this.decide = decide;
        this.evolve = evolve;
        this.coverage = coverage;
    }

    public static <S, C, E> DeciderSpec<S, C, E> of(Supplier<S> initialState, BiFunction<C, S, List<E>> decide, BiFunction<S, E, S> evolve) {
        return new DeciderSpec<>(initialState, decide, evolve, null);
    }

    /** The same spec, recording coverage of the decider's sealed command and event interfaces. */
    public DeciderSpec<S, C, E> covering(Class<C> commands, Class<E> events) {
        requireSealed(commands);
        requireSealed(events);
        Coverage shared = COVERAGE.computeIfAbsent(commands,
                c -> new Coverage(commands, events, ConcurrentHashMap.newKeySet(), ConcurrentHashMap.newKeySet()));
        return new DeciderSpec<>(initialState, decide, evolve, shared);
    }

    /**
     * Fails unless the specs of the decider whose commands are {@code commands} decided every
     * command type and evolved every event type of its sealed interfaces at least once.
     */
    public static void assertCovered(Class<?> commands) {
        Coverage recorded = COVERAGE.get(commands);
        assertThat(recorded).as("no spec of %s was made covering(...)", commands.getSimpleName()).isNotNull();
        assertThat(recorded.decided()).as("command types of %s never decided by a spec", commands.getSimpleName())
                .containsAll(leaves(recorded.commands()));
        assertThat(recorded.evolved()).as("event types of %s never evolved by a spec (given or then)", recorded.events().getSimpleName())
                .containsAll(leaves(recorded.events()));
    }

    /** The concrete types a sealed hierarchy permits, however deep. */
    static Set<Class<?>> leaves(Class<?> sealed) {
        Set<Class<?>> leaves = new HashSet<>();
        if (!sealed.isSealed()) {
            leaves.add(sealed);
            return leaves;
        }
        for (Class<?> permitted : sealed.getPermittedSubclasses()) {
            leaves.addAll(leaves(permitted));
        }
        return leaves;
    }

    private static void requireSealed(Class<?> type) {
        if (!type.isSealed()) {
            throw new IllegalArgumentException(type.getName() + " is not a sealed interface: its types cannot be enumerated");
        }
    }

    private S evolve(S state, E event) {
        S next = evolve.apply(state, event);
        if (coverage != null) {
            coverage.evolved().add(event.getClass());
        }
        return next;
    }

    private List<E> decide(C command, S state) {
        List<E> events = decide.apply(command, state);
        if (coverage != null) {
            coverage.decided().add(command.getClass());
            // The events decided must evolve too: a type decide emits and evolve does not know is a bug.
            S after = state;
            for (E event : events) {
                after = evolve(after, event);
            }
        }
        return events;
    }

    @SafeVarargs
    public final Given given(E... history) {
        S state = initialState.get();
        for (E event : history) {
            state = evolve(state, event);
        }
        return new Given(state);
    }

    public final class Given {
        private final S state;

        private Given(S state) {
            this.state = state;
        }

        public S state() {
            return state;
        }

        public When when(C command) {
            return new When(state, command);
        }
    }

    public final class When {
        private final S state;
        private final C command;

        private When(S state, C command) {
            this.state = state;
            this.command = command;
        }

        /** The decision, for assertions that need more than equality. */
        public List<E> events() {
            return decide(command, state);
        }

        @SafeVarargs
        public final void then(E... expected) {
            assertThat(events()).containsExactlyElementsOf(Arrays.asList(expected));
        }

        /** The command is refused with the given exception type, which is returned for further checks. */
        public <X extends Throwable> X thenRefused(Class<X> type) {
            X refusal = catchThrowableOfType(type, () -> decide.apply(command, state));
            if (refusal != null && coverage != null) {
                coverage.decided().add(command.getClass());
            }
            assertThat(refusal).as("expected %s to be refused with %s", command, type.getSimpleName()).isNotNull();
            return refusal;
        }
    }
}
