package org.reformplatform.admissions.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reformplatform.admissions.ids.ApplicationId;

class SeatsTest {

    final ApplicationId first = ApplicationId.random();
    final ApplicationId second = ApplicationId.random();
    final ApplicationId third = ApplicationId.random();

    @Test
    void taking_a_seat_leaves_the_seats_before_as_they_were() {
        Seats one = Seats.none().takenBy(first);
        Seats two = one.takenBy(second);
        assertThat(two.size()).isEqualTo(2);
        assertThat(two.isHeldBy(first)).isTrue();
        assertThat(two.isHeldBy(second)).isTrue();
        assertThat(one.isHeldBy(second)).isFalse();
        assertThat(one.size()).isEqualTo(1);
    }

    @Test
    void releasing_a_seat_keeps_every_other_holder_whatever_its_place() {
        Seats three = Seats.none().takenBy(first).takenBy(second).takenBy(third);
        for (ApplicationId leaving : new ApplicationId[] {first, second, third}) {
            Seats left = three.releasedBy(leaving);
            assertThat(left.size()).isEqualTo(2);
            assertThat(left.isHeldBy(leaving)).isFalse();
            for (ApplicationId staying : new ApplicationId[] {first, second, third}) {
                if (staying != leaving) {
                    assertThat(left.isHeldBy(staying)).isTrue();
                }
            }
        }
        assertThat(three.size()).isEqualTo(3);
    }

    @Test
    void releasing_a_seat_nobody_holds_changes_nothing() {
        Seats one = Seats.none().takenBy(first);
        assertThat(one.releasedBy(second)).isSameAs(one);
        assertThat(Seats.none().releasedBy(first)).isSameAs(Seats.none());
    }

    @Test
    void the_same_holders_are_the_same_seats_in_any_order() {
        assertThat(Seats.none().takenBy(first).takenBy(second)).isEqualTo(Seats.none().takenBy(second).takenBy(first))
                .hasSameHashCodeAs(Seats.none().takenBy(second).takenBy(first));
        assertThat(Seats.none().takenBy(first)).isNotEqualTo(Seats.none().takenBy(second));
    }

    /** The reason for the class: 10,000 seats replayed one by one, and one released from the middle, without copying them all each time. */
    @Test
    void ten_thousand_seats_replay_and_release_without_overflowing() {
        Seats seats = Seats.none();
        ApplicationId middle = null;
        for (int i = 0; i < 10_000; i++) {
            ApplicationId next = ApplicationId.random();
            seats = seats.takenBy(next);
            if (i == 5_000) {
                middle = next;
            }
        }
        Seats released = seats.releasedBy(middle);
        assertThat(released.size()).isEqualTo(9_999);
        assertThat(released.isHeldBy(middle)).isFalse();
    }
}
