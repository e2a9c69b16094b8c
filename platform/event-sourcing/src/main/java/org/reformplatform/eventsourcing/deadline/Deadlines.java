package org.reformplatform.eventsourcing.deadline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;

import org.reformplatform.eventsourcing.command.CommandMetadata;
import org.reformplatform.eventsourcing.domain.Id;
import org.reformplatform.eventsourcing.store.EventMetadata;

/**
 * Schedules and cancels deadlines in the caller's transaction, so that a deadline exists exactly
 * when the events that made it due are stored: a rolled-back command leaves none behind.
 */
@ApplicationScoped
public class Deadlines {

    /** A deadline as operators and partners see it. */
    public record DeadlineView(UUID id, String name, String streamId, String organisation, String subject, Instant dueAt, String status,
            Instant scheduledAt, Instant closedAt, String outcome, int attempts, String lastError) {
    }

    static final String COLUMNS = "id, name, stream_id, organisation, subject, due_at, status, scheduled_at, closed_at, outcome, attempts, last_error";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CommandMetadata metadata;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Inject
    DeadlineSignal signal;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * Schedules the deadline, or moves it when one of its name is already pending for the stream
     * (the clock paused and resumed, a term extended): its id stays, so does what it is known by.
     *
     * @return the deadline's id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID schedule(Deadline deadline) {
        EventMetadata cause = metadata.current();
        try (Connection c = dataSource.getConnection();
                PreparedStatement upsert = c.prepareStatement("INSERT INTO deadlines (id, name, stream_id, organisation, subject, due_at, "
                        + "payload, correlation_id, causation_id, scheduled_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (name, stream_id) WHERE status = 'PENDING' DO UPDATE SET due_at = EXCLUDED.due_at, "
                        + "payload = EXCLUDED.payload, subject = EXCLUDED.subject, organisation = EXCLUDED.organisation, "
                        + "correlation_id = EXCLUDED.correlation_id, causation_id = EXCLUDED.causation_id, "
                        + "attempts = 0, next_attempt_at = NULL, last_error = NULL RETURNING id")) {
            upsert.setObject(1, UUID.randomUUID());
            upsert.setString(2, deadline.name());
            upsert.setString(3, deadline.streamId());
            upsert.setString(4, deadline.organisation());
            upsert.setString(5, deadline.subject());
            upsert.setTimestamp(6, Timestamp.from(deadline.dueAt()));
            upsert.setString(7, json(deadline.payload()));
            upsert.setObject(8, cause.correlationId());
            upsert.setObject(9, cause.causationId());
            upsert.setTimestamp(10, Timestamp.from(clock.instant()));
            UUID id;
            try (ResultSet rs = upsert.executeQuery()) {
                rs.next();
                id = rs.getObject(1, UUID.class);
            }
            signal.scheduled(deadline.dueAt(), transactions);
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot schedule " + deadline.name() + " for " + deadline.streamId(), e);
        }
    }

    /**
     * Cancels the pending deadline of this name for the stream, if there is one: it will not fire.
     * A deadline that is firing at this very moment is passed over rather than waited for (waiting
     * could deadlock: the firing command waits for the stream this command appends to): its command
     * then runs after this one and finds the world moved on, and the deadline closes as refused.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean cancel(String name, Id stream, String reason) {
        return cancel(name, stream.streamId(), reason);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean cancel(String name, String streamId, String reason) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("UPDATE deadlines SET status = 'CANCELLED', closed_at = ?, outcome = ? "
                        + "WHERE id IN (SELECT id FROM deadlines WHERE name = ? AND stream_id = ? AND status = 'PENDING' "
                        + "FOR UPDATE SKIP LOCKED)")) {
            update.setTimestamp(1, Timestamp.from(clock.instant()));
            update.setString(2, reason);
            update.setString(3, name);
            update.setString(4, streamId);
            return update.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot cancel " + name + " for " + streamId, e);
        }
    }

    /** The pending deadline of this name for the stream, if any. */
    public Optional<DeadlineView> pending(String name, String streamId) {
        List<DeadlineView> found = query("WHERE name = ? AND stream_id = ? AND status = 'PENDING'", List.of(name, streamId), 0, 1);
        return found.stream().findFirst();
    }

    /** Deadlines of a stream, any status, by due time. */
    public List<DeadlineView> ofStream(String streamId) {
        return query("WHERE stream_id = ? ORDER BY due_at, id", List.of(streamId), 0, 1000);
    }

    /** A page of deadlines matching {@code where} (SQL over the deadlines table, with its parameters), in {@code order}. */
    org.reformplatform.eventsourcing.http.Page<DeadlineView> page(String where, List<Object> parameters, String order,
            org.reformplatform.eventsourcing.http.PageRequest paging) {
        List<DeadlineView> items = query("WHERE " + where + " ORDER BY " + order, parameters, paging.offset(), paging.size());
        return org.reformplatform.eventsourcing.http.Page.of(items, paging, count("WHERE " + where, parameters));
    }

    List<DeadlineView> query(String where, List<Object> parameters, int offset, int limit) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM deadlines " + where + " LIMIT ? OFFSET ?")) {
            int i = 1;
            for (Object parameter : parameters) {
                select.setObject(i++, parameter instanceof Instant instant ? Timestamp.from(instant) : parameter);
            }
            select.setInt(i++, limit);
            select.setInt(i, offset);
            List<DeadlineView> views = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    views.add(view(rs));
                }
            }
            return views;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read deadlines", e);
        }
    }

    long count(String where, List<Object> parameters) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("SELECT count(*) FROM deadlines " + where)) {
            int i = 1;
            for (Object parameter : parameters) {
                select.setObject(i++, parameter instanceof Instant instant ? Timestamp.from(instant) : parameter);
            }
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count deadlines", e);
        }
    }

    private static DeadlineView view(ResultSet rs) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new DeadlineView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("stream_id"), rs.getString("organisation"),
                rs.getString("subject"), rs.getTimestamp("due_at").toInstant(), rs.getString("status"),
                rs.getTimestamp("scheduled_at").toInstant(), closed == null ? null : closed.toInstant(), rs.getString("outcome"),
                rs.getInt("attempts"), rs.getString("last_error"));
    }

    private String json(Object payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise the payload " + payload, e);
        }
    }
}
