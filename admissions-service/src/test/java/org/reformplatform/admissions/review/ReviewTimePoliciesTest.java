package org.reformplatform.admissions.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.domain.WorkingCalendar;

/** The review-due policy and the committee's time limit count working days of the region's calendar. */
class ReviewTimePoliciesTest {

    static final WorkingCalendar WEEKDAYS = WorkingCalendar.weekdaysOnly("test");
    /** A Wednesday. */
    static final LocalDate ASSIGNED = LocalDate.of(2026, 6, 10);

    @Test
    void a_review_is_due_ten_working_days_after_assignment_with_a_reminder_when_three_are_left() {
        ReviewDuePolicy policy = new ReviewDuePolicy(10, 3);
        assertThat(policy.dueOn(ASSIGNED, WEEKDAYS)).isEqualTo(LocalDate.of(2026, 6, 24));
        assertThat(policy.remindOn(ASSIGNED, WEEKDAYS)).isEqualTo(LocalDate.of(2026, 6, 19));
    }

    @Test
    void public_holidays_do_not_count_and_make_up_working_days_do() {
        // The Dragon Boat holiday on Friday 19 June; Sunday 21 June worked instead.
        WorkingCalendar region = new WorkingCalendar("test", Set.of(LocalDate.of(2026, 6, 19)), Set.of(LocalDate.of(2026, 6, 21)));
        ReviewDuePolicy policy = new ReviewDuePolicy(10, 3);
        assertThat(policy.remindOn(ASSIGNED, region)).isEqualTo(LocalDate.of(2026, 6, 21));
        assertThat(policy.dueOn(ASSIGNED, region)).isEqualTo(LocalDate.of(2026, 6, 24));
    }

    @Test
    void the_committee_decides_within_fifteen_working_days_of_the_referral() {
        assertThat(new CommitteeTimeLimit(15).decideBy(ASSIGNED, WEEKDAYS)).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void durations_that_make_no_sense_are_refused_at_start_up() {
        assertThatThrownBy(() -> new ReviewDuePolicy(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReviewDuePolicy(5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CommitteeTimeLimit(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
