package org.reformplatform.eventsourcing.privacy;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

/** The requests this service knows of and which service reported which subject forgotten (tables {@code erasure_*}). */
@ApplicationScoped
public class ErasureCompletions {

    @Inject
    AgroalDataSource dataSource;

    /** A request's state: per service, the subjects it reported forgotten; done when every service reported every subject. */
    public record Status(UUID requestId, List<String> subjects, String requestedBy, Instant requestedAt,
            Map<String, List<String>> forgottenBy, List<String> waitingFor, boolean done) {
    }

    /** Records a request (once: a redelivery changes nothing). */
    public void request(UUID requestId, List<String> subjects, String requestedBy, Instant requestedAt) {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO erasure_requests (request_id, subjects, requested_by, requested_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setObject(1, requestId);
            insert.setArray(2, c.createArrayOf("text", subjects.toArray()));
            insert.setString(3, requestedBy);
            insert.setObject(4, OffsetDateTime.ofInstant(requestedAt, ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("recording erasure request " + requestId + " failed", e);
        }
    }

    /** Records that {@code service} forgot {@code subject} for the request. */
    public void record(UUID requestId, String service, String subject) {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO erasure_completions (request_id, service, subject) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setObject(1, requestId);
            insert.setString(2, service);
            insert.setString(3, subject);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("recording the completion of erasure request " + requestId + " failed", e);
        }
    }

    /** The request's state against the platform's services; empty if this service does not know the request. */
    public Optional<Status> status(UUID requestId, List<String> services) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement request = c.prepareStatement("SELECT subjects, requested_by, requested_at FROM erasure_requests WHERE request_id = ?");
             PreparedStatement done = c.prepareStatement("SELECT service, subject FROM erasure_completions WHERE request_id = ? ORDER BY service, subject")) {
            request.setObject(1, requestId);
            List<String> subjects;
            String by;
            Instant at;
            try (ResultSet rs = request.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Array array = rs.getArray(1);
                subjects = Arrays.asList((String[]) array.getArray());
                by = rs.getString(2);
                at = rs.getObject(3, OffsetDateTime.class).toInstant();
            }
            Map<String, List<String>> forgottenBy = new TreeMap<>();
            services.forEach(s -> forgottenBy.put(s, new ArrayList<>()));
            done.setObject(1, requestId);
            try (ResultSet rs = done.executeQuery()) {
                while (rs.next()) {
                    forgottenBy.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            List<String> waiting = services.stream().filter(s -> !forgottenBy.get(s).containsAll(subjects)).toList();
            return Optional.of(new Status(requestId, subjects, by, at, forgottenBy, waiting, waiting.isEmpty()));
        } catch (SQLException e) {
            throw new IllegalStateException("reading erasure request " + requestId + " failed", e);
        }
    }
}
