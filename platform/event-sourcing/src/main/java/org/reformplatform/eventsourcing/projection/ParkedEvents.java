package org.reformplatform.eventsourcing.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;

import org.reformplatform.eventsourcing.messaging.CloudEvent;
import org.reformplatform.eventsourcing.store.EventCodec;
import org.reformplatform.eventsourcing.store.EventStore.StoreFailure;

/**
 * Events from other services that arrived before the fact they refer to (a venture's funding round
 * before the arrangement of its founder, say). A handler parks such an event under a key naming
 * the missing fact; whoever records that fact releases the key, in the same transaction, and
 * handles what was waiting. Nothing is dropped and nothing depends on arrival order.
 */
@ApplicationScoped
public class ParkedEvents {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    EventCodec codec;


    @Transactional(Transactional.TxType.MANDATORY)
    public void park(String consumer, String key, ForeignEvent event) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO parked_events (consumer, park_key, event_id, envelope, data) "
                     + "VALUES (?, ?, ?, ?::jsonb, ?) ON CONFLICT DO NOTHING")) {
            CloudEvent e = event.envelope();
            insert.setString(1, consumer);
            insert.setString(2, key);
            insert.setObject(3, e.id());
            insert.setString(4, mapper.writeValueAsString(withoutData(e)));
            insert.setString(5, e.dataAsString());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreFailure("parking an event failed", e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes and returns what was parked under the key, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ForeignEvent> release(String consumer, String key) {
        List<ForeignEvent> released = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM parked_events WHERE consumer = ? AND park_key = ? "
                     + "RETURNING envelope::text, data, seq")) {
            delete.setString(1, consumer);
            delete.setString(2, key);
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = delete.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)});
                }
            }
            rows.sort((a, b) -> Long.compare((Long) a[2], (Long) b[2]));
            for (Object[] row : rows) {
                CloudEvent envelope = mapper.readValue((String) row[0], CloudEvent.class);
                byte[] data = ((String) row[1]).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                CloudEvent full = new CloudEvent(envelope.id(), envelope.source(), envelope.type(), envelope.subject(), envelope.time(),
                        envelope.dataSchema(), envelope.streamType(), envelope.streamVersion(), envelope.position(),
                        envelope.correlationId(), envelope.causationId(), envelope.organisation(), envelope.traceparent(), data);
                released.add(new ForeignEvent(full, codec.mapper().readTree(data), codec.mapper()));
            }
            return released;
        } catch (SQLException e) {
            throw new StoreFailure("releasing parked events failed", e);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a parked event is unreadable", e);
        }
    }

    private static CloudEvent withoutData(CloudEvent e) {
        return new CloudEvent(e.id(), e.source(), e.type(), e.subject(), e.time(), e.dataSchema(), e.streamType(), e.streamVersion(),
                e.position(), e.correlationId(), e.causationId(), e.organisation(), e.traceparent(), new byte[0]);
    }
}
