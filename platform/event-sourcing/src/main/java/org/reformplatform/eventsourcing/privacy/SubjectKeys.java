package org.reformplatform.eventsourcing.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's data-subject keys, in its own database (table {@code personal_data_keys}): one
 * random AES-256 key per subject, stored wrapped (AES-GCM) by the key-encryption key from
 * configuration (a Kubernetes Secret in production), never in an event or on a topic. Forgetting a
 * subject deletes its key and leaves a tombstone, so that no new key is made for it later: what
 * would be sealed for a forgotten subject is written as erased.
 * <p>
 * Keys read for opening outside a transaction (the API's reads, exports of the history) are cached
 * for {@code platform.personal-data.key-cache} (default 10 s): a replica that did not run the
 * erasure stops opening the subject's values there within that time. Inside a transaction they are
 * read from the table under a row lock ({@link #toOpen}).
 */
@ApplicationScoped
public class SubjectKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The transaction resource under which the keys read in it are kept. */
    private static final Object HELD = new Object();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "platform.personal-data.key-encryption-key", defaultValue = "local-development-personal-data-kek")
    String keyEncryptionKey;

    /** Earlier key-encryption keys, comma separated, still accepted for unwrapping during a rotation. */
    @ConfigProperty(name = "platform.personal-data.previous-key-encryption-keys", defaultValue = " ")
    String previousKeyEncryptionKeys;

    @ConfigProperty(name = "platform.personal-data.key-cache", defaultValue = "10S")
    Duration cacheFor;

    private record Kek(String id, SecretKey key) {
    }

    private record Cached(Optional<SecretKey> key, long until) {
    }

    private Kek current;
    private final List<Kek> accepted = new ArrayList<>();
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong evictions = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong lastSwept = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());

    @PostConstruct
    void init() {
        current = kek(keyEncryptionKey);
        accepted.add(current);
        for (String previous : previousKeyEncryptionKeys.split(",")) {
            if (!previous.isBlank()) {
                accepted.add(kek(previous.trim()));
            }
        }
    }

    /**
     * The key-encryption key from a secret text of any length (SHA-256 of it), and its id (the first
     * eight bytes of the SHA-256 of the key), kept with each wrapped key to find the right one.
     */
    static Kek kek(String secret) {
        try {
            byte[] key = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            String id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 8);
            return new Kek(id, new SecretKeySpec(key, "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The subject's key to open its values with; empty once it is forgotten (or never had one).
     * Inside a transaction (a projection applying a batch, a command loading a stream) the key's row
     * is read {@code FOR SHARE}, not from the cache: an erasure (which locks the row to delete the
     * key, then scrubs the read models) then waits for that transaction to commit and scrubs what it
     * wrote, or that transaction waits for the erasure and reads the data as erased. Either way no
     * clear text written by a projection outlives an erasure.
     */
    public Optional<SecretKey> toOpen(String subject) {
        if (transactions.getTransactionKey() != null) {
            Map<String, Optional<SecretKey>> held = held();
            Optional<SecretKey> known = held.get(subject);
            if (known != null) {
                return known;
            }
            try (Connection connection = dataSource.getConnection()) {
                Optional<SecretKey> key = read(connection, subject, " FOR SHARE");
                held.put(subject, key);
                return key;
            } catch (SQLException e) {
                throw new IllegalStateException("the key of data subject " + subject + " cannot be read", e);
            }
        }
        Cached cached = cache.get(subject);
        if (cached != null && cached.until() > System.nanoTime()) {
            return cached.key();
        }
        long before = evictions.get();
        Optional<SecretKey> key = load(subject);
        // A key read while an erasure was committing must not be cached past its eviction.
        if (evictions.get() == before) {
            cache.put(subject, new Cached(key, System.nanoTime() + cacheFor.toNanos()));
        }
        return key;
    }

    /**
     * Reads the keys of all the given subjects in one statement, so that opening the values of a page
     * of events costs one round trip instead of one per subject. Inside a transaction {@code FOR
     * SHARE}, as {@link #toOpen} does: a key read under the row lock cannot change until the
     * transaction ends (an erasure waits for it), so it is kept for the rest of the transaction.
     * Outside one (a simulation reading the history) into the cache, as {@link #toOpen} caches them.
     */
    public void holdToOpen(Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return;
        }
        if (transactions.getTransactionKey() == null) {
            cacheToOpen(subjects);
            return;
        }
        Map<String, Optional<SecretKey>> held = held();
        List<String> wanted = subjects.stream().distinct().filter(s -> !held.containsKey(s)).sorted().toList();
        if (!wanted.isEmpty()) {
            held.putAll(readAll(wanted, " FOR SHARE"));
        }
    }

    private void cacheToOpen(Collection<String> subjects) {
        long now = System.nanoTime();
        // A long read brings many subjects through: the expired ones go (once a second at most: the sweep walks the whole
        // cache), so that the cache holds about its last 10 s.
        long swept = lastSwept.get();
        if (now - swept > 1_000_000_000L && lastSwept.compareAndSet(swept, now)) {
            cache.values().removeIf(cached -> cached.until() <= now);
        }
        List<String> wanted = subjects.stream().distinct().filter(s -> {
            Cached cached = cache.get(s);
            return cached == null || cached.until() <= now;
        }).toList();
        if (wanted.isEmpty()) {
            return;
        }
        long before = evictions.get();
        Map<String, Optional<SecretKey>> read = readAll(wanted, "");
        // Keys read while an erasure was committing must not be cached past its eviction (as in toOpen).
        if (evictions.get() == before) {
            long until = System.nanoTime() + cacheFor.toNanos();
            read.forEach((subject, key) -> cache.put(subject, new Cached(key, until)));
        }
    }

    /** The keys of these subjects (empty: none, or forgotten), in one statement; {@code lock} is appended to it. */
    private Map<String, Optional<SecretKey>> readAll(List<String> subjects, String lock) {
        Map<String, Optional<SecretKey>> keys = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT subject, wrapped_key, kek_id FROM personal_data_keys "
                     + "WHERE subject = ANY (?) ORDER BY subject" + lock)) {
            query.setArray(1, connection.createArrayOf("text", subjects.toArray()));
            subjects.forEach(subject -> keys.put(subject, Optional.empty()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String subject = rs.getString(1);
                    keys.put(subject, rs.getBytes(2) == null ? Optional.empty() : Optional.of(unwrapped(subject, rs.getBytes(2), rs.getString(3))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the keys of " + subjects.size() + " data subjects cannot be read", e);
        }
        return keys;
    }

    /** The keys read in the current transaction, by subject (empty: none, or forgotten). */
    @SuppressWarnings("unchecked")
    private Map<String, Optional<SecretKey>> held() {
        Map<String, Optional<SecretKey>> held = (Map<String, Optional<SecretKey>>) transactions.getResource(HELD);
        if (held == null) {
            held = new HashMap<>();
            transactions.putResource(HELD, held);
        }
        return held;
    }

    /** In a transaction: forgets what it holds of the subject (its key was just made or forgotten in it). */
    private void release(String subject) {
        if (transactions.getTransactionKey() != null) {
            held().remove(subject);
        }
    }

    /**
     * Drops a cached key, so that the next use reads the table again: after it failed to open a
     * value, and after an erasure committed.
     */
    public void evict(String subject) {
        evictions.incrementAndGet();
        cache.remove(subject);
    }

    /**
     * The subject's key to seal new values with, made if it has none, in the caller's transaction;
     * empty when the subject was forgotten (its values are then written as erased).
     */
    public Optional<SecretKey> toSeal(String subject) {
        release(subject);
        try (Connection connection = dataSource.getConnection()) {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO personal_data_keys (subject, wrapped_key, kek_id) VALUES (?, ?, ?) ON CONFLICT (subject) DO NOTHING")) {
                insert.setString(1, subject);
                insert.setBytes(2, wrap(subject, fresh, current));
                insert.setString(3, current.id());
                if (insert.executeUpdate() == 1) {
                    SecretKey key = new SecretKeySpec(fresh, "AES");
                    // The new row is this transaction's until it ends (an erasure waits for it), as a row read FOR SHARE
                    // is: opening the subject's values later in it (an inline projection) needs no second read.
                    if (transactions.getTransactionKey() != null) {
                        held().put(subject, Optional.of(key));
                    }
                    return Optional.of(key);
                }
            }
            return read(connection, subject);
        } catch (SQLException e) {
            throw new IllegalStateException("the key of data subject " + subject + " cannot be read", e);
        }
    }

    /** Drops every cached key (another replica forgot a subject: {@link ErasureWatch}). */
    public void evictAll() {
        evictions.incrementAndGet();
        cache.clear();
    }

    /**
     * Forgets the subject: deletes its key (a tombstone stays) in the caller's transaction. The
     * caller evicts the subject again once that transaction committed ({@link SubjectRequests}).
     *
     * @return whether the subject had a key to forget
     */
    public boolean forget(String subject) {
        evict(subject);
        release(subject);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement held = connection.prepareStatement(
                     "SELECT wrapped_key IS NOT NULL FROM personal_data_keys WHERE subject = ? FOR UPDATE");
             PreparedStatement forget = connection.prepareStatement(
                     "INSERT INTO personal_data_keys (subject, wrapped_key, kek_id, forgotten_at) VALUES (?, NULL, NULL, now()) "
                             + "ON CONFLICT (subject) DO UPDATE SET wrapped_key = NULL, kek_id = NULL, "
                             + "forgotten_at = COALESCE(personal_data_keys.forgotten_at, now())")) {
            held.setString(1, subject);
            boolean hadKey;
            try (ResultSet rs = held.executeQuery()) {
                hadKey = rs.next() && rs.getBoolean(1);
            }
            forget.setString(1, subject);
            forget.executeUpdate();
            return hadKey;
        } catch (SQLException e) {
            throw new IllegalStateException("the key of data subject " + subject + " cannot be forgotten", e);
        } finally {
            evict(subject);
        }
    }

    /** Whether the subject was forgotten (a tombstone is there). */
    public boolean isForgotten(String subject) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT forgotten_at IS NOT NULL FROM personal_data_keys WHERE subject = ?")) {
            query.setString(1, subject);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the key of data subject " + subject + " cannot be read", e);
        }
    }

    /** The id of the current key-encryption key (the one new keys are wrapped with). */
    public String currentKekId() {
        return current.id();
    }

    /** The ids of the key-encryption keys this service can unwrap with: the current one first, then the previous ones. */
    public List<String> acceptedKekIds() {
        return accepted.stream().map(Kek::id).toList();
    }

    /** How many live keys each key-encryption key wraps (forgotten subjects have none and are not counted). */
    public Map<String, Long> keysByKek() {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT kek_id, count(*) FROM personal_data_keys WHERE wrapped_key IS NOT NULL GROUP BY kek_id")) {
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("counting the data-subject keys failed", e);
        }
        return counts;
    }

    /**
     * Wraps at most {@code batch} keys not yet under the current key-encryption key with it, in the
     * caller's transaction (after a rotation: the new key current, the old one among the previous
     * keys until this has run on every service). The keys taken are locked ({@code SKIP LOCKED}: a
     * second run at the same time takes others), and a subject forgotten meanwhile stays forgotten
     * (only a row that still has a key is rewrapped). The data keys themselves do not change, so
     * every sealed value still opens.
     *
     * @return how many keys were rewrapped; 0 when none is left
     */
    public int rewrap(int batch) {
        int rewrapped = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT subject, wrapped_key, kek_id FROM personal_data_keys WHERE wrapped_key IS NOT NULL AND kek_id <> ? "
                             + "ORDER BY subject LIMIT ? FOR UPDATE SKIP LOCKED");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE personal_data_keys SET wrapped_key = ?, kek_id = ? WHERE subject = ? AND wrapped_key IS NOT NULL")) {
            query.setString(1, current.id());
            query.setInt(2, batch);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String subject = rs.getString(1);
                    byte[] key = unwrap(subject, rs.getBytes(2), accepted(subject, rs.getString(3)));
                    update.setBytes(1, wrap(subject, key, current));
                    update.setString(2, current.id());
                    update.setString(3, subject);
                    rewrapped += update.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("rewrapping the data-subject keys failed", e);
        }
        return rewrapped;
    }

    private Optional<SecretKey> load(String subject) {
        try (Connection connection = dataSource.getConnection()) {
            return read(connection, subject);
        } catch (SQLException e) {
            throw new IllegalStateException("the key of data subject " + subject + " cannot be read", e);
        }
    }

    private Optional<SecretKey> read(Connection connection, String subject) throws SQLException {
        return read(connection, subject, "");
    }

    private Optional<SecretKey> read(Connection connection, String subject, String lock) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT wrapped_key, kek_id FROM personal_data_keys WHERE subject = ?" + lock)) {
            query.setString(1, subject);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next() || rs.getBytes(1) == null) {
                    return Optional.empty();
                }
                return Optional.of(unwrapped(subject, rs.getBytes(1), rs.getString(2)));
            }
        }
    }

    private SecretKey unwrapped(String subject, byte[] wrapped, String kekId) {
        return new SecretKeySpec(unwrap(subject, wrapped, accepted(subject, kekId)), "AES");
    }

    private Kek accepted(String subject, String kekId) {
        for (Kek kek : accepted) {
            if (kek.id().equals(kekId)) {
                return kek;
            }
        }
        throw new IllegalStateException("the key of data subject " + subject + " is wrapped by key-encryption key " + kekId
                + ", which is neither platform.personal-data.key-encryption-key nor among the previous ones");
    }

    private static byte[] wrap(String subject, byte[] key, Kek kek) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, kek.key(), new GCMParameterSpec(128, iv));
            cipher.updateAAD(subject.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(key);
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] unwrap(String subject, byte[] wrapped, Kek kek) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, kek.key(), new GCMParameterSpec(128, wrapped, 0, 12));
            cipher.updateAAD(subject.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(wrapped, 12, wrapped.length - 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the key of data subject " + subject + " does not unwrap with key-encryption key " + kek.id(), e);
        }
    }
}
