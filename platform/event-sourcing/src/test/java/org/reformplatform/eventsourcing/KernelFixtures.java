package org.reformplatform.eventsourcing;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.UnitOfWork;
import org.reformplatform.eventsourcing.sample.Tally;
import org.reformplatform.eventsourcing.sample.TallyId;
import org.reformplatform.eventsourcing.store.StreamRef;
import org.reformplatform.testing.TopicReader;

/** Helpers the kernel tests share: writing tallies through the real command path, reading the topic and tables. */
@ApplicationScoped
public class KernelFixtures {

    @Inject
    Aggregates aggregates;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    public static final String TOPIC = "kerneltest.events";
    public static final String DEAD_LETTERS = "kerneltest.dead-letters";

    public TallyId openTally(int limit) {
        TallyId id = TallyId.random();
        unitOfWork.run(true, () -> aggregates.handle(stream(id), Tally.DECIDER, new Tally.Open(id, "owner", "org-a", limit)));
        return id;
    }

    public void increment(TallyId id, int by, String note) {
        unitOfWork.run(true, () -> aggregates.handle(stream(id), Tally.DECIDER, new Tally.Increment(by, note)));
    }

    public static StreamRef stream(TallyId id) {
        return StreamRef.of(Tally.STREAM_TYPE, id);
    }

    public TopicReader reader(String... topics) {
        return new TopicReader(bootstrapServers, topics);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Event ids in the store for the given streams, by stream, in version order. */
    public Map<String, List<UUID>> storedIds(List<String> streamIds) throws Exception {
        Map<String, List<UUID>> ids = new java.util.LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT stream_id, event_id FROM events WHERE stream_id = ANY (?) ORDER BY stream_id, stream_version")) {
            q.setArray(1, c.createArrayOf("text", streamIds.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
                }
            }
        }
        return ids;
    }

    public long count(String sql, Object... args) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                q.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public List<List<Object>> rows(String sql) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
