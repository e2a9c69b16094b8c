package org.reformplatform.eventsourcing.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.store.StreamRef;

/** The cache of folded states never takes back a state folded before it was cleared (an erasure clears it). */
class StateCacheTest {

    final StreamRef stream = new StreamRef("Application", "a-1");

    @Test
    void a_state_folded_before_a_clear_and_offered_after_it_is_not_kept() {
        StateCache cache = new StateCache(10);
        long before = cache.generation();
        cache.put(stream, new Loaded<>("Ada Lovelace", 1), before);
        assertThat(cache.<String>get(stream).state()).isEqualTo("Ada Lovelace");

        long loadBegan = cache.generation();
        cache.clear();   // an erasure committed while the load was folding
        cache.put(stream, new Loaded<>("Ada Lovelace", 2), loadBegan);
        assertThat(cache.<String>get(stream)).isNull();

        cache.put(stream, new Loaded<>("[erased]", 2), cache.generation());
        assertThat(cache.<String>get(stream).state()).isEqualTo("[erased]");
    }

    @Test
    void a_later_state_is_kept_and_an_earlier_one_does_not_replace_it() {
        StateCache cache = new StateCache(10);
        cache.put(stream, new Loaded<>("v2", 2), cache.generation());
        cache.put(stream, new Loaded<>("v1", 1), cache.generation());
        assertThat(cache.<String>get(stream).state()).isEqualTo("v2");
    }
}
