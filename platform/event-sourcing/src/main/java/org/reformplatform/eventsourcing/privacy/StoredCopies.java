package org.reformplatform.eventsourcing.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.crypto.SecretKey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;

import org.reformplatform.eventsourcing.domain.PersonalData;

/**
 * The kernel's own tables that keep copies of what a command carried, in clear, outside any read
 * model: the answers stored for a retried request ({@code idempotency_keys.body}) and the
 * parameters of scheduled commands ({@code deadlines.payload}, and the lines a person reads about them). They are
 * not a subject's rows (nothing there names the subject by id), so the erasure finds them by the
 * subject's values: before the key is forgotten it opens every value sealed for the subject in the
 * events, and afterwards replaces each in those texts by {@link PersonalData#ERASED}, in the
 * erasure's transaction. A retried request still gets its answer, with the values erased, as a
 * read would show them.
 */
@ApplicationScoped
public class StoredCopies {

    /** The texts that hold copies, as table and column. */
    static final List<String[]> COLUMNS = List.of(new String[] {"idempotency_keys", "body"}, new String[] {"deadlines", "payload"},
            new String[] {"deadlines", "subject"}, new String[] {"deadlines", "outcome"});

    /**
     * Values shorter than this are replaced only where they are a whole JSON string: a short text
     * inside a longer one (a key of the JSON, another word) is more likely not the person's.
     */
    static final int MIN_EMBEDDED = 4;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SubjectKeys keys;

    /** The subject's personal values as they read in clear: every value sealed for it in the events that its key opens. */
    public Set<String> valuesOf(String subject) {
        Optional<SecretKey> key = keys.toOpen(subject);
        Set<String> values = new LinkedHashSet<>();
        if (key.isEmpty()) {
            return values;
        }
        String prefix = SealedText.PREFIX + subject + ":";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT payload::text FROM events WHERE strpos(payload::text, ?) > 0")) {
            query.setString(1, prefix);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    collect(JSON.readTree(rs.getString(1)), prefix, key.get(), values);
                }
            }
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("reading the values of data subject " + subject + " failed", e);
        }
        return values;
    }

    private static void collect(JsonNode node, String prefix, SecretKey key, Set<String> values) {
        if (node.isTextual() && node.asText().startsWith(prefix)) {
            String plain = SealedText.open(node.asText(), key);
            if (plain != null && !plain.isBlank() && !PersonalData.ERASED.equals(plain)) {
                values.add(plain);
            }
        }
        node.forEach(child -> collect(child, prefix, key, values));
    }

    /**
     * Replaces the values in the stored copies, longest first (a full name before a part of it).
     *
     * @return rows changed, by {@code table.column}
     */
    public Map<String, Integer> scrub(Set<String> values) {
        Map<String, Integer> changed = new LinkedHashMap<>();
        if (values.isEmpty()) {
            return changed;
        }
        List<String> longestFirst = new ArrayList<>(values);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        try (Connection connection = dataSource.getConnection()) {
            for (String[] column : COLUMNS) {
                int rows = 0;
                for (String value : longestFirst) {
                    rows += replace(connection, column[0], column[1], quoted(value), quoted(PersonalData.ERASED));
                    if (value.length() >= MIN_EMBEDDED) {
                        rows += replace(connection, column[0], column[1], escaped(value), escaped(PersonalData.ERASED));
                        if (!escaped(value).equals(value)) {
                            rows += replace(connection, column[0], column[1], value, PersonalData.ERASED);
                        }
                    }
                }
                if (rows > 0) {
                    changed.put(column[0] + "." + column[1], rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("scrubbing the stored answers and deadlines failed", e);
        }
        return changed;
    }

    private static int replace(Connection connection, String table, String column, String from, String to) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + table + " SET " + column + " = replace(" + column + ", ?, ?) WHERE strpos(" + column + ", ?) > 0")) {
            update.setString(1, from);
            update.setString(2, to);
            update.setString(3, from);
            return update.executeUpdate();
        }
    }

    /** The value as a whole JSON string. */
    static String quoted(String value) {
        return "\"" + escaped(value) + "\"";
    }

    /** The value as it stands inside a JSON string. */
    static String escaped(String value) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(value));
    }
}
