package org.reformplatform.eventsourcing.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.reformplatform.eventsourcing.store.RecordedEvent;
import org.reformplatform.eventsourcing.store.Transactions;

/**
 * A sample projection written in plain JDBC, for the property tests: account balances, with a
 * trail of the postings in the order they were applied (a reordering shows) and a table with one
 * row per posting applied (a double application shows). It refuses postings of 13, as a projector
 * with a bug would; it does not read notes.
 */
final class Ledger implements Projection {

    /** The events of an account's stream. */
    sealed interface Event {
    }

    record Opened(String owner) implements Event {
    }

    record Posted(int amount) implements Event {
    }

    record Noted(String text) implements Event {
    }

    static final int POISON = 13;

    static final String SCHEMA = """
            CREATE TABLE ledger_accounts (
                stream_id TEXT PRIMARY KEY,
                owner     TEXT    NOT NULL,
                balance   BIGINT  NOT NULL,
                postings  INTEGER NOT NULL,
                trail     TEXT    NOT NULL
            );
            CREATE INDEX ledger_accounts_balance ON ledger_accounts (balance);
            CREATE TABLE ledger_postings (
                event_id  UUID    NOT NULL,
                stream_id TEXT    NOT NULL REFERENCES ledger_accounts (stream_id),
                amount    INTEGER NOT NULL
            );
            """;

    private final Transactions transactions;

    Ledger(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public String name() {
        return "ledger";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(Opened.class, Posted.class);
    }

    @Override
    public List<String> tables() {
        return List.of("ledger_accounts", "ledger_postings");
    }

    @Override
    public void apply(RecordedEvent<?> recorded) {
        try (Connection c = transactions.connection()) {
            if (recorded.event() instanceof Opened opened) {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO ledger_accounts (stream_id, owner, balance, postings, trail) VALUES (?, ?, 0, 0, '')")) {
                    insert.setString(1, recorded.streamId());
                    insert.setString(2, opened.owner());
                    insert.executeUpdate();
                }
            } else if (recorded.event() instanceof Posted posted) {
                if (posted.amount() == POISON) {
                    throw new IllegalArgumentException("a posting of " + POISON + " is refused");
                }
                try (PreparedStatement update = c.prepareStatement("UPDATE ledger_accounts SET balance = balance + ?, "
                        + "postings = postings + 1, trail = trail || ? WHERE stream_id = ?");
                     PreparedStatement insert = c.prepareStatement("INSERT INTO ledger_postings (event_id, stream_id, amount) VALUES (?, ?, ?)")) {
                    update.setInt(1, posted.amount());
                    update.setString(2, posted.amount() + ";");
                    update.setString(3, recorded.streamId());
                    if (update.executeUpdate() != 1) {
                        throw new IllegalStateException("posting to an account never opened: " + recorded.streamId());
                    }
                    insert.setObject(1, recorded.eventId());
                    insert.setString(2, recorded.streamId());
                    insert.setInt(3, posted.amount());
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Payload JSON of an event, as the store keeps it. */
    static String payload(Event event) {
        if (event instanceof Opened opened) {
            return "{\"owner\":\"" + opened.owner() + "\"}";
        }
        if (event instanceof Posted posted) {
            return "{\"amount\":" + posted.amount() + "}";
        }
        return "{\"text\":\"" + ((Noted) event).text() + "\"}";
    }

    /** The decoder the projector is given: the payload back into the record. */
    static RecordedEvent<?> decode(org.reformplatform.eventsourcing.store.StoredEvent stored) {
        String p = stored.payload();
        String value = p.substring(p.indexOf(':') + 1, p.length() - 1).replace("\"", "");
        Event event = switch (stored.eventType()) {
            case "Opened" -> new Opened(value);
            case "Posted" -> new Posted(Integer.parseInt(value));
            case "Noted" -> new Noted(value);
            default -> throw new IllegalArgumentException("unknown event type " + stored.eventType());
        };
        return new RecordedEvent<>(stored.position(), stored.streamId(), stored.streamType(), stored.streamVersion(), stored.eventId(),
                stored.eventType(), stored.schemaVersion(), event, null, stored.occurredAt());
    }

}
