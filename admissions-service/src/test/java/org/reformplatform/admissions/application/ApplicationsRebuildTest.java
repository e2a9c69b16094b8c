package org.reformplatform.admissions.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reformplatform.admissions.AdmissionsApi.as;
import static org.reformplatform.admissions.AdmissionsApi.assign;
import static org.reformplatform.admissions.AdmissionsApi.openEvent;
import static org.reformplatform.admissions.AdmissionsApi.reviewAs;
import static org.reformplatform.admissions.AdmissionsApi.submit;
import static org.reformplatform.admissions.AdmissionsApi.submitWork;
import static org.reformplatform.admissions.AdmissionsApi.uniqueReviewer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.reformplatform.testing.EventStoreProbe;
import org.reformplatform.testing.Tokens;

/**
 * A rebuild of the {@code applications} read model (statuses and histories) from a store of many
 * real applications: ten taken through the API (submission, project work, three reviews, a
 * decision), then copied with fresh ids for every stream and event straight into the store, as
 * years of history would be. The rebuilt read model holds, for every copy, exactly the rows the
 * inline projection wrote for the originals, one command at a time; the rate is printed (the
 * figure of docs/benchmarks.md), never asserted. The store holds {@code -Drebuild.events} events
 * (20,000 by default; 200,000 and more to measure).
 */
@QuarkusTest
class ApplicationsRebuildTest {

    private static final int APPLICATIONS = 10;
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Inject
    AgroalDataSource dataSource;

    /** A template event, as stored. */
    private record Row(String stream, String streamType, int version, String type, int schemaVersion, String payload, String metadata,
            String occurredAt) {
    }

    @Test
    void a_rebuild_from_copies_of_real_applications_holds_for_every_copy_what_the_originals_hold() throws Exception {
        long wanted = Long.getLong("rebuild.events", 20_000);
        long before = count("SELECT coalesce(max(position), 0) FROM events");
        String event = openEvent("Rebuild template " + UUID.randomUUID(), 100, 3);
        for (int i = 0; i < APPLICATIONS; i++) {
            String application = submit("uni-rebuild", event, "Candidate " + i);
            submitWork("uni-rebuild", application);
            String[] panel = {uniqueReviewer("r"), uniqueReviewer("r"), uniqueReviewer("r")};
            assign(application, panel);
            int[] last = switch (i % 4) {
                case 0, 1 -> new int[] {9, 9};   // admitted
                case 2 -> new int[] {1, 1};      // three reviews apart: the special-review docket
                default -> new int[] {2, 2};
            };
            int[] others = i % 4 == 3 ? new int[] {2, 2} : new int[] {9, 9};
            reviewAs(panel[0], application, others[0], others[1], i % 4 == 3 ? "REJECT" : "ADMIT");
            reviewAs(panel[1], application, others[0], others[1], i % 4 == 3 ? "REJECT" : "ADMIT");
            reviewAs(panel[2], application, last[0], last[1], last[0] > 5 ? "ADMIT" : "REJECT");
        }
        List<Row> template = template(before);
        String originals = "SELECT status, reviews_in, required_reviews, version, count(*) FROM application_statuses "
                + "WHERE intake_event_id = ?::uuid GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4";
        List<List<Object>> expected = rows(originals, event);
        assertThat(expected).as("the originals' statuses").isNotEmpty();
        long historyPerCopy = count("SELECT count(*) FROM application_history h JOIN application_statuses s ON s.id = h.application_id "
                + "WHERE s.intake_event_id = ?::uuid", event);

        int copies = (int) Math.max(1, (wanted - count("SELECT count(*) FROM events")) / template.size());
        List<String> copiedEvents = copy(template, event, copies);
        long stored = count("SELECT count(*) FROM events");

        long started = System.nanoTime();
        as(Tokens.operator()).post("/ops/projections/applications/rebuild").then().statusCode(202);
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            JsonPath status = as(Tokens.operator()).get("/ops/projections/applications").then().statusCode(200).extract().jsonPath();
            return "live".equals(status.getString("status.state")) && status.getString("status.rebuildFinished") != null;
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        rebuildTheOtherProjections();
        JsonPath status = as(Tokens.operator()).get("/ops/projections/applications").then().extract().jsonPath();
        System.out.printf("rebuild of applications: %d events in the store (%d copies of %d template events) in %.1f s = %.0f events/s "
                + "(the build's own figure: %s events/s)%n", stored, copies, template.size(), seconds, stored / seconds,
                status.getString("status.eventsPerSecond"));
        assertThat(status.getString("status.lastError")).isNull();

        for (String copy : copiedEvents) {
            assertThat(rows(originals, copy)).as("the statuses of the copy of intake event %s", copy).isEqualTo(expected);
        }
        assertThat(rows(originals, event)).as("the originals' statuses, rebuilt").isEqualTo(expected);
        assertThat(count("SELECT count(*) FROM application_history h JOIN application_statuses s ON s.id = h.application_id "
                + "WHERE s.intake_event_id = ANY (?::uuid[])", (Object) copiedEvents.toArray(String[]::new)))
                .as("history rows of the copies").isEqualTo(historyPerCopy * copies);
    }

    /**
     * The copies went straight into the store, so the service's other read models have not seen
     * them: rebuilt too, every read model equals the store again for the tests that follow.
     */
    private static void rebuildTheOtherProjections() {
        List<String> others = as(Tokens.operator()).get("/ops/projections").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.kind == 'projection' && it.name != 'applications' }.name");
        for (String name : others) {
            as(Tokens.operator()).post("/ops/projections/" + name + "/rebuild").then().statusCode(202);
            await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(250)).until(() -> {
                JsonPath status = as(Tokens.operator()).get("/ops/projections/" + name).then().statusCode(200).extract().jsonPath();
                return "live".equals(status.getString("status.state")) && status.getString("status.rebuildFinished") != null;
            });
        }
    }

    /** The events of the template's streams: the intake event's, its applications', their students'. */
    private List<Row> template(long after) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT stream_id, stream_type, stream_version, event_type, schema_version, "
                     + "payload::text, metadata::text, occurred_at::text FROM events WHERE position > ? ORDER BY position")) {
            query.setLong(1, after);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                            rs.getString(7), rs.getString(8)));
                }
            }
        }
        return rows;
    }

    /**
     * Writes copies of the template by COPY, each with fresh ids for its streams and events (sealed
     * personal values keep their subject: they still open with the original's key), not queued for
     * the relay. Returns the copies' intake event ids.
     */
    private List<String> copy(List<Row> template, String intakeEvent, int copies) throws SQLException {
        List<String> intakeEvents = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY events (stream_id, stream_type, stream_version, event_id, "
                    + "event_type, schema_version, payload, metadata, occurred_at) FROM STDIN WITH (FORMAT csv)");
            StringBuilder csv = new StringBuilder();
            for (int k = 0; k < copies; k++) {
                Map<String, String> ids = new HashMap<>();
                template.forEach(row -> ids.computeIfAbsent(row.stream(), s -> UUID.randomUUID().toString()));
                intakeEvents.add(ids.get(intakeEvent));
                for (Row row : template) {
                    csv.append(ids.get(row.stream())).append(',').append(row.streamType()).append(',').append(row.version()).append(',')
                            .append(UUID.randomUUID()).append(',').append(row.type()).append(',').append(row.schemaVersion()).append(',')
                            .append(quoted(withIds(row.payload(), ids))).append(',').append(quoted(row.metadata())).append(',')
                            .append(quoted(row.occurredAt())).append('\n');
                }
                if (csv.length() > 1_000_000) {
                    write(copy, csv);
                }
            }
            write(copy, csv);
            copy.endCopy();
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE events");
            }
        }
        return intakeEvents;
    }

    private static String withIds(String payload, Map<String, String> ids) {
        Matcher m = UUID_TEXT.matcher(payload);
        StringBuilder out = new StringBuilder(payload.length());
        while (m.find()) {
            String fresh = ids.get(m.group());
            boolean sealedFor = m.start() >= 4 && payload.startsWith("pd1:", m.start() - 4);
            m.appendReplacement(out, fresh == null || sealedFor ? m.group() : fresh);
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static void write(CopyIn copy, StringBuilder csv) throws SQLException {
        byte[] bytes = csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        csv.setLength(0);
    }

    private static long count(String sql, Object... args) {
        return EventStoreProbe.count(sql, args);
    }

    private static List<List<Object>> rows(String sql, Object... args) {
        return EventStoreProbe.rows(sql, args);
    }
}
