package org.reformplatform.eventsourcing.conflict;

import java.util.List;
import java.util.Set;

import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.Panache;

import org.reformplatform.eventsourcing.domain.conflict.RelationCheck;
import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.store.RecordedEvent;

/**
 * The conflict-check read model every service that assigns judges keeps: every relation checked
 * before a reviewer or evaluator was assigned, and its outcome, one {@link RelationCheckRow} per
 * subject, checker and relation (the latest check stands). Inline: an operator who just assigned
 * someone reads what was checked at once.
 *
 * <p>A service subclasses it as an {@code @ApplicationScoped} bean, naming the event that carries the
 * checks, its row entity (whose {@code @Table} is the projection's one table), and how to read the
 * event ({@link #read}) and start a row ({@link #newRow}: with the service's own columns).
 *
 * @param <E> the service's event that records the checks
 * @param <R> the service's row entity
 */
public abstract class RelationChecksView<E, R extends RelationCheckRow> implements Projection {

    private final Class<E> event;
    private final String streamType;
    private final Class<R> rows;

    /** @param streamType the stream type of the aggregate that records the checks: the only appends taken inline */
    protected RelationChecksView(Class<E> event, String streamType, Class<R> rows) {
        this.event = event;
        this.streamType = streamType;
        this.rows = rows;
    }

    /** The checks the event records. */
    protected abstract RelationsChecked read(E checked);

    /** A new row for a relation the event is the first to check, with the service's own columns filled. */
    protected abstract R newRow(E checked);

    @Override
    public String name() {
        return "conflict-checks";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(event);
    }

    @Override
    public boolean inline() {
        return true;
    }

    @Override
    public Set<String> inlineStreamTypes() {
        return Set.of(streamType);
    }

    @Override
    public List<String> tables() {
        return List.of(rows.getAnnotation(Table.class).name());
    }

    @Override
    public void apply(RecordedEvent<?> recorded) {
        E checked = event.cast(recorded.event());
        RelationsChecked relations = read(checked);
        for (RelationCheck check : relations.checks()) {
            RelationCheckRow.Key key = new RelationCheckRow.Key(relations.subject(), relations.checker(), check.relation());
            R row = Panache.getEntityManager(rows).find(rows, key);
            if (row == null) {
                row = newRow(checked);
                row.identify(key);
                row.took(check, relations.checkedAt());
                row.persist();
            } else {
                row.took(check, relations.checkedAt());
            }
        }
    }
}
