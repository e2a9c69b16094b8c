package org.reformplatform.admissions.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reformplatform.admissions.AdmissionsApi.openEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.reformplatform.admissions.ids.IntakeEventId;
import org.reformplatform.testing.EventStoreProbe;

/**
 * An application's read models are inline for applications only (their {@code inlineStreamTypes}): a
 * submission writes them in its own transaction, while its seat in the intake event, which they never
 * read, reaches them from the topic in its turn. Looked at inside the submission's transaction,
 * before it commits, where no consumer can have seen the seat yet.
 */
@QuarkusTest
class InlineStreamsTest {

    /** Admissions' inline projections: each takes only the application streams in a command. */
    private static final String[] INLINE = {"applications", "calibration-scores", "conflict-checks"};

    @Inject
    SubmitApplicationHandler submissions;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_submission_writes_its_application_inline_and_leaves_its_seat_to_the_consumer() {
        String event = openEvent("Inline streams camp " + UUID.randomUUID(), 10, 2);
        IntakeEventId intakeEvent = new IntakeEventId(UUID.fromString(event));

        String application = QuarkusTransaction.requiringNew().call(() -> {
            String id = submissions.handle(intakeEvent, "uni-a", new Candidate("Inline Streams", "inline@example.org", Background.notStated()))
                    .state().id().value().toString();
            // Read in this transaction: the seat is the intake event's last event, uncommitted.
            int seatVersion = (int) EventStoreProbe.eventCount(event);
            for (String projection : INLINE) {
                assertThat(cursor(projection, id)).as(projection + ": the application, inline").isEqualTo(1);
                assertThat(cursor(projection, event)).as(projection + ": the seat (version %d of the intake event), not inline", seatVersion)
                        .isLessThan(seatVersion);
            }
            return id;
        });

        long seats = EventStoreProbe.eventCount(event);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String projection : INLINE) {
                assertThat(cursor(projection, event)).as(projection + ": the intake event, from the topic").isEqualTo(seats);
                assertThat(cursor(projection, application)).as(projection + ": the application").isEqualTo(1);
            }
        });
    }

    /** The projection's cursor of the stream, as this transaction sees it (0 when it has none). */
    private int cursor(String projection, String streamId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT version FROM projection_cursors WHERE projection = ? AND stream_id = ?")) {
            query.setString(1, projection);
            query.setString(2, streamId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }
}
