package org.reformplatform.eventsourcing.sample;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.sample.TallyEvent.TallyIncremented;
import org.reformplatform.eventsourcing.store.RecordedEvent;

/**
 * A second sample read model, written in plain JDBC: the notes of each tally's increments in the
 * order applied. It takes the increments {@link TallyTotals} refuses, so the tests see that one
 * projection's refusal is dead-lettered for it alone while the other applies the same event.
 */
@ApplicationScoped
public class TallyNotes implements Projection {

    @Inject
    AgroalDataSource dataSource;

    @Override
    public String name() {
        return "tally-notes";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(TallyIncremented.class);
    }

    @Override
    public List<String> tables() {
        return List.of("tally_notes");
    }

    @Override
    public void apply(RecordedEvent<?> event) {
        TallyIncremented incremented = (TallyIncremented) event.event();
        try (Connection c = dataSource.getConnection();
             PreparedStatement upsert = c.prepareStatement("INSERT INTO tally_notes (stream_id, increments, notes) VALUES (?, 1, ?) "
                     + "ON CONFLICT (stream_id) DO UPDATE SET increments = tally_notes.increments + 1, "
                     + "notes = tally_notes.notes || EXCLUDED.notes")) {
            upsert.setString(1, event.streamId());
            upsert.setString(2, incremented.note() + ";");
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
