package org.reformplatform.eventsourcing.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;

import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.store.EventStore.StoreFailure;

/**
 * The first answer to each Idempotency-Key, per caller and operation. A key is claimed in the
 * command's own transaction: a concurrent retry waits for the first attempt to commit, then gets its
 * answer; if the first attempt failed, nothing was kept and the retry runs afresh.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** A stored answer. */
    public record StoredAnswer(int status, String body, String location, String etag) {
    }

    private static final int MAX_KEY_LENGTH = 200;

    @Inject
    AgroalDataSource dataSource;

    public static void validate(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw RuleViolation.malformed("malformed-idempotency-key",
                    "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters");
        }
    }

    /**
     * Claims the key for this request, or returns the answer given to the first request with it.
     *
     * @throws RuleViolation when the key was used before with a different request body
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<StoredAnswer> claimOrReplay(String scope, String key, String requestHash) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO idempotency_keys (scope, key, request_hash, status) VALUES (?, ?, ?, 0) ON CONFLICT DO NOTHING")) {
                insert.setString(1, scope);
                insert.setString(2, key);
                insert.setString(3, requestHash);
                if (insert.executeUpdate() == 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT request_hash, status, body, location, etag FROM idempotency_keys WHERE scope = ? AND key = ?")) {
                select.setString(1, scope);
                select.setString(2, key);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    if (!rs.getString(1).equals(requestHash)) {
                        throw RuleViolation.invalid("idempotency-key-reused",
                                "This Idempotency-Key was already used with a different request body");
                    }
                    return Optional.of(new StoredAnswer(rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw new StoreFailure("idempotency key lookup failed", e);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String scope, String key, StoredAnswer answer) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement(
                     "UPDATE idempotency_keys SET status = ?, body = ?, location = ?, etag = ? WHERE scope = ? AND key = ?")) {
            update.setInt(1, answer.status());
            update.setString(2, answer.body());
            update.setString(3, answer.location());
            update.setString(4, answer.etag());
            update.setString(5, scope);
            update.setString(6, key);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new StoreFailure("storing the idempotent answer failed", e);
        }
    }

    public static String hash(String canonicalRequest) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalRequest.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
