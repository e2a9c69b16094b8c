package org.reformplatform.mobility.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reformplatform.mobility.simulation.RecordingWorld.CALENDAR;
import static org.reformplatform.mobility.simulation.RecordingWorld.ZONE;
import static org.reformplatform.mobility.simulation.RecordingWorld.defaults;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reformplatform.mobility.arrangement.Actor;
import org.reformplatform.mobility.arrangement.ArrangementCommand.ApplyForArrangement;
import org.reformplatform.mobility.arrangement.ArrangementCommand.ApproveArrangement;
import org.reformplatform.mobility.arrangement.ArrangementCommand.DecideReturnOrResign;
import org.reformplatform.mobility.arrangement.ArrangementCommand.ExtendTerm;
import org.reformplatform.mobility.arrangement.ArrangementCommand.GrantDeferral;
import org.reformplatform.mobility.arrangement.ArrangementCommand.SignAgreement;
import org.reformplatform.mobility.arrangement.ArrangementForm;
import org.reformplatform.mobility.arrangement.ArrangementId;
import org.reformplatform.mobility.arrangement.Ending;
import org.reformplatform.mobility.arrangement.FormPolicy;
import org.reformplatform.mobility.arrangement.Party;
import org.reformplatform.mobility.arrangement.Term;
import org.reformplatform.mobility.arrangement.TimeLimitPolicy;
import org.reformplatform.mobility.policy.DefaultPolicy;
import org.reformplatform.mobility.researcher.ResearcherId;

/**
 * The replay: given an arrangement's recorded history (under the default policy: 30 days to sign,
 * 20 working days to decide, deemed returned), when simulated under another policy, then the
 * outcome it would have had, and what decided it.
 */
class ArrangementReplayTest {

    static final LocalDate DAY0 = LocalDate.of(2026, 3, 2); // a Monday
    static final String UNI = "uni-a";
    static final String ACME = "acme";
    static final ResearcherId LI = new ResearcherId(UUID.randomUUID());
    static final Instant AS_OF = LocalDate.of(2030, 1, 1).atStartOfDay(ZONE).toInstant();

    @Test
    void an_agreement_signed_on_day_25_lapses_under_a_20_day_signing_period_and_the_last_signature_is_refused() {
        RecordingWorld world = approvedSecondment(new Term(DAY0.plusMonths(2), DAY0.plusMonths(14)));
        world.input(DAY0.plusDays(5), at -> sign(Party.RESEARCHER, UNI, at));
        world.input(DAY0.plusDays(10), at -> sign(Party.HOME_INSTITUTION, UNI, at));
        assertThat(world.input(DAY0.plusDays(25), at -> sign(Party.HOST_ENTERPRISE, ACME, at))).isTrue();

        ArrangementReplay.Replayed replayed = replay(world, with(ArrangementForm.SECONDMENT, new TimeLimitPolicy(20, 20, Ending.RETURNED)));

        assertThat(replayed.recorded().outcome()).isEqualTo("ENDED_COMPLETED");
        assertThat(replayed.simulated()).isEqualTo(new Outcome("LAPSED", DAY0.plusDays(20), "mobility.SigningLapse due " + DAY0.plusDays(20),
                false, false));
        assertThat(replayed.refusals()).extracting(ArrangementReplay.Refusal::on, ArrangementReplay.Refusal::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DAY0.plusDays(25), "arrangement-not-awaiting-signatures"));
        assertThat(replayed.changed()).isTrue();
    }

    @Test
    void under_a_longer_signing_period_the_same_history_is_unchanged() {
        RecordingWorld world = approvedSecondment(new Term(DAY0.plusMonths(2), DAY0.plusMonths(14)));
        world.input(DAY0.plusDays(5), at -> sign(Party.RESEARCHER, UNI, at));
        world.input(DAY0.plusDays(10), at -> sign(Party.HOME_INSTITUTION, UNI, at));
        world.input(DAY0.plusDays(25), at -> sign(Party.HOST_ENTERPRISE, ACME, at));

        ArrangementReplay.Replayed replayed = replay(world, with(ArrangementForm.SECONDMENT, new TimeLimitPolicy(45, 20, Ending.RETURNED)));

        assertThat(replayed.simulated().outcome()).isEqualTo("ENDED_COMPLETED");
        assertThat(replayed.simulated().on()).isEqualTo(DAY0.plusMonths(14));
        assertThat(replayed.changed()).isFalse();
    }

    @Test
    void an_approval_that_lapsed_after_30_days_lapses_15_days_later_under_a_45_day_period() {
        RecordingWorld world = approvedSecondment(new Term(DAY0.plusMonths(2), DAY0.plusMonths(14)));
        world.input(DAY0.plusDays(5), at -> sign(Party.RESEARCHER, UNI, at));
        world.until(DAY0.plusDays(60));
        assertThat(world.state().status().name()).isEqualTo("LAPSED");

        ArrangementReplay.Replayed replayed = replay(world, with(ArrangementForm.SECONDMENT, new TimeLimitPolicy(45, 20, Ending.RETURNED)));

        assertThat(replayed.recorded().on()).isEqualTo(DAY0.plusDays(30));
        assertThat(replayed.simulated().outcome()).isEqualTo("LAPSED");
        assertThat(replayed.simulated().on()).isEqualTo(DAY0.plusDays(45));
    }

    @Test
    void a_decision_on_the_15th_working_day_comes_too_late_under_10_working_days_and_silence_counts_as_resigning() {
        LocalDate endsOn = DAY0.plusMonths(6);
        RecordingWorld world = activeLeaveToFound(new Term(DAY0.plusDays(7), endsOn));
        world.input(endsOn.minusDays(10), at -> new GrantDeferral(Actor.partner(UNI), 1, "The start-up needs a month", endsOn.minusDays(10), at));
        LocalDate deferredUntil = endsOn.plusMonths(1);
        LocalDate fifteenth = CALENDAR.plusWorkingDays(deferredUntil, 15);
        assertThat(world.input(fifteenth, at -> new DecideReturnOrResign(Actor.partner(UNI), Ending.RESIGNED, "stays with the start-up",
                fifteenth))).isTrue();

        ArrangementReplay.Replayed replayed = replay(world, with(ArrangementForm.LEAVE_TO_FOUND, new TimeLimitPolicy(30, 10, Ending.RESIGNED)));

        LocalDate tenth = CALENDAR.plusWorkingDays(deferredUntil, 10);
        assertThat(replayed.recorded()).isEqualTo(new Outcome("ENDED_RESIGNED", fifteenth, "ArrangementEnded on " + fifteenth, false, true));
        assertThat(replayed.simulated()).isEqualTo(new Outcome("ENDED_RESIGNED", tenth, "mobility.ReturnOrResignUndecided due " + tenth,
                false, true));
        assertThat(replayed.refusals()).extracting(ArrangementReplay.Refusal::rule).containsExactly("no-decision-due");
    }

    @Test
    void nobody_deciding_is_deemed_returned_as_recorded_and_resigned_under_a_policy_that_says_so() {
        LocalDate endsOn = DAY0.plusMonths(6);
        RecordingWorld world = activeLeaveToFound(new Term(DAY0.plusDays(7), endsOn));
        world.input(endsOn.minusDays(10), at -> new GrantDeferral(Actor.partner(UNI), 2, "More time", endsOn.minusDays(10), at));
        world.until(endsOn.plusMonths(6));
        LocalDate decideBy = CALENDAR.plusWorkingDays(endsOn.plusMonths(2), 20);

        ArrangementReplay.Replayed replayed = replay(world, with(ArrangementForm.LEAVE_TO_FOUND, new TimeLimitPolicy(30, 20, Ending.RESIGNED)));

        assertThat(replayed.recorded().outcome()).isEqualTo("ENDED_RETURNED");
        assertThat(replayed.simulated()).isEqualTo(new Outcome("ENDED_RESIGNED", decideBy, "mobility.ReturnOrResignUndecided due " + decideBy,
                false, true));
    }

    @Test
    void a_shorter_maximum_term_refuses_the_approval_and_every_input_after_it() {
        RecordingWorld world = approvedSecondment(new Term(DAY0.plusMonths(2), DAY0.plusMonths(20)));
        world.input(DAY0.plusDays(5), at -> sign(Party.RESEARCHER, UNI, at));
        world.input(DAY0.plusDays(6), at -> sign(Party.HOME_INSTITUTION, UNI, at));
        world.input(DAY0.plusDays(7), at -> sign(Party.HOST_ENTERPRISE, ACME, at));
        FormPolicy twelveMonths = new FormPolicy(ArrangementForm.SECONDMENT, 12, 0,
                List.of(Party.RESEARCHER, Party.HOME_INSTITUTION, Party.HOST_ENTERPRISE), true, true);

        ArrangementReplay.Replayed replayed = replay(world, with(twelveMonths));

        assertThat(replayed.simulated().outcome()).isEqualTo("APPLIED");
        assertThat(replayed.refusals()).extracting(ArrangementReplay.Refusal::rule)
                .containsExactly("term-beyond-policy", "arrangement-not-awaiting-signatures", "arrangement-not-awaiting-signatures",
                        "arrangement-not-awaiting-signatures");
    }

    @Test
    void an_extension_beyond_a_shorter_maximum_is_refused_and_the_term_completes_on_its_first_end() {
        Term term = new Term(DAY0.plusMonths(1), DAY0.plusMonths(13));
        RecordingWorld world = approvedSecondment(term);
        world.input(DAY0.plusDays(5), at -> sign(Party.RESEARCHER, UNI, at));
        world.input(DAY0.plusDays(6), at -> sign(Party.HOME_INSTITUTION, UNI, at));
        world.input(DAY0.plusDays(7), at -> sign(Party.HOST_ENTERPRISE, ACME, at));
        LocalDate later = DAY0.plusMonths(20);
        assertThat(world.input(DAY0.plusMonths(12), at -> new ExtendTerm(Actor.partner(UNI), later, "More to do", DAY0.plusMonths(12), at)))
                .isTrue();
        FormPolicy fifteenMonths = new FormPolicy(ArrangementForm.SECONDMENT, 15, 0,
                List.of(Party.RESEARCHER, Party.HOME_INSTITUTION, Party.HOST_ENTERPRISE), true, true);

        ArrangementReplay.Replayed replayed = replay(world, with(fifteenMonths));

        assertThat(replayed.recorded()).extracting(Outcome::outcome, Outcome::on, Outcome::extended)
                .containsExactly("ENDED_COMPLETED", later, true);
        assertThat(replayed.simulated()).extracting(Outcome::outcome, Outcome::on, Outcome::extended)
                .containsExactly("ENDED_COMPLETED", term.endsOn(), false);
        assertThat(replayed.simulated().decidedBy()).isEqualTo("mobility.TermEnd due " + term.endsOn());
    }

    @Test
    void under_the_policy_as_recorded_every_history_here_replays_to_its_own_events() {
        RecordingWorld world = approvedSecondment(new Term(DAY0.plusMonths(2), DAY0.plusMonths(14)));
        world.input(DAY0.plusDays(5), at -> sign(Party.RESEARCHER, UNI, at));
        world.input(DAY0.plusDays(25), at -> sign(Party.HOME_INSTITUTION, UNI, at));
        world.until(DAY0.plusDays(40));

        ArrangementReplay.Replayed replayed = replay(world, PolicyTried.AS_RECORDED);

        assertThat(replayed.simulatedEvents()).isEqualTo(world.history().entries().stream().map(RecordedArrangement.Entry::event).toList());
        assertThat(replayed.changed()).isFalse();
    }

    // --- the recorded worlds

    static RecordingWorld approvedSecondment(Term term) {
        RecordingWorld world = new RecordingWorld();
        ArrangementId id = ArrangementId.random();
        world.input(DAY0, at -> new ApplyForArrangement(id, LI, "Li Wei", ArrangementForm.SECONDMENT, UNI, ACME, null, term, "Products",
                "Shared results", defaults(ArrangementForm.SECONDMENT), at));
        world.input(DAY0, at -> new ApproveArrangement(Actor.partner(UNI), 1, defaults(ArrangementForm.SECONDMENT), DAY0, at));
        return world;
    }

    static RecordingWorld activeLeaveToFound(Term term) {
        RecordingWorld world = new RecordingWorld();
        ArrangementId id = ArrangementId.random();
        world.input(DAY0, at -> new ApplyForArrangement(id, LI, "Li Wei", ArrangementForm.LEAVE_TO_FOUND, UNI, null, null, term, "A start-up",
                "Leave", defaults(ArrangementForm.LEAVE_TO_FOUND), at));
        world.input(DAY0, at -> new ApproveArrangement(Actor.operator(null), 1, defaults(ArrangementForm.LEAVE_TO_FOUND), DAY0, at));
        world.input(DAY0.plusDays(1), at -> new SignAgreement(Actor.partner(UNI), Party.RESEARCHER, 1, "Li Wei", LI, at));
        world.input(DAY0.plusDays(2), at -> new SignAgreement(Actor.partner(UNI), Party.HOME_INSTITUTION, 1, "Dean", null, at));
        return world;
    }

    static SignAgreement sign(Party party, String organisation, Instant at) {
        return new SignAgreement(Actor.partner(organisation), party, 1, "Signatory", party == Party.RESEARCHER ? LI : null, at);
    }

    /** As of {@link #AS_OF}: the recorded world's dispatcher has fired what was due by then, and so does the simulation. */
    static ArrangementReplay.Replayed replay(RecordingWorld world, PolicyTried policy) {
        world.until(LocalDate.ofInstant(AS_OF, ZONE));
        return ArrangementReplay.replay(world.history(), policy, ZONE, CALENDAR, AS_OF);
    }

    /** The default policy with other time limits for one form. */
    static PolicyTried with(ArrangementForm form, TimeLimitPolicy limits) {
        FormPolicy d = defaults(form);
        return with(new FormPolicy(form, d.maxTermMonths(), d.maxDeferralMonths(), d.signatories(), d.approvalDelegated(),
                d.reviewedOnResults(), limits));
    }

    static PolicyTried with(FormPolicy changed) {
        return new PolicyTried(2, DefaultPolicy.forms().stream().map(f -> f.form() == changed.form() ? changed : f).toList());
    }
}
