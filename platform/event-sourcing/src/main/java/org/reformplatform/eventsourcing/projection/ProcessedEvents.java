package org.reformplatform.eventsourcing.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;

import org.reformplatform.eventsourcing.store.EventStore.StoreFailure;

/**
 * Which events of other services a handler has taken, by id: the record that makes redelivery
 * harmless for handlers (projections of the service's own events keep stream cursors instead), and
 * of records dead-lettered because they are not readable events at all.
 */
@ApplicationScoped
public class ProcessedEvents {

    @Inject
    AgroalDataSource dataSource;

    /** Records the events as processed and returns those that were not already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> claim(String projection, Collection<UUID> eventIds, String outcome) {
        Set<UUID> fresh = new HashSet<>();
        if (eventIds.isEmpty()) {
            return fresh;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO processed_events (projection, event_id, outcome) "
                     + "SELECT ?, unnest(?::uuid[]), ? ON CONFLICT DO NOTHING RETURNING event_id")) {
            insert.setString(1, projection);
            insert.setArray(2, c.createArrayOf("uuid", eventIds.toArray()));
            insert.setString(3, outcome);
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    fresh.add(rs.getObject(1, UUID.class));
                }
            }
            return fresh;
        } catch (SQLException e) {
            throw new StoreFailure("recording processed events failed", e);
        }
    }

    /** Forgets that an event was taken with the given outcome, so that it can be taken again (a dead letter replayed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(String projection, UUID eventId, String outcome) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM processed_events WHERE projection = ? AND event_id = ? AND outcome = ?")) {
            delete.setString(1, projection);
            delete.setObject(2, eventId);
            delete.setString(3, outcome);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new StoreFailure("forgetting a processed event failed", e);
        }
    }
}
