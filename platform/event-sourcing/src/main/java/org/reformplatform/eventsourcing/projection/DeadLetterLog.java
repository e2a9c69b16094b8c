package org.reformplatform.eventsourcing.projection;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.messaging.CloudEventCodec;
import org.reformplatform.eventsourcing.store.EventStore.StoreFailure;

/**
 * The {@code dead_letters} table: one row per refusal, written in the transaction that passes the
 * refused event over, so the work list and the consumer's progress never disagree.
 */
@ApplicationScoped
public class DeadLetterLog {

    /** What operators see of a letter; the record itself only in {@link #record}. */
    public record Letter(UUID id, String consumer, UUID eventId, String eventType, String subject, String topic, int partition,
            long offset, String reason, String exception, Instant letteredAt, String status, Instant resolvedAt, String resolvedBy,
            String resolution) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    /**
     * The id a refused record is known by: its event id, or (for a record that is not a readable
     * event) one derived from where it is, so that reading it again does not letter it twice.
     */
    public static UUID eventIdOf(ConsumerRecord<String, byte[]> record) {
        UUID id = CloudEventCodec.idOf(record);
        return id != null ? id
                : UUID.nameUUIDFromBytes((record.topic() + "/" + record.partition() + "/" + record.offset()).getBytes(StandardCharsets.UTF_8));
    }

    static UUID letterId(String consumer, UUID eventId) {
        return UUID.nameUUIDFromBytes((consumer + "/" + eventId).getBytes(StandardCharsets.UTF_8));
    }

    /** Adds the letter; a refusal of an event that was replayed before opens its letter again. */
    void record(ConsumerRecord<String, byte[]> refused, String consumer, String reason, String exception) {
        UUID eventId = eventIdOf(refused);
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : refused.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO dead_letters (id, consumer, event_id, event_type, subject, topic, "
                     + "kafka_partition, kafka_offset, record_key, record_value, headers, reason, exception, lettered_at) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?) ON CONFLICT (consumer, event_id) DO UPDATE SET "
                     + "reason = EXCLUDED.reason, exception = EXCLUDED.exception, lettered_at = EXCLUDED.lettered_at, status = 'OPEN', "
                     + "resolved_at = NULL, resolved_by = NULL, resolution = NULL")) {
            insert.setObject(1, letterId(consumer, eventId));
            insert.setString(2, consumer);
            insert.setObject(3, eventId);
            insert.setString(4, headers.get("ce_type"));
            insert.setString(5, headers.get("ce_subject"));
            insert.setString(6, refused.topic());
            insert.setInt(7, refused.partition());
            insert.setLong(8, refused.offset());
            insert.setString(9, refused.key());
            insert.setBytes(10, refused.value());
            insert.setString(11, mapper.writeValueAsString(headers));
            insert.setString(12, reason);
            insert.setString(13, exception);
            insert.setTimestamp(14, Timestamp.from(clock.instant()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreFailure("recording a dead letter failed", e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Page<Letter> page(Optional<String> consumer, Optional<String> status, int page, int size) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder("WHERE true");
        consumer.ifPresent(name -> {
            where.append(" AND consumer = ?");
            parameters.add(name);
        });
        status.ifPresent(s -> {
            where.append(" AND status = ?");
            parameters.add(s);
        });
        List<Letter> letters = query(where + " ORDER BY lettered_at, id LIMIT " + size + " OFFSET " + ((long) page * size), parameters);
        return Page.of(letters, page, size, count(where.toString(), parameters));
    }

    public Optional<Letter> find(UUID id) {
        return query("WHERE id = ?", List.of(id)).stream().findFirst();
    }

    /** Open letters, oldest first, of one consumer or of all. */
    List<Letter> open(Optional<String> consumer) {
        return consumer.map(name -> query("WHERE status = 'OPEN' AND consumer = ? ORDER BY lettered_at, id", List.<Object>of(name)))
                .orElseGet(() -> query("WHERE status = 'OPEN' ORDER BY lettered_at, id", List.of()));
    }

    /** The refused record as it was delivered, to hand to its consumer again. */
    ConsumerRecord<String, byte[]> record(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT topic, kafka_partition, kafka_offset, record_key, record_value, headers::text "
                     + "FROM dead_letters WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no dead letter " + id);
                }
                ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getString(4),
                        rs.getBytes(5));
                Map<String, String> headers = mapper.readValue(rs.getString(6), new TypeReference<LinkedHashMap<String, String>>() { });
                headers.forEach((name, value) -> record.headers().add(name, value == null ? null : value.getBytes(StandardCharsets.UTF_8)));
                return record;
            }
        } catch (SQLException e) {
            throw new StoreFailure("reading a dead letter failed", e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closes an open letter; false if it was not open any more (another operator got there first). */
    boolean resolve(UUID id, String status, String by, String resolution) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE dead_letters SET status = ?, resolved_at = ?, resolved_by = ?, resolution = ? "
                     + "WHERE id = ? AND status = 'OPEN'")) {
            update.setString(1, status);
            update.setTimestamp(2, Timestamp.from(clock.instant()));
            update.setString(3, by);
            update.setString(4, resolution);
            update.setObject(5, id);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreFailure("resolving a dead letter failed", e);
        }
    }

    /** How many letters are open: the gauge operators alert on. */
    public long openCount() {
        return count("WHERE status = 'OPEN'", List.of());
    }

    private List<Letter> query(String tail, List<Object> parameters) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT id, consumer, event_id, event_type, subject, topic, kafka_partition, "
                     + "kafka_offset, reason, exception, lettered_at, status, resolved_at, resolved_by, resolution FROM dead_letters " + tail)) {
            bind(select, parameters);
            List<Letter> letters = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    letters.add(new Letter(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getInt(7), rs.getLong(8), rs.getString(9), rs.getString(10),
                            rs.getTimestamp(11).toInstant(), rs.getString(12), instant(rs.getTimestamp(13)), rs.getString(14), rs.getString(15)));
                }
            }
            return letters;
        } catch (SQLException e) {
            throw new StoreFailure("reading dead letters failed", e);
        }
    }

    private long count(String where, List<Object> parameters) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT count(*) FROM dead_letters " + where)) {
            bind(select, parameters);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreFailure("counting dead letters failed", e);
        }
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
