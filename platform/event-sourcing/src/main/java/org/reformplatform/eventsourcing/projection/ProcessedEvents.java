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

/** Which events a projection has applied: the record that makes redelivery harmless. */
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

    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(String projection) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM processed_events WHERE projection = ?")) {
            delete.setString(1, projection);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new StoreFailure("forgetting processed events failed", e);
        }
    }
}
