package org.reformplatform.eventsourcing.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import io.agroal.api.AgroalDataSource;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.UnitOfWork;
import org.reformplatform.eventsourcing.config.PlatformSettings;
import org.reformplatform.eventsourcing.store.EventCodec;
import org.reformplatform.eventsourcing.store.EventMetadata;
import org.reformplatform.eventsourcing.store.EventStore;
import org.reformplatform.eventsourcing.store.RecordedEvent;
import org.reformplatform.eventsourcing.store.StoredEvent;
import org.reformplatform.eventsourcing.store.StreamRef;

/**
 * A data subject's requests to this service, as an operator runs them: access (what the service
 * holds about the subject: its events, decrypted, and its read-model rows) and erasure (forget the
 * key, scrub the read models, record an audit event without personal data), in one transaction.
 */
@ApplicationScoped
public class SubjectRequests {

    /** At most this many events go into one access document (a subject's history is small; a runaway query is not). */
    static final int MAX_EVENTS = 5_000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EventStore store;

    @Inject
    EventCodec codec;

    @Inject
    SubjectKeys keys;

    @Inject
    Instance<PersonalDataHolder> holders;

    @Inject
    Instance<PersonalDataTables> tables;

    @Inject
    Aggregates aggregates;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    PlatformSettings settings;

    @Inject
    Clock clock;

    @Inject
    ErasureCompletions completions;

    @Inject
    StoredCopies copies;

    /** One event of the subject's history, its data as the service reads it (decrypted, or erased). */
    public record HistoryEntry(long position, String streamType, String streamId, int streamVersion, String type, Instant occurredAt,
            JsonNode data) {
    }

    /** What this service holds about a subject. */
    public record Access(String service, String subject, boolean forgotten, List<HistoryEntry> events,
            Map<String, List<Map<String, Object>>> readModels) {
    }

    /**
     * The subject's events (its own streams, and every event that names it or seals data for it) and
     * read-model rows.
     */
    public Access access(String subject) {
        List<HistoryEntry> events = new ArrayList<>();
        String sql = "SELECT " + EventStore.columns("e") + " FROM events e WHERE e.stream_id = ? OR e.stream_id = ? "
                + "OR strpos(e.payload::text, ?) > 0 ORDER BY e.position LIMIT " + MAX_EVENTS;
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, subject);
            query.setString(2, auditStream(subject).id());
            query.setString(3, subject);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    StoredEvent row = EventStore.storedFrom(rs);
                    RecordedEvent<Object> event = store.decode(row);
                    events.add(new HistoryEntry(row.position(), row.streamType(), row.streamId(), row.streamVersion(), row.eventType(),
                            row.occurredAt(), codec.mapper().valueToTree(event.event())));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the history of data subject " + subject + " failed", e);
        }
        Map<String, List<Map<String, Object>>> readModels = new TreeMap<>();
        for (PersonalDataHolder holder : holders) {
            readModels.put(holder.name(), holder.describe(subject));
        }
        for (PersonalColumns table : declaredTables()) {
            readModels.computeIfAbsent(table.readModel() + " (" + table.table() + ")", k -> new ArrayList<>()).addAll(rows(table, subject));
        }
        return new Access(settings.service(), subject, keys.isForgotten(subject), events, readModels);
    }

    /**
     * Forgets the subject: deletes its key, scrubs the read models and records {@link PersonalDataEvent.SubjectForgotten},
     * in one transaction. Forgetting again is harmless (the key is already gone; the audit trail grows).
     */
    public PersonalDataEvent.SubjectForgotten erase(String subject, EventMetadata metadata) {
        PersonalDataEvent.SubjectForgotten forgotten = unitOfWork.run(true, () -> eraseInTransaction(subject, null, metadata));
        afterErasure(subject);
        return forgotten;
    }

    /**
     * The erasure, in the caller's transaction (a handler of another service's {@code ErasureRequested}):
     * the caller runs {@link #afterErasure} once it committed.
     */
    public PersonalDataEvent.SubjectForgotten eraseInTransaction(String subject, java.util.UUID requestId, EventMetadata metadata) {
        // The stored answers and deadlines hold copies in clear, found only by value: read them while the key still opens them.
        java.util.Set<String> values = copies.valuesOf(subject);
        boolean deleted = keys.forget(subject);
        Map<String, Integer> scrubbed = new LinkedHashMap<>(copies.scrub(values));
        for (PersonalDataHolder holder : holders) {
            scrubbed.put(holder.name(), holder.scrub(subject));
        }
        for (PersonalColumns table : declaredTables()) {
            scrubbed.merge(table.readModel(), scrub(table, subject), Integer::sum);
        }
        StreamRef trail = auditStream(subject);
        int version = store.readStream(trail, 0).size();
        PersonalDataEvent.SubjectForgotten event = new PersonalDataEvent.SubjectForgotten(subject, deleted, scrubbed,
                metadata.actor(), clock.instant(), requestId);
        store.append(trail, version, List.of(event), metadata);
        if (requestId != null) {
            completions.record(requestId, settings.service(), subject);
        }
        return event;
    }

    /**
     * Once the erasure committed no reader can find the key any more: drops what this replica cached
     * meanwhile, the key and folded states that may hold the subject's data in clear.
     */
    public void afterErasure(String subject) {
        keys.evict(subject);
        aggregates.forgetCachedStates();
    }

    /**
     * A projection reached a subject's erasure in its stream of events: scrubs the subject's rows in
     * the projection's own tables (and its {@link PersonalDataHolder}, by name), in the projection's
     * transaction. Every write the projection made before, from rows it may have read before the
     * erasure, is then behind it.
     */
    public void scrubAfterErasure(org.reformplatform.eventsourcing.projection.Projection projection, StoredEvent event) {
        String subject;
        try {
            subject = codec.mapper().readTree(event.payload()).path("subject").asText(null);
        } catch (Exception e) {
            return;
        }
        if (subject == null) {
            return;
        }
        for (PersonalColumns table : declaredTables()) {
            if (projection.tables().contains(table.table())) {
                scrub(table, subject);
            }
        }
        for (PersonalDataHolder holder : holders) {
            if (holder.name().equals(projection.name())) {
                holder.scrub(subject);
            }
        }
    }

    private List<PersonalColumns> declaredTables() {
        List<PersonalColumns> all = new ArrayList<>();
        tables.forEach(t -> all.addAll(t.tables()));
        return all;
    }

    private List<Map<String, Object>> rows(PersonalColumns table, String subject) {
        String sql = "SELECT * FROM " + table.table() + " WHERE " + bound(table.where());
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            bind(query, table.where(), subject);
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= columns; i++) {
                        Object value = rs.getObject(i);
                        row.put(rs.getMetaData().getColumnName(i), value == null ? null : value.toString());
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("reading " + table.table() + " for data subject " + subject + " failed", e);
        }
    }

    private int scrub(PersonalColumns table, String subject) {
        StringBuilder set = new StringBuilder();
        StringBuilder any = new StringBuilder();
        for (String column : table.columns()) {
            set.append(set.isEmpty() ? "" : ", ").append(column).append(" = CASE WHEN ").append(column).append(" IS NULL THEN NULL ELSE '")
                    .append(org.reformplatform.eventsourcing.domain.PersonalData.ERASED).append("' END");
            any.append(any.isEmpty() ? "" : " OR ").append(column).append(" IS DISTINCT FROM '")
                    .append(org.reformplatform.eventsourcing.domain.PersonalData.ERASED).append("' AND ").append(column).append(" IS NOT NULL");
        }
        String sql = "UPDATE " + table.table() + " SET " + set + " WHERE (" + bound(table.where()) + ") AND (" + any + ")";
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            bind(update, table.where(), subject);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("scrubbing " + table.table() + " of data subject " + subject + " failed", e);
        }
    }

    private static String bound(String where) {
        return where.replace(":subject", "?");
    }

    private static void bind(PreparedStatement statement, String where, String subject) throws SQLException {
        int count = where.split(":subject", -1).length - 1;
        for (int i = 1; i <= count; i++) {
            statement.setString(i, subject);
        }
    }

    static StreamRef auditStream(String subject) {
        return new StreamRef(PersonalDataEvent.STREAM_TYPE, "personal-data:" + subject);
    }
}
