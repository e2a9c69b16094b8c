package org.reformplatform.eventsourcing.privacy;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import javax.crypto.SecretKey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;

import org.jboss.logging.Logger;
import org.reformplatform.eventsourcing.config.PlatformSettings;
import org.reformplatform.eventsourcing.domain.PersonalData;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * Analysts see pseudonyms unless an operator grants decryption: a grant lets one analyst (by the
 * subject of their token) open, until it expires or is revoked, the sealed values of named fields of
 * named event types of this service — nothing else. The analyst names the events (by their
 * CloudEvents id, as on the topic); the service reads them from its own store, so a grant cannot be
 * stretched to values it does not cover. A forgotten subject's values stay {@code [erased]}. Grants
 * and every use are recorded ({@code decryption_grants}, {@code decryption_grant_uses}).
 */
@ApplicationScoped
public class DecryptionGrants {

    private static final Logger LOG = Logger.getLogger(DecryptionGrants.class);

    /** The longest a grant may run: an analysis, not a standing permission. */
    static final Duration LONGEST = Duration.ofDays(7);
    /** Events per opening request. */
    static final int MAX_EVENTS = 500;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SubjectKeys keys;

    @Inject
    PlatformSettings settings;

    @Inject
    Clock clock;

    private final ObjectMapper json = new ObjectMapper();

    /** What an operator grants: to whom, which event types (as in the catalogue: {@code <service>.<Type>}) and fields, how long, why. */
    public record Request(String grantee, List<String> eventTypes, List<String> fields, String validFor, String reason) {
    }

    /** A grant and its use so far. */
    public record Grant(UUID grantId, String service, String grantee, List<String> eventTypes, List<String> fields, String reason,
            String grantedBy, Instant grantedAt, Instant validUntil, String revokedBy, Instant revokedAt, boolean active, long uses,
            long valuesOpened, Instant lastUsedAt) {
    }

    /** The opened values of the events asked for, by event id then field (dotted path, array positions included); events not covered are withheld. */
    public record Opened(UUID grantId, Map<UUID, Map<String, String>> events, List<UUID> withheld) {
    }

    public Grant grant(Request request, String operator) {
        if (request == null || request.grantee() == null || !request.grantee().matches("[A-Za-z0-9][A-Za-z0-9._@:-]{0,199}")) {
            throw RuleViolation.invalid("invalid-grantee", "Name the analyst by the subject of their token (letters, digits, '.', '_', '@', ':' or '-')")
                    .with("field", "grantee");
        }
        List<String> types = names(request.eventTypes(), "eventTypes", "[A-Za-z][A-Za-z0-9]*([.][A-Za-z][A-Za-z0-9]*)?");
        List<String> own = new ArrayList<>();
        for (String type : types) {
            int dot = type.indexOf('.');
            if (dot > 0 && !type.substring(0, dot).equals(settings.service())) {
                throw RuleViolation.invalid("not-this-services-event", type + " is not an event of " + settings.service()
                        + ": ask the service that publishes it for a grant").with("field", "eventTypes");
            }
            own.add(type.substring(dot + 1));
        }
        List<String> fields = names(request.fields(), "fields", "[A-Za-z][A-Za-z0-9]*([.][A-Za-z][A-Za-z0-9]*)*");
        Duration validFor;
        try {
            validFor = Duration.parse(request.validFor() == null ? "" : request.validFor());
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid("invalid-validity", "validFor is an ISO-8601 duration, e.g. PT8H").with("field", "validFor");
        }
        if (validFor.isNegative() || validFor.isZero() || validFor.compareTo(LONGEST) > 0) {
            throw RuleViolation.invalid("invalid-validity", "A grant runs for more than nothing and at most " + LONGEST.toDays() + " days")
                    .with("field", "validFor");
        }
        if (request.reason() == null || request.reason().isBlank() || request.reason().length() > 500) {
            throw RuleViolation.invalid("reason-required", "Say why the analyst needs the clear values (at most 500 characters)").with("field", "reason");
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO decryption_grants (grant_id, grantee, event_types, fields, reason, granted_by, granted_at, valid_until) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, request.grantee());
            insert.setArray(3, c.createArrayOf("text", own.toArray()));
            insert.setArray(4, c.createArrayOf("text", fields.toArray()));
            insert.setString(5, request.reason());
            insert.setString(6, operator);
            insert.setObject(7, utc(now));
            insert.setObject(8, utc(now.plus(validFor)));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("recording decryption grant " + id + " failed", e);
        }
        LOG.infof("decryption grant %s by %s to %s: %s fields %s until %s", id, operator, request.grantee(), own, fields, now.plus(validFor));
        return find(id).orElseThrow();
    }

    public Optional<Grant> find(UUID id) {
        List<Grant> found = query("WHERE g.grant_id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public List<Grant> list() {
        return query("ORDER BY g.granted_at DESC LIMIT 100");
    }

    /** Ends a grant before its time (again: harmless). */
    public Grant revoke(UUID id, String operator) {
        Grant grant = find(id).orElseThrow(() -> unknown(id));
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
                "UPDATE decryption_grants SET revoked_by = ?, revoked_at = ? WHERE grant_id = ? AND revoked_at IS NULL")) {
            update.setString(1, operator);
            update.setObject(2, utc(clock.instant()));
            update.setObject(3, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("revoking decryption grant " + id + " failed", e);
        }
        LOG.infof("decryption grant %s revoked by %s", grant.grantId(), operator);
        return find(id).orElseThrow();
    }

    /** A grant as its grantee may see it; another caller is told it is not theirs. */
    public Grant findFor(UUID id, String caller) {
        Grant grant = find(id).orElseThrow(() -> unknown(id));
        if (!grant.grantee().equals(caller)) {
            throw RuleViolation.forbidden("not-the-grantee", "Decryption grant " + id + " was not given to you");
        }
        return grant;
    }

    /** Opens what the grant covers in the events named, for its grantee, while it is active; records the use. */
    public Opened open(UUID id, List<UUID> eventIds, String caller) {
        Grant grant = findFor(id, caller);
        if (grant.revokedAt() != null) {
            throw RuleViolation.forbidden("grant-revoked", "Decryption grant " + id + " was revoked at " + grant.revokedAt());
        }
        if (!grant.active()) {
            throw RuleViolation.forbidden("grant-expired", "Decryption grant " + id + " expired at " + grant.validUntil());
        }
        if (eventIds == null || eventIds.isEmpty() || eventIds.size() > MAX_EVENTS || eventIds.contains(null)) {
            throw RuleViolation.invalid("invalid-events", "Name 1 to " + MAX_EVENTS + " events by their id (ce_id)").with("field", "events");
        }
        Map<UUID, Map<String, String>> opened = new LinkedHashMap<>();
        List<UUID> withheld = new ArrayList<>();
        int values = 0;
        Map<UUID, String[]> stored = stored(eventIds);
        for (UUID eventId : eventIds) {
            String[] row = stored.get(eventId);
            if (row == null || !grant.eventTypes().contains(settings.service() + "." + row[0])) {
                withheld.add(eventId);
                continue;
            }
            Map<String, String> fields = new TreeMap<>();
            try {
                collect(json.readTree(row[1]), "", "", grant.fields(), fields);
            } catch (java.io.IOException e) {
                withheld.add(eventId);
                continue;
            }
            values += fields.size();
            opened.put(eventId, fields);
        }
        recordUse(id, caller, eventIds.size(), values);
        return new Opened(id, opened, withheld);
    }

    /** Every sealed text under a granted field, opened (or erased), by its path with array positions. */
    private void collect(JsonNode node, String path, String field, List<String> granted, Map<String, String> into) {
        if (node.isTextual() && SealedText.isSealed(node.asText()) && granted.contains(field)) {
            String sealed = node.asText();
            Optional<SecretKey> key = keys.toOpen(SealedText.subjectOf(sealed));
            String plain = key.map(k -> SealedText.open(sealed, k)).orElse(null);
            into.put(path, plain == null ? PersonalData.ERASED : plain);
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> child = it.next();
                collect(child.getValue(), join(path, child.getKey()), join(field, child.getKey()), granted, into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), join(path, String.valueOf(i)), field, granted, into);
            }
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private Map<UUID, String[]> stored(List<UUID> eventIds) {
        Map<UUID, String[]> rows = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT event_id, event_type, payload::text FROM events WHERE event_id = ANY (?)")) {
            query.setArray(1, c.createArrayOf("uuid", eventIds.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getObject(1, UUID.class), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading events for a decryption grant failed", e);
        }
        return rows;
    }

    private void recordUse(UUID id, String caller, int events, int values) {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO decryption_grant_uses (grant_id, used_at, used_by, events, values_opened) VALUES (?, ?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setObject(2, utc(clock.instant()));
            insert.setString(3, caller);
            insert.setInt(4, events);
            insert.setInt(5, values);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("recording the use of decryption grant " + id + " failed", e);
        }
    }

    private List<Grant> query(String where, Object... args) {
        String sql = "SELECT g.grant_id, g.grantee, g.event_types, g.fields, g.reason, g.granted_by, g.granted_at, g.valid_until, g.revoked_by, "
                + "g.revoked_at, (SELECT count(*) FROM decryption_grant_uses u WHERE u.grant_id = g.grant_id), "
                + "(SELECT coalesce(sum(values_opened), 0) FROM decryption_grant_uses u WHERE u.grant_id = g.grant_id), "
                + "(SELECT max(used_at) FROM decryption_grant_uses u WHERE u.grant_id = g.grant_id) FROM decryption_grants g " + where;
        List<Grant> grants = new ArrayList<>();
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                query.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Instant until = instant(rs, 8);
                    Instant revoked = instant(rs, 10);
                    grants.add(new Grant(rs.getObject(1, UUID.class), settings.service(), rs.getString(2),
                            qualified(texts(rs.getArray(3))), texts(rs.getArray(4)), rs.getString(5), rs.getString(6), instant(rs, 7), until,
                            rs.getString(9), revoked, revoked == null && now.isBefore(until), rs.getLong(11), rs.getLong(12), instant(rs, 13)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading decryption grants failed", e);
        }
        return grants;
    }

    /** Event types as the grant's request named them, in the catalogue's form. */
    private List<String> qualified(List<String> types) {
        return types.stream().map(t -> settings.service() + "." + t).toList();
    }

    private static List<String> names(List<String> given, String field, String pattern) {
        if (given == null || given.isEmpty() || given.size() > 50 || !given.stream().allMatch(n -> n != null && n.length() <= 200 && n.matches(pattern))) {
            throw RuleViolation.invalid("invalid-" + field, "Name 1 to 50 " + field + " (" + ("fields".equals(field)
                    ? "dotted paths in the event data, e.g. candidate.name" : "e.g. admissions.ApplicationSubmitted") + ")").with("field", field);
        }
        return List.copyOf(new java.util.LinkedHashSet<>(given));
    }

    private static List<String> texts(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    RuleViolation unknown(UUID id) {
        return RuleViolation.notFound("unknown-decryption-grant", "No decryption grant " + id + " is known here");
    }
}
