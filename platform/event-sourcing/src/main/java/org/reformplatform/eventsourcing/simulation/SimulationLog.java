package org.reformplatform.eventsourcing.simulation;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;

import org.reformplatform.eventsourcing.http.Page;

/** The {@code simulations} table: the only thing a simulation writes. */
@ApplicationScoped
public class SimulationLog {

    private static final String COLUMNS = "id, scope_kind, scope::text, policy::text, reproduction, read_up_to, as_of, state, "
            + "progress_done, progress_total, events_read, differences, result::text, failure, started_by, started_at, finished_at";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    void started(Simulation s) {
        update("INSERT INTO simulations (id, scope_kind, scope, policy, reproduction, read_up_to, as_of, state, started_by, started_at) "
                + "VALUES (?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?)", s.id(), s.scopeKind(), json(s.scope()), json(s.policy()),
                s.reproduction(), s.readUpTo(), at(s.asOf()), s.state(), s.startedBy(), at(s.startedAt()));
    }

    void progressed(UUID id, long done, long total) {
        update("UPDATE simulations SET progress_done = ?, progress_total = ? WHERE id = ? AND state = 'RUNNING'", done, total, id);
    }

    /**
     * The report as written once: the JSON straight to text (no tree in between) and the CSV streamed from its compressed
     * copy as UTF-8 bytes that PostgreSQL turns into text, so that a large report is never held as one Java string.
     */
    void finished(UUID id, SimulationReport report, Instant at) {
        String result;
        try {
            result = mapper.writeValueAsString(report.result());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("UPDATE simulations SET state = 'DONE', progress_done = progress_total, events_read = ?, "
                     + "differences = ?, result = ?::jsonb, report_csv = convert_from(?, 'UTF8'), finished_at = ? WHERE id = ?");
             InputStream csv = report.csv().open()) {
            q.setLong(1, report.eventsRead());
            q.setLong(2, report.differences());
            q.setString(3, result);
            q.setBinaryStream(4, csv, report.csv().bytes());
            q.setObject(5, at(at));
            q.setObject(6, id);
            q.executeUpdate();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("recording a simulation failed: " + e.getMessage(), e);
        }
    }

    void failed(UUID id, String failure, Instant at) {
        update("UPDATE simulations SET state = 'FAILED', failure = ?, finished_at = ? WHERE id = ?", failure, at(at), id);
    }

    public Optional<Simulation> find(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM simulations WHERE id = ?")) {
            q.setObject(1, id);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading simulation " + id + " failed: " + e.getMessage(), e);
        }
    }

    /** Newest first (started, then id: a stable order), without the report; a null filter is no condition. */
    public Page<Simulation> page(String scopeKind, String state, int page, int size) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE true");
        if (scopeKind != null) {
            where.append(" AND scope_kind = ?");
            parameters.add(scopeKind);
        }
        if (state != null) {
            where.append(" AND state = ?");
            parameters.add(state);
        }
        String listed = COLUMNS.replace("result::text", "NULL");
        List<Simulation> items = new ArrayList<>();
        long total;
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT " + listed + " FROM simulations" + where
                     + " ORDER BY started_at DESC, id LIMIT ? OFFSET ?");
             PreparedStatement n = c.prepareStatement("SELECT count(*) FROM simulations" + where)) {
            for (int i = 0; i < parameters.size(); i++) {
                q.setObject(i + 1, parameters.get(i));
                n.setObject(i + 1, parameters.get(i));
            }
            q.setInt(parameters.size() + 1, size);
            q.setLong(parameters.size() + 2, (long) page * size);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    items.add(read(rs));
                }
            }
            try (ResultSet rs = n.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("listing simulations failed: " + e.getMessage(), e);
        }
        return Page.of(items, page, size, total);
    }

    public Optional<String> csv(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT report_csv FROM simulations WHERE id = ?")) {
            q.setObject(1, id);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading simulation " + id + " failed: " + e.getMessage(), e);
        }
    }

    private Simulation read(ResultSet rs) throws SQLException {
        return new Simulation(rs.getObject(1, UUID.class), rs.getString(2), tree(rs.getString(3)), tree(rs.getString(4)), rs.getBoolean(5),
                rs.getLong(6), instant(rs, 7), rs.getString(8), rs.getLong(9), rs.getLong(10), (Long) rs.getObject(11),
                (Long) rs.getObject(12), tree(rs.getString(13)), rs.getString(14), rs.getString(15), instant(rs, 16), instant(rs, 17));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private String json(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode tree(String text) {
        try {
            return text == null ? null : mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                q.setObject(i + 1, args[i]);
            }
            q.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("recording a simulation failed: " + e.getMessage(), e);
        }
    }

}
