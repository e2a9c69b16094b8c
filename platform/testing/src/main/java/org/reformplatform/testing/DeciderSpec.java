package org.reformplatform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
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
 */
public final class DeciderSpec<S, C, E> {

    private final Supplier<S> initialState;
    private final BiFunction<C, S, List<E>> decide;
    private final BiFunction<S, E, S> evolve;

    private DeciderSpec(Supplier<S> initialState, BiFunction<C, S, List<E>> decide, BiFunction<S, E, S> evolve) {
        this.initialState = initialState;
        this.decide = decide;
        this.evolve = evolve;
    }

    public static <S, C, E> DeciderSpec<S, C, E> of(Supplier<S> initialState, BiFunction<C, S, List<E>> decide, BiFunction<S, E, S> evolve) {
        return new DeciderSpec<>(initialState, decide, evolve);
    }

    @SafeVarargs
    public final Given given(E... history) {
        S state = initialState.get();
        for (E event : history) {
            state = evolve.apply(state, event);
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
            return decide.apply(command, state);
        }

        @SafeVarargs
        public final void then(E... expected) {
            assertThat(events()).containsExactlyElementsOf(Arrays.asList(expected));
        }

        /** The command is refused with the given exception type, which is returned for further checks. */
        public <X extends Throwable> X thenRefused(Class<X> type) {
            X refusal = catchThrowableOfType(type, () -> decide.apply(command, state));
            assertThat(refusal).as("expected %s to be refused with %s", command, type.getSimpleName()).isNotNull();
            return refusal;
        }
    }
}
