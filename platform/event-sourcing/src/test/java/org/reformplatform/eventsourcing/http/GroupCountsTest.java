package org.reformplatform.eventsourcing.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.sample.ForeignThing;

/** Group counts against the sample read model in PostgreSQL: the database groups, counts and pages. */
@QuarkusTest
class GroupCountsTest {

    record Named(String subject, String name, long things) {
    }

    record Tallied(String subject, long things, long named) {
    }

    private static final GroupCounts BY_SUBJECT_AND_NAME = new GroupCounts(ForeignThing.class, "subject, name");

    private static final GroupCounts BY_SUBJECT = new GroupCounts(ForeignThing.class, "subject", "count(*), sum(case when name = :name then 1 else 0 end)",
            Map.of("name", "b"));

    /** This test's rows only (the table is shared with the other tests of the module). */
    private String prefix;

    @BeforeEach
    void things() {
        prefix = UUID.randomUUID() + "/";
        QuarkusTransaction.requiringNew().run(() -> {
            thing("2", "a");
            thing("1", "b");
            thing("1", "a");
            thing("3", "b");
            thing("1", "b");
            thing("2", "a");
        });
    }

    @Test
    void groups_come_in_the_order_of_their_fields_one_page_at_a_time() {
        Page<Named> first = named(ownRows(), PageRequest.of(0, 3));
        Page<Named> second = named(ownRows(), PageRequest.of(1, 3));

        assertThat(first.items()).containsExactly(new Named(prefix + "1", "a", 1), new Named(prefix + "1", "b", 2),
                new Named(prefix + "2", "a", 2));
        assertThat(second.items()).containsExactly(new Named(prefix + "3", "b", 1));
        assertThat(first.totalItems()).as("groups, not rows").isEqualTo(4);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void only_the_rows_the_filter_selects_are_counted() {
        Page<Named> page = named(ownRows().equal("name", "b"), PageRequest.of(0, 10));

        assertThat(page.items()).containsExactly(new Named(prefix + "1", "b", 2), new Named(prefix + "3", "b", 1));
        assertThat(page.totalItems()).isEqualTo(2);
    }

    @Test
    void counts_may_use_parameters_of_their_own_beside_the_filter() {
        Page<Tallied> page = QuarkusTransaction.requiringNew().call(() -> BY_SUBJECT.page(ownRows(), PageRequest.of(0, 10),
                r -> new Tallied((String) r[0], (Long) r[1], ((Number) r[2]).longValue())));

        assertThat(page.items()).containsExactly(new Tallied(prefix + "1", 3, 2), new Tallied(prefix + "2", 2, 0),
                new Tallied(prefix + "3", 1, 1));
    }

    @Test
    void a_page_past_the_last_group_is_empty_but_still_counts_them() {
        Page<Named> page = named(ownRows(), PageRequest.of(5, 3));

        assertThat(page.items()).isEmpty();
        assertThat(page.totalItems()).isEqualTo(4);
    }

    private ListFilter ownRows() {
        return ListFilter.all().where("subject like :prefix", "prefix", prefix + "%");
    }

    private static Page<Named> named(ListFilter filter, PageRequest paging) {
        return QuarkusTransaction.requiringNew().call(() -> BY_SUBJECT_AND_NAME.page(filter, paging,
                r -> new Named((String) r[0], (String) r[1], (Long) r[2])));
    }

    private void thing(String subject, String name) {
        ForeignThing thing = new ForeignThing();
        thing.subject = prefix + subject;
        thing.name = name;
        thing.persist();
    }
}
