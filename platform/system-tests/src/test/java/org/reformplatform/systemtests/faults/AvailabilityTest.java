package org.reformplatform.systemtests.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reformplatform.systemtests.faults.LoadFixtures.MENTOR;
import static org.reformplatform.systemtests.faults.LoadFixtures.POST;
import static org.reformplatform.systemtests.faults.LoadFixtures.accepted;
import static org.reformplatform.systemtests.faults.LoadFixtures.refused;
import static org.reformplatform.systemtests.faults.LoadFixtures.s;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The availability check on made-up loads: the load runs from 0 s to 20 s, the fault from 5 s to 15 s. */
class AvailabilityTest {

    final List<String> services = List.of("admissions", "mobility");

    Outages fault() {
        Outages outages = new Outages();
        outages.fault(s(5), s(15));
        return outages;
    }

    @Test
    void a_service_that_answers_503_to_everything_while_nothing_is_down_fails() {
        Outages outages = fault();
        List<CommandLoad.Accepted> accepted = List.of(accepted(MENTOR, 1, "m1"), accepted(MENTOR, 8, "m2"), accepted(MENTOR, 17, "m3"));
        List<CommandLoad.Refused> refused = List.of(refused(POST, 1, 503, true), refused(POST, 8, 503, true), refused(POST, 17, 503, true));

        List<String> gaps = Availability.unavailable(Availability.windows(services, outages, 0, s(20)), accepted, refused);

        assertThat(gaps).hasSize(3).allMatch(gap -> gap.startsWith("mobility accepted no command"));
        assertThat(gaps.get(0)).contains("before the fault", "503 service-unavailable");
        assertThat(Availability.wrongAnswers(refused, outages)).hasSize(3).allMatch(wrong -> wrong.contains("outside its outage"));
    }

    @Test
    void a_stopped_service_is_excused_during_its_outage_only_and_must_accept_before_and_after_it() {
        Outages outages = fault();
        outages.add("mobility", Outages.Cause.STOPPED, s(6), s(12));
        List<CommandLoad.Accepted> accepted = List.of(accepted(MENTOR, 1, "m1"), accepted(MENTOR, 8, "m2"), accepted(MENTOR, 17, "m3"),
                accepted(POST, 2, "p1"), accepted(POST, 13, "p2"));
        List<CommandLoad.Refused> during = List.of(refused(POST, 7, 0, false), refused(POST, 11.95, 503, true));

        assertThat(Availability.unavailable(Availability.windows(services, outages, 0, s(20)), accepted, during)).isEmpty();
        assertThat(Availability.wrongAnswers(during, outages)).isEmpty();

        List<CommandLoad.Refused> outside = List.of(refused(POST, 3, 0, false), refused(MENTOR, 7, 0, false));
        assertThat(Availability.wrongAnswers(outside, outages)).containsExactly(
                "mobility did not answer while it was running: connection failed: refused",
                "admissions did not answer while it was running: connection failed: refused");
        List<CommandLoad.Accepted> nothingAfter = accepted.stream().filter(a -> a.at() != s(13)).toList();
        assertThat(Availability.unavailable(Availability.windows(services, outages, 0, s(20)), nothingAfter, during))
                .singleElement().asString().startsWith("mobility accepted no command after its outage");
    }

    @Test
    void a_service_whose_database_is_away_answers_503_problems_and_never_silence() {
        Outages outages = fault();
        outages.add("mobility", Outages.Cause.DEGRADED, s(5), s(15));
        UUID hung = UUID.randomUUID();
        List<CommandLoad.Refused> refused = List.of(refused(POST, 6, 503, true), refused(POST, 7, 503, false), refused(POST, 8, 0, false),
                refused(POST, 9, 500, true), refused(POST, 10, 409, true), refused(POST, hung, 11, 0, false, "no answer within PT30S"));

        assertThat(Availability.wrongAnswers(refused, outages)).containsExactly(
                "mobility answered 503 without a problem body",
                "mobility did not answer while it was running: connection failed: refused",
                "mobility answered 500",
                "mobility refused a valid command: 409 null",
                "mobility: no answer within PT30S (a hang)");
    }

    @Test
    void a_service_without_an_outage_must_go_on_accepting_while_the_fault_lasts() {
        Outages outages = fault();
        List<CommandLoad.Accepted> accepted = List.of(accepted(MENTOR, 1, "m1"), accepted(MENTOR, 17, "m3"), accepted(POST, 1, "p1"),
                accepted(POST, 9, "p2"), accepted(POST, 19, "p3"));

        assertThat(Availability.unavailable(Availability.windows(services, outages, 0, s(20)), accepted, List.of()))
                .containsExactly("admissions accepted no command while the fault lasted (10.0 s; answered instead: nothing was sent)");
    }
}
