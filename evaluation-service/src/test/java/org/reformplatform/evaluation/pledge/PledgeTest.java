package org.reformplatform.evaluation.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reformplatform.evaluation.pledge.PledgeCommand.AssessPledge;
import org.reformplatform.evaluation.pledge.PledgeCommand.RecordTargetMet;
import org.reformplatform.evaluation.pledge.PledgeCommand.SignPledge;
import org.reformplatform.evaluation.pledge.PledgeEvent.PledgeFailed;
import org.reformplatform.evaluation.pledge.PledgeEvent.PledgeFulfilled;
import org.reformplatform.evaluation.pledge.PledgeEvent.PledgeSigned;
import org.reformplatform.evaluation.pledge.PledgeEvent.PledgeTargetMet;
import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.evaluation.scheme.OutcomeUse;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.domain.WorkingCalendar;
import org.reformplatform.testing.DeciderSpec;

/** Pledge agreements (军令状): signed with targets, a deadline and consequences; fulfilled or failed. */
class PledgeTest {

    static final PledgeId ID = PledgeId.random();
    static final ResearcherId LEADER = new ResearcherId(UUID.randomUUID());
    static final ResearcherId MEMBER = new ResearcherId(UUID.randomUUID());
    static final Instant SIGNED_AT = Instant.parse("2026-01-10T02:00:00Z");
    static final LocalDate DEADLINE = LocalDate.parse("2026-12-31");
    static final List<PledgeTarget> TARGETS = List.of(new PledgeTarget("process", "Process validated", null, null),
            new PledgeTarget("batches", "Three consecutive batches", null, null));
    static final PledgeSigned SIGNED = new PledgeSigned(ID, "biomed", LEADER, List.of(MEMBER), "CAR-T process", null, "car-t", TARGETS, DEADLINE,
            "Leadership withdrawn", OutcomeUse.REWARD, SIGNED_AT);
    static final Instant LATER = Instant.parse("2027-02-01T00:00:00Z");
    static final LocalDate TODAY_LATER = LocalDate.parse("2027-02-01");

    final DeciderSpec<Pledge, PledgeCommand, PledgeEvent> spec = DeciderSpec.of(
            Pledge.TYPE.decider()::initialState, Pledge.TYPE.decider()::decide, Pledge.TYPE.decider()::evolve)
            .covering(PledgeCommand.class, PledgeEvent.class);

    @AfterAll
    static void every_command_and_event_is_specified() {
        DeciderSpec.assertCovered(PledgeCommand.class);
    }

    static SignPledge sign(List<PledgeTarget> targets, LocalDate deadline, String consequences) {
        return new SignPledge(ID, "biomed", LEADER, List.of(MEMBER, LEADER), "CAR-T process", null, "car-t", targets, deadline, consequences,
                OutcomeUse.REWARD, SIGNED_AT);
    }

    static String code(DeciderSpec<Pledge, PledgeCommand, PledgeEvent>.When when) {
        return when.thenRefused(RuleViolation.class).code();
    }

    @Nested
    class Signing {

        @Test
        void a_pledge_is_signed_with_targets_deadline_and_consequences_the_leader_not_counted_twice() {
            spec.given().when(sign(TARGETS, DEADLINE, "Leadership withdrawn")).then(SIGNED);
        }

        @Test
        void it_needs_targets_consequences_and_a_deadline_after_the_day_of_signing() {
            assertThat(code(spec.given().when(sign(List.of(), DEADLINE, "x")))).isEqualTo("no-targets");
            assertThat(code(spec.given().when(sign(TARGETS, DEADLINE, " ")))).isEqualTo("no-consequences");
            assertThat(code(spec.given().when(sign(TARGETS, LocalDate.parse("2026-01-10"), "x")))).isEqualTo("deadline-not-after-signing");
            assertThat(spec.given().when(sign(TARGETS, LocalDate.parse("2026-01-11"), "x")).events()).hasSize(1);
            assertThat(code(spec.given().when(sign(List.of(TARGETS.get(0), TARGETS.get(0)), DEADLINE, "x")))).isEqualTo("duplicate-target");
        }
    }

    @Nested
    class Fulfilment {

        @Test
        void meeting_one_target_of_two_records_it_only() {
            spec.given(SIGNED).when(new RecordTargetMet("process", LocalDate.parse("2026-06-01"), "QA report", LATER))
                    .then(new PledgeTargetMet(ID, "process", LocalDate.parse("2026-06-01"), "QA report", LATER));
        }

        @Test
        void meeting_the_last_target_by_the_deadline_fulfils_the_pledge() {
            PledgeTargetMet first = new PledgeTargetMet(ID, "process", LocalDate.parse("2026-06-01"), "QA", LATER);
            spec.given(SIGNED, first).when(new RecordTargetMet("batches", DEADLINE, "batch records", LATER)).then(
                    new PledgeTargetMet(ID, "batches", DEADLINE, "batch records", LATER),
                    new PledgeFulfilled(ID, "biomed", LEADER, List.of(MEMBER), "car-t", OutcomeUse.REWARD, DEADLINE, LATER));
        }

        @Test
        void a_target_met_the_day_after_the_deadline_does_not_count() {
            RuleViolation refusal = spec.given(SIGNED).when(new RecordTargetMet("process", DEADLINE.plusDays(1), "late", LATER))
                    .thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("met-after-deadline");
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.INVALID);
        }

        @Test
        void a_target_cannot_be_met_in_the_future() {
            assertThat(code(spec.given(SIGNED).when(new RecordTargetMet("process", LocalDate.parse("2026-03-02"),
                    "x", Instant.parse("2026-03-01T12:00:00Z"))))).isEqualTo("met-in-future");
        }

        @Test
        void an_unknown_target_is_not_found_and_a_met_one_again_changes_nothing() {
            assertThat(spec.given(SIGNED).when(new RecordTargetMet("fame", DEADLINE, "x", LATER)).thenRefused(RuleViolation.class).kind())
                    .isEqualTo(RuleViolation.Kind.NOT_FOUND);
            PledgeTargetMet met = new PledgeTargetMet(ID, "process", LocalDate.parse("2026-06-01"), "QA", LATER);
            spec.given(SIGNED, met).when(new RecordTargetMet("process", LocalDate.parse("2026-07-01"), "again", LATER)).then();
        }
    }

    @Nested
    class Failure {

        @Test
        void a_pledge_unfulfilled_after_its_deadline_fails_with_its_consequences() {
            PledgeTargetMet first = new PledgeTargetMet(ID, "process", LocalDate.parse("2026-06-01"), "QA", LATER);
            spec.given(SIGNED, first).when(new AssessPledge(DEADLINE.plusDays(1), TODAY_LATER, LATER)).then(
                    new PledgeFailed(ID, "biomed", LEADER, List.of(MEMBER), "car-t", List.of("batches"), "Leadership withdrawn", DEADLINE.plusDays(1), LATER));
        }

        @Test
        void a_pledge_cannot_be_assessed_on_or_before_its_deadline() {
            RuleViolation refusal = spec.given(SIGNED).when(new AssessPledge(DEADLINE, TODAY_LATER, LATER)).thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("pledge-not-due");
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        }

        @Test
        void a_pledge_is_assessed_on_a_past_day_or_today_only() {
            Instant morning = Instant.parse("2027-01-05T08:00:00Z");
            assertThat(code(spec.given(SIGNED).when(new AssessPledge(LocalDate.parse("2027-01-06"), LocalDate.parse("2027-01-05"), morning)))).isEqualTo("assessed-in-future");
            assertThat(spec.given(SIGNED).when(new AssessPledge(LocalDate.parse("2027-01-05"), LocalDate.parse("2027-01-05"), morning)).events()).hasSize(1);
        }

        @Test
        void its_own_deadline_fails_an_unfulfilled_pledge_dated_the_day_after_and_is_refused_once_settled() {
            // evaluation.PledgeDue fires when the deadline day is over in the region: assessed on "today", the day after.
            LocalDate dayAfter = DEADLINE.plusDays(1);
            Instant endOfDeadlineInShanghai = Instant.parse("2026-12-31T16:00:00Z");
            spec.given(SIGNED).when(new AssessPledge(dayAfter, dayAfter, endOfDeadlineInShanghai)).then(new PledgeFailed(ID, "biomed", LEADER,
                    List.of(MEMBER), "car-t", List.of("process", "batches"), "Leadership withdrawn", dayAfter, endOfDeadlineInShanghai));
            PledgeFailed failed = new PledgeFailed(ID, "biomed", LEADER, List.of(MEMBER), "car-t", List.of("process", "batches"), "x", dayAfter,
                    endOfDeadlineInShanghai);
            assertThat(code(spec.given(SIGNED, failed).when(new AssessPledge(dayAfter, dayAfter, LATER)))).isEqualTo("pledge-settled");
        }

        @Test
        void the_lapse_policy_judges_a_pledge_on_its_deadline_or_after_the_working_days_it_leaves_to_record_fulfilment() {
            WorkingCalendar weekdays = WorkingCalendar.weekdaysOnly("test");
            assertThat(PledgeLapsePolicy.CURRENT.standsUntil(DEADLINE, weekdays)).isEqualTo(DEADLINE);
            // 2026-12-31 is a Thursday: two working days later is Monday 2027-01-04.
            assertThat(new PledgeLapsePolicy("grace", 2).standsUntil(DEADLINE, weekdays)).isEqualTo(LocalDate.parse("2027-01-04"));
        }

        @Test
        void a_settled_pledge_changes_no_more() {
            PledgeFulfilled fulfilled = new PledgeFulfilled(ID, "biomed", LEADER, List.of(MEMBER), "car-t", OutcomeUse.REWARD, DEADLINE, LATER);
            assertThat(code(spec.given(SIGNED, fulfilled).when(new AssessPledge(DEADLINE.plusDays(1), TODAY_LATER, LATER)))).isEqualTo("pledge-settled");
            PledgeFailed failed = new PledgeFailed(ID, "biomed", LEADER, List.of(MEMBER), "car-t", List.of("process", "batches"), "x",
                    DEADLINE.plusDays(1), LATER);
            assertThat(code(spec.given(SIGNED, failed).when(new RecordTargetMet("process", DEADLINE, "x", LATER)))).isEqualTo("pledge-settled");
        }
    }
}
