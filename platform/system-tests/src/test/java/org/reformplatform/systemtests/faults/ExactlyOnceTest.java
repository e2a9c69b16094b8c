package org.reformplatform.systemtests.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reformplatform.systemtests.faults.LoadFixtures.MENTOR;
import static org.reformplatform.systemtests.faults.LoadFixtures.accepted;
import static org.reformplatform.systemtests.faults.LoadFixtures.published;
import static org.reformplatform.systemtests.faults.LoadFixtures.refused;
import static org.reformplatform.systemtests.faults.LoadFixtures.stored;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The exactly-once count on a made-up store and topic of admissions, one accepted command at a time. */
class ExactlyOnceTest {

    final UUID correlation = UUID.randomUUID();
    final UUID eventId = UUID.randomUUID();
    final List<EventStores.StoredEvent> store = new ArrayList<>(List.of(stored(1, eventId, "MentorRegistered", correlation, "mentorId", "m1")));
    final List<TopicLog.Entry> topic = new ArrayList<>(List.of(published("admissions", 0, eventId, "MentorRegistered", correlation, "mentorId", "m1")));

    ExactlyOnce.Result check(List<CommandLoad.Accepted> accepted, List<CommandLoad.Refused> refused) {
        return new ExactlyOnce(List.of(MENTOR), Map.of("admissions", store), Map.of("admissions", topic)).check(accepted, refused);
    }

    @Test
    void one_event_in_the_store_and_one_record_on_the_topic_found_both_ways_is_exact() {
        ExactlyOnce.Result result = check(List.of(accepted(MENTOR, correlation, 1, "m1")), List.of());
        assertThat(result.commands()).isEqualTo(1);
        assertThat(result.defects()).isEmpty();
        assertThat(result.exact()).isTrue();
    }

    @Test
    void a_record_published_twice_is_a_duplicate_found_by_correlation_and_by_id() {
        topic.add(published("admissions", 1, eventId, "MentorRegistered", correlation, "mentorId", "m1"));
        ExactlyOnce.Result result = check(List.of(accepted(MENTOR, correlation, 1, "m1")), List.of());
        assertThat(result.duplicated()).hasSize(2).allMatch(d -> d.endsWith(": 2"));
        assertThat(result.lost()).isEmpty();
    }

    @Test
    void an_event_appended_twice_under_one_command_is_a_duplicate_even_when_each_is_published_once() {
        UUID second = UUID.randomUUID();
        store.add(stored(2, second, "MentorRegistered", correlation, "mentorId", "m1"));
        topic.add(published("admissions", 1, second, "MentorRegistered", correlation, "mentorId", "m1"));
        assertThat(check(List.of(accepted(MENTOR, correlation, 1, "m1")), List.of()).duplicated()).hasSize(4);
    }

    @Test
    void an_accepted_command_with_nothing_stored_or_published_is_lost() {
        ExactlyOnce.Result result = check(List.of(accepted(MENTOR, UUID.randomUUID(), 1, "m2")), List.of());
        assertThat(result.lost()).hasSize(4);
        assertThat(result.exact()).isFalse();
    }

    @Test
    void the_event_of_the_correlation_id_must_be_the_one_naming_the_id_the_answer_returned() {
        UUID other = UUID.randomUUID();
        store.add(stored(2, other, "MentorRegistered", UUID.randomUUID(), "mentorId", "m2"));
        topic.add(published("admissions", 1, other, "MentorRegistered", UUID.randomUUID(), "mentorId", "m2"));
        ExactlyOnce.Result result = check(List.of(accepted(MENTOR, correlation, 1, "m2")), List.of());
        assertThat(result.mismatched()).hasSize(2).allMatch(m -> m.contains("is not the"));
    }

    @Test
    void an_answer_without_an_id_cannot_be_followed() {
        assertThat(check(List.of(accepted(MENTOR, correlation, 1, null)), List.of()).mismatched())
                .singleElement().asString().endsWith("its 2xx answer named no id");
    }

    @Test
    void a_refused_command_writes_nothing_and_one_without_an_answer_writes_once_at_most() {
        assertThat(check(List.of(), List.of(refused(MENTOR, correlation, 1, 503, true, null))).mismatched())
                .singleElement().asString().contains("refused with 503 but wrote 1 event(s)");
        assertThat(check(List.of(), List.of(refused(MENTOR, correlation, 1, 0, false, "connection failed"))).defects()).isEmpty();
        store.add(stored(2, UUID.randomUUID(), "MentorRegistered", correlation, "mentorId", "m1"));
        assertThat(check(List.of(), List.of(refused(MENTOR, correlation, 1, 0, false, "connection failed"))).duplicated()).hasSize(1);
    }
}
