package org.reformplatform.eventsourcing.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.reformplatform.eventsourcing.projection.Ledger.Posted;
import org.reformplatform.eventsourcing.store.RecordedEvent;
import org.reformplatform.eventsourcing.store.Transactions;

/**
 * A second projection of the {@link Ledger}'s streams, for the property tests of projections
 * applied together: per account, how many postings there were and their sum. It reads postings
 * only and refuses none (not even the ledger's poison), so that one projection's refusal shows if
 * it ever leaks into the other's read model.
 */
final class PostingCounts implements Projection {

    static final String SCHEMA = """
            CREATE TABLE ledger_posting_counts (
                stream_id TEXT PRIMARY KEY,
                postings  INTEGER NOT NULL,
                total     BIGINT  NOT NULL
            );
            """;

    private final Transactions transactions;

    PostingCounts(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public String name() {
        return "posting-counts";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(Posted.class);
    }

    @Override
    public List<String> tables() {
        return List.of("ledger_posting_counts");
    }

    @Override
    public void apply(RecordedEvent<?> recorded) {
        Posted posted = (Posted) recorded.event();
        try (Connection c = transactions.connection();
             PreparedStatement upsert = c.prepareStatement("INSERT INTO ledger_posting_counts (stream_id, postings, total) VALUES (?, 1, ?) "
                     + "ON CONFLICT (stream_id) DO UPDATE SET postings = ledger_posting_counts.postings + 1, "
                     + "total = ledger_posting_counts.total + EXCLUDED.total")) {
            upsert.setString(1, recorded.streamId());
            upsert.setInt(2, posted.amount());
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
