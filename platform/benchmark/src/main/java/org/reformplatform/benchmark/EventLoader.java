package org.reformplatform.benchmark;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Fills admissions' event store quickly for the rebuild and growth workloads, with realistic,
 * decodable events: it takes every event of one intake event's applications that went through the
 * API (submitted, project work, reviewers, reviews, decisions, admitted students) as a template,
 * and writes copies of that group with fresh ids for every stream and event, by COPY, straight into
 * the {@code events} table. They are not queued in the outbox, so nothing publishes them: they are
 * history, as after years of use, which only rebuilds and stream loads read.
 */
final class EventLoader {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String COPY = "COPY events (stream_id, stream_type, stream_version, event_id, event_type, schema_version, payload, "
            + "metadata, occurred_at) FROM STDIN WITH (FORMAT csv)";
    private static final int CHUNK = 50_000;
    private static final int KEEP_IDS = 20_000;

    /**
     * One template row: its stream by slot, and its payload cut around the stream ids it names. The
     * texts are kept ready for CSV (quoted, quotes doubled): copies only join them with new ids.
     */
    private record Row(int stream, String streamType, int version, String eventType, int schemaVersion, List<String> parts, int[] slots,
            String metadata, String occurredAt) {
    }

    private final String database;
    private final List<Row> template = new ArrayList<>();
    private final List<String> slotTypes = new ArrayList<>();
    private final Deque<UUID> applications = new ArrayDeque<>();

    EventLoader(String database) {
        this.database = database;
    }

    /** Takes the events of every stream that belongs to the intake event (its own, its applications', their students'). */
    void captureTemplate(UUID intakeEventId) {
        String sql = "SELECT stream_id, stream_type, stream_version, event_type, schema_version, payload::text, metadata::text, occurred_at::text "
                + "FROM events WHERE stream_id IN (SELECT DISTINCT stream_id FROM events WHERE stream_id = ? OR payload::text LIKE ?) ORDER BY position";
        Map<String, Integer> slots = new LinkedHashMap<>();
        try (Connection c = Databases.connect(database); PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, intakeEventId.toString());
            query.setString(2, "%" + intakeEventId + "%");
            List<String[]> raw = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String stream = rs.getString(1);
                    if (!slots.containsKey(stream)) {
                        slots.put(stream, slots.size());
                        slotTypes.add(rs.getString(2));
                    }
                    raw.add(new String[] {stream, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getString(8)});
                }
            }
            for (String[] r : raw) {
                List<String> parts = new ArrayList<>();
                List<Integer> named = new ArrayList<>();
                Matcher m = UUID_TEXT.matcher(r[5]);
                int at = 0;
                while (m.find()) {
                    Integer slot = slots.get(m.group());
                    if (slot != null) {
                        parts.add(r[5].substring(at, m.start()).replace("\"", "\"\""));
                        named.add(slot);
                        at = m.end();
                    }
                }
                parts.add(r[5].substring(at).replace("\"", "\"\""));
                template.add(new Row(slots.get(r[0]), quote(r[1]), Integer.parseInt(r[2]), r[3], Integer.parseInt(r[4]), parts,
                        named.stream().mapToInt(Integer::intValue).toArray(), quote(r[6]), quote(r[7])));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the template events", e);
        }
        if (template.isEmpty()) {
            throw new IllegalStateException("no template events for intake event " + intakeEventId);
        }
    }

    int templateSize() {
        return template.size();
    }

    /** Events per type in the template: what the copies are made of. */
    Map<String, Long> templateMix() {
        Map<String, Long> mix = new LinkedHashMap<>();
        template.forEach(row -> mix.merge(row.eventType(), 1L, Long::sum));
        return mix;
    }

    /** Events per copy in streams of this type (the copies of the template's applications: what an admissions simulation reads). */
    long templateEventsOf(String streamType) {
        return template.stream().filter(row -> slotTypes.get(row.stream()).equals(streamType)).count();
    }

    long count() {
        return Databases.count(database, "SELECT count(*) FROM events");
    }

    /** Writes {@code events} copied events (the last copy cut short: every stream stays a prefix of itself). */
    void load(long events) {
        load(events, false);
    }

    /**
     * The same, and every copied event queued in the outbox, all in one transaction: the relay finds
     * them at once, as the backlog a broker outage leaves behind.
     */
    long loadQueued(long events) {
        return load(events, true);
    }

    /** The number of events queued in the outbox. */
    private long load(long events, boolean queued) {
        if (events <= 0) {
            return 0;
        }
        if (template.isEmpty()) {
            throw new IllegalStateException("no template to copy: the template workload did not run");
        }
        try (Connection c = Databases.connect(database)) {
            PGConnection pg = c.unwrap(PGConnection.class);
            long before = 0;
            if (queued) {
                c.setAutoCommit(false);
                before = Databases.count(database, "SELECT coalesce(max(position), 0) FROM events");
            }
            long left = events;
            while (left > 0) {
                int chunk = (int) Math.min(CHUNK, left);
                CopyIn copy = pg.getCopyAPI().copyIn(COPY);
                StringBuilder csv = new StringBuilder(chunk * 900);
                int written = 0;
                while (written < chunk) {
                    UUID[] ids = freshIds();
                    boolean[] begun = new boolean[ids.length];
                    for (Row row : template) {
                        if (written == chunk) {
                            break;
                        }
                        append(csv, row, ids[row.stream()], row.version(), ids);
                        begun[row.stream()] = true;
                        written++;
                        if (csv.length() > 4_000_000) {
                            write(copy, csv);
                        }
                    }
                    rememberApplications(ids, begun);
                }
                write(copy, csv);
                copy.endCopy();
                left -= chunk;
            }
            if (queued) {
                // Timed from the commit on: no ANALYZE after it (the other loads' statistics serve).
                try (PreparedStatement queue = c.prepareStatement("INSERT INTO outbox (position) SELECT position FROM events WHERE position > ? ON CONFLICT DO NOTHING")) {
                    queue.setLong(1, before);
                    long count = queue.executeUpdate();
                    c.commit();
                    return count;
                }
            }
            c.createStatement().execute("ANALYZE events");
            return 0;
        } catch (SQLException e) {
            throw new IllegalStateException("bulk load into " + database + " failed", e);
        }
    }

    /**
     * An open intake event with {@code seats} places already taken (by applications that need not
     * exist: the intake event only keeps their ids), to time commands on a hot aggregate.
     */
    UUID loadBusyIntakeEvent(int seats) {
        if (template.isEmpty()) {
            throw new IllegalStateException("no template to copy: the template workload did not run");
        }
        Row created = null;
        Row opened = null;
        Row seat = null;
        for (Row row : template) {
            if (row.eventType().equals("IntakeEventCreated")) {
                created = row;
            } else if (row.eventType().equals("IntakeEventOpened")) {
                opened = row;
            } else if (row.eventType().equals("SeatTaken") && seat == null) {
                seat = row;
            }
        }
        if (created == null || opened == null || seat == null) {
            throw new IllegalStateException("the template has no intake event with seats");
        }
        UUID[] ids = freshIds();
        UUID intakeEvent = ids[created.stream()];
        try (Connection c = Databases.connect(database)) {
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
            StringBuilder csv = new StringBuilder();
            append(csv, created, intakeEvent, 1, ids);
            append(csv, opened, intakeEvent, 2, ids);
            for (int i = 0; i < seats; i++) {
                ids = freshIds();
                ids[seat.stream()] = intakeEvent;
                append(csv, seat, intakeEvent, 3 + i, ids);
                if (csv.length() > 4_000_000) {
                    write(copy, csv);
                }
            }
            write(copy, csv);
            copy.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("loading a busy intake event failed", e);
        }
        return intakeEvent;
    }

    int coldApplications() {
        synchronized (applications) {
            return applications.size();
        }
    }

    /** Application streams written by the loader and not handed out yet: cold for the service's state cache. */
    List<UUID> takeColdApplications(int n) {
        List<UUID> taken = new ArrayList<>();
        synchronized (applications) {
            while (taken.size() < n && !applications.isEmpty()) {
                taken.add(applications.pollLast());
            }
        }
        return taken;
    }

    private UUID[] freshIds() {
        UUID[] ids = new UUID[slotTypes.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = UUID.randomUUID();
        }
        return ids;
    }

    /** Keeps the application streams of a copy that were written (a copy cut short may not have begun them all). */
    private void rememberApplications(UUID[] ids, boolean[] begun) {
        synchronized (applications) {
            for (int i = 0; i < ids.length; i++) {
                if (begun[i] && slotTypes.get(i).equals("Application")) {
                    applications.addLast(ids[i]);
                    if (applications.size() > KEEP_IDS) {
                        applications.pollFirst();
                    }
                }
            }
        }
    }

    private static void append(StringBuilder csv, Row row, UUID stream, int version, UUID[] ids) {
        csv.append(stream).append(',').append(row.streamType()).append(',').append(version).append(',').append(UUID.randomUUID())
                .append(',').append(row.eventType()).append(',').append(row.schemaVersion()).append(",\"");
        for (int i = 0; i < row.parts().size(); i++) {
            csv.append(row.parts().get(i));
            if (i < row.slots().length) {
                csv.append(ids[row.slots()[i]]);
            }
        }
        csv.append("\",").append(row.metadata()).append(',').append(row.occurredAt()).append('\n');
    }

    private static String quote(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static void write(CopyIn copy, StringBuilder csv) throws SQLException {
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        csv.setLength(0);
    }
}
