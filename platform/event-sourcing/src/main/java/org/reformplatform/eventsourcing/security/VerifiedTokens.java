package org.reformplatform.eventsourcing.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bearer tokens already verified, and whom they identified, until they expire: a partner sends the
 * same token with every request for its whole lifetime, and checking its signature again each time
 * took a sixth of a service's CPU and half of its allocations.
 *
 * <p>What stays enforced: an entry is found only for the very same token (keyed by its SHA-256, the
 * token itself is not kept), never after the token's own expiry, and never longer than
 * {@code maxAge} after it was verified, so that a signing key the identity provider revoked stops
 * being honoured at most {@code maxAge} after the verifier's key set no longer holds it. A token the
 * verifier refused is never remembered: it is checked again, and refused again, every time.
 *
 * <p>Bounded: at {@code maxEntries} expired entries are swept; if none had expired, a new token is
 * verified but not remembered (the cache never grows past its bound, under any traffic).
 *
 * @param <I> what a verified token identifies (a SecurityIdentity in the service)
 */
public final class VerifiedTokens<I> {

    private record Entry<I>(I identity, Instant until) {
    }

    private final ConcurrentHashMap<String, Entry<I>> entries = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final Duration maxAge;
    private final Clock clock;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    public VerifiedTokens(int maxEntries, Duration maxAge, Clock clock) {
        if (maxEntries < 0 || maxAge.isNegative()) {
            throw new IllegalArgumentException("a token cache needs a size and an age of zero or more");
        }
        this.maxEntries = maxEntries;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** Whom the token identified when it was verified, if that is still good now. */
    public Optional<I> find(String token) {
        String key = key(token);
        Entry<I> entry = entries.get(key);
        if (entry == null) {
            misses.incrementAndGet();
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.until())) {
            entries.remove(key, entry);
            misses.incrementAndGet();
            return Optional.empty();
        }
        hits.incrementAndGet();
        return Optional.of(entry.identity());
    }

    /** Remembers a token the verifier has just accepted, which it says expires at {@code expiresAt}. */
    public void remember(String token, I identity, Instant expiresAt) {
        Instant now = clock.instant();
        Instant until = earliest(expiresAt, now.plus(maxAge));
        if (!now.isBefore(until) || maxEntries == 0) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(e -> !now.isBefore(e.until()));
            if (entries.size() >= maxEntries) {
                return;
            }
        }
        entries.put(key(token), new Entry<>(identity, until));
    }

    public int size() {
        return entries.size();
    }

    public long hits() {
        return hits.get();
    }

    public long misses() {
        return misses.get();
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static String key(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
