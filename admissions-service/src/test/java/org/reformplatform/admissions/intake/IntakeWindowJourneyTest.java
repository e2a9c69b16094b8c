package org.reformplatform.admissions.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.reformplatform.admissions.AdmissionsApi.application;
import static org.reformplatform.admissions.AdmissionsApi.as;
import static org.reformplatform.admissions.AdmissionsApi.event;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.deadline.DeadlineDispatcher;
import org.reformplatform.eventsourcing.deadline.Deadlines;
import org.reformplatform.eventsourcing.ops.PlatformClock;
import org.reformplatform.testing.EventStoreProbe;
import org.reformplatform.testing.Tokens;

/**
 * An intake event opens and closes itself at its window's bounds: the clock is moved and the event's
 * deadlines fired, never waited for; firing again changes nothing, and an operator's command that
 * made a deadline moot cancels it.
 */
@QuarkusTest
class IntakeWindowJourneyTest {

    @Inject
    PlatformClock clock;

    @Inject
    DeadlineDispatcher dispatcher;

    @Inject
    Deadlines deadlines;

    @AfterEach
    void realTime() {
        clock.backToNow();
    }

    static String announce(OffsetDateTime opensAt, OffsetDateTime closesAt) {
        return as(Tokens.operator()).body(event("Rolling camp " + UUID.randomUUID(), 5, 2, opensAt, closesAt)).post("/v1/intake-events")
                .then().statusCode(201).body("status", equalTo("announced")).extract().path("id");
    }

    static void show(String id, String status, String etag) {
        as(Tokens.operator()).get("/v1/intake-events/" + id).then().statusCode(200).body("status", equalTo(status)).header("ETag", "\"" + etag + "\"");
    }

    static int submit(String id) {
        return as(Tokens.partner("uni-a")).body(application(id, "Lin Xiao", "NONE", "Music")).post("/v1/applications").then().extract().statusCode();
    }

    @Test
    void an_event_opens_at_its_windows_start_and_closes_at_its_end_once() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        String id = announce(now.plusDays(2), now.plusDays(10));
        assertThat(deadlines.ofStream(id)).extracting(Deadlines.DeadlineView::name, Deadlines.DeadlineView::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(IntakeWindowDeadlines.OPENING, "PENDING"),
                org.assertj.core.groups.Tuple.tuple(IntakeWindowDeadlines.CLOSING, "PENDING"));
        assertThat(submit(id)).isEqualTo(409);

        clock.advance(Duration.ofDays(1));
        dispatcher.fireDueOf(List.of(id));
        show(id, "announced", "1");

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        dispatcher.fireDueOf(List.of(id));
        dispatcher.fireDueOf(List.of(id));
        show(id, "open", "2");
        assertThat(submit(id)).isEqualTo(201);
        show(id, "open", "3");

        clock.advance(Duration.ofDays(8));
        dispatcher.fireDueOf(List.of(id));
        show(id, "closed", "4");
        EventStoreProbe.assertNoEventWritten(() -> as(Tokens.partner("uni-a")).body(application(id, "Late", "NONE", "Music"))
                .post("/v1/applications").then().statusCode(409).body("type", equalTo("https://reform-platform.org/problems/intake-event-not-open")));
        dispatcher.fireDueOf(List.of(id));
        show(id, "closed", "4");
        assertThat(deadlines.ofStream(id)).extracting(Deadlines.DeadlineView::status).containsExactly("FIRED", "FIRED");
    }

    @Test
    void a_window_that_started_already_opens_at_once_and_an_operators_opening_after_it_changes_nothing() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        String id = announce(now.minusDays(1), now.plusDays(30));
        dispatcher.fireDueOf(List.of(id));
        show(id, "open", "2");
        as(Tokens.operator()).post("/v1/intake-events/" + id + "/opening").then().statusCode(200).body("status", equalTo("open"));
        show(id, "open", "2");
    }

    @Test
    void an_extension_moves_the_closing_and_an_operators_closing_cancels_what_is_left() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        String id = announce(now.minusHours(1), now.plusDays(5));
        as(Tokens.operator()).post("/v1/intake-events/" + id + "/opening").then().statusCode(200);
        as(Tokens.operator()).body(Map.of("closesAt", now.plusDays(20).toString())).post("/v1/intake-events/" + id + "/extension")
                .then().statusCode(200);

        clock.advance(Duration.ofDays(6));
        dispatcher.fireDueOf(List.of(id));
        show(id, "open", "3");
        assertThat(submit(id)).isEqualTo(201);

        as(Tokens.operator()).post("/v1/intake-events/" + id + "/closing").then().statusCode(200).body("status", equalTo("closed"));
        clock.advance(Duration.ofDays(30));
        dispatcher.fireDueOf(List.of(id));
        show(id, "closed", "5");
        assertThat(deadlines.ofStream(id)).extracting(d -> d.name() + " " + d.status() + " " + d.outcome()).containsExactlyInAnyOrder(
                IntakeWindowDeadlines.OPENING + " CANCELLED opened by an operator",
                IntakeWindowDeadlines.CLOSING + " CANCELLED closed by an operator");
    }
}
