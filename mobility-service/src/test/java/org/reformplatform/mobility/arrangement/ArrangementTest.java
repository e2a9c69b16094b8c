package org.reformplatform.mobility.arrangement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.domain.Money;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.mobility.arrangement.ArrangementCommand.ApplyForArrangement;
import org.reformplatform.mobility.arrangement.ArrangementCommand.ApproveArrangement;
import org.reformplatform.mobility.arrangement.ArrangementCommand.ChangeAgreementTerms;
import org.reformplatform.mobility.arrangement.ArrangementCommand.EndArrangement;
import org.reformplatform.mobility.arrangement.ArrangementCommand.GrantDeferral;
import org.reformplatform.mobility.arrangement.ArrangementCommand.RecordFundingRound;
import org.reformplatform.mobility.arrangement.ArrangementCommand.RecordStartupMilestone;
import org.reformplatform.mobility.arrangement.ArrangementCommand.RecordVentureClosure;
import org.reformplatform.mobility.arrangement.ArrangementCommand.RejectArrangement;
import org.reformplatform.mobility.arrangement.ArrangementCommand.ReviewResults;
import org.reformplatform.mobility.arrangement.ArrangementCommand.SignAgreement;
import org.reformplatform.mobility.arrangement.ArrangementEvent.AgreementTermsChanged;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementActivated;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementApplied;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementApproved;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementEnded;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementRejected;
import org.reformplatform.mobility.arrangement.ArrangementEvent.DeferralGranted;
import org.reformplatform.mobility.arrangement.ArrangementEvent.FundingRoundRecorded;
import org.reformplatform.mobility.arrangement.ArrangementEvent.PartySigned;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ResultsReviewed;
import org.reformplatform.mobility.arrangement.ArrangementEvent.StartupMilestoneRecorded;
import org.reformplatform.mobility.arrangement.ArrangementEvent.VentureClosureRecorded;
import org.reformplatform.mobility.arrangement.ArrangementCommand.CompleteTerm;
import org.reformplatform.mobility.arrangement.ArrangementCommand.DecideReturnOrResign;
import org.reformplatform.mobility.arrangement.ArrangementCommand.DeemReturnOrResign;
import org.reformplatform.mobility.arrangement.ArrangementCommand.ExpireDeferral;
import org.reformplatform.mobility.arrangement.ArrangementCommand.ExtendTerm;
import org.reformplatform.mobility.arrangement.ArrangementCommand.LapseUnsignedArrangement;
import org.reformplatform.mobility.arrangement.ArrangementCommand.WithdrawArrangement;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementLapsed;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementWithdrawn;
import org.reformplatform.mobility.arrangement.ArrangementEvent.DeferralExpired;
import org.reformplatform.mobility.arrangement.ArrangementEvent.TermExtended;
import org.reformplatform.eventsourcing.domain.WorkingCalendar;
import org.reformplatform.mobility.policy.DefaultPolicy;
import org.reformplatform.mobility.researcher.ResearcherId;
import org.reformplatform.testing.DeciderSpec;

/** The rules of an arrangement: given its history, when a command, then events or a refusal. */
class ArrangementTest {

    static final ArrangementId ID = ArrangementId.random();
    static final ResearcherId LI = new ResearcherId(UUID.randomUUID());
    static final String UNI = "uni-a";
    static final String ACME = "acme-robotics";
    static final Actor INSTITUTION = Actor.partner(UNI);
    static final Actor ENTERPRISE = Actor.partner(ACME);
    static final Actor STRANGER = Actor.partner("uni-b");
    static final Actor OPERATOR = Actor.operator("institute");
    static final Instant AT = Instant.parse("2026-08-01T02:00:00Z");
    /** The day of AT in the region, and the last day to sign an agreement approved on it (30 days by default). */
    static final LocalDate TODAY = LocalDate.of(2026, 8, 1);
    static final LocalDate SIGN_BY = TODAY.plusDays(30);
    static final LocalDate START = LocalDate.of(2026, 9, 1);
    static final LocalDate END = LocalDate.of(2028, 8, 31);

    static FormPolicy rules(ArrangementForm form) {
        return DefaultPolicy.forms().stream().filter(f -> f.form() == form).findFirst().orElseThrow();
    }

    static final FormPolicy SECONDMENT = rules(ArrangementForm.SECONDMENT);
    static final FormPolicy LEAVE = rules(ArrangementForm.LEAVE_TO_FOUND);

    static final ArrangementApplied SECONDMENT_APPLIED = new ArrangementApplied(ID, LI, "Li Wei", ArrangementForm.SECONDMENT, UNI, ACME,
            null, START, END, "Grasping controller", "Salary by the institution", AT);
    static final ArrangementApproved SECONDMENT_APPROVED = new ArrangementApproved(ID, 1, SECONDMENT, "HOME_INSTITUTION", AT, SIGN_BY);
    static final ArrangementActivated SECONDMENT_ACTIVATED = new ArrangementActivated(ID, LI, ArrangementForm.SECONDMENT, UNI, ACME, START, END);

    static final LocalDate LEAVE_END = LocalDate.of(2029, 8, 31);
    static final ArrangementApplied LEAVE_APPLIED = new ArrangementApplied(ID, LI, "Li Wei", ArrangementForm.LEAVE_TO_FOUND, UNI, null,
            null, START, LEAVE_END, "Found a robotics start-up", null, AT);
    static final ArrangementApproved LEAVE_APPROVED = new ArrangementApproved(ID, 1, LEAVE, "OPERATOR", AT, SIGN_BY);
    static final ArrangementActivated LEAVE_ACTIVATED = new ArrangementActivated(ID, LI, ArrangementForm.LEAVE_TO_FOUND, UNI, null, START, LEAVE_END);

    /** A party's signature: the researcher's names the researcher as the data subject of the signatory's name. */
    static PartySigned signed(Party party) {
        return new PartySigned(ID, party, 1, "signatory", AT, party == Party.RESEARCHER ? LI : null);
    }

    static ArrangementEvent[] activeSecondment() {
        return new ArrangementEvent[] {SECONDMENT_APPLIED, SECONDMENT_APPROVED, signed(Party.RESEARCHER), signed(Party.HOME_INSTITUTION),
                signed(Party.HOST_ENTERPRISE), SECONDMENT_ACTIVATED};
    }

    static ArrangementEvent[] activeLeave(ArrangementEvent... more) {
        return plus(new ArrangementEvent[] {LEAVE_APPLIED, LEAVE_APPROVED, signed(Party.RESEARCHER), signed(Party.HOME_INSTITUTION),
                LEAVE_ACTIVATED}, more);
    }

    static ArrangementEvent[] plus(ArrangementEvent[] history, ArrangementEvent... more) {
        ArrangementEvent[] all = java.util.Arrays.copyOf(history, history.length + more.length);
        System.arraycopy(more, 0, all, history.length, more.length);
        return all;
    }

    static ApplyForArrangement apply(ArrangementForm form, String enterprise, UUID post, LocalDate endsOn) {
        return new ApplyForArrangement(ID, LI, "Li Wei", form, UNI, enterprise, post, new Term(START, endsOn), "Grasping controller",
                "Salary by the institution", rules(form), AT);
    }

    static SignAgreement sign(Actor actor, Party party) {
        return new SignAgreement(actor, party, 1, "signatory", party == Party.RESEARCHER ? LI : null, AT);
    }

    final DeciderSpec<Arrangement, ArrangementCommand, ArrangementEvent> spec = DeciderSpec.of(
            Arrangement.TYPE.decider()::initialState, Arrangement.TYPE.decider()::decide, Arrangement.TYPE.decider()::evolve)
            .covering(ArrangementCommand.class, ArrangementEvent.class);

    @AfterAll
    static void every_command_and_event_is_specified() {
        DeciderSpec.assertCovered(ArrangementCommand.class);
    }

    static String code(RuleViolation refusal) {
        return refusal.code();
    }

    @Nested
    class Applying {

        @Test
        void the_home_institution_applies_within_the_policy_term() {
            spec.given().when(apply(ArrangementForm.SECONDMENT, ACME, null, END)).then(SECONDMENT_APPLIED);
        }

        @Test
        void a_term_of_exactly_the_maximum_is_accepted_and_one_day_more_is_refused() {
            LocalDate limit = START.plusMonths(SECONDMENT.maxTermMonths());
            assertThat(spec.given().when(apply(ArrangementForm.SECONDMENT, ACME, null, limit)).events()).hasSize(1);
            RuleViolation refusal = spec.given().when(apply(ArrangementForm.SECONDMENT, ACME, null, limit.plusDays(1)))
                    .thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("term-beyond-policy");
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.INVALID);
            assertThat(refusal.context()).containsEntry("maxTermMonths", 24);
        }

        @Test
        void the_term_limit_is_the_policys_for_the_form() {
            // 36 months is too long for a secondment but fits leave to found.
            LocalDate threeYears = START.plusMonths(36);
            assertThat(code(spec.given().when(apply(ArrangementForm.SECONDMENT, ACME, null, threeYears)).thenRefused(RuleViolation.class)))
                    .isEqualTo("term-beyond-policy");
            assertThat(spec.given().when(apply(ArrangementForm.LEAVE_TO_FOUND, null, null, threeYears)).events()).hasSize(1);
        }

        @Test
        void a_term_ends_after_it_starts() {
            RuleViolation refusal = catchThrowableOfType(RuleViolation.class, () -> new Term(START, START));
            assertThat(refusal.code()).isEqualTo("term-inverted");
        }

        @Test
        void a_secondment_names_its_host_enterprise() {
            assertThat(code(spec.given().when(apply(ArrangementForm.SECONDMENT, null, null, END)).thenRefused(RuleViolation.class)))
                    .isEqualTo("enterprise-required");
        }

        @Test
        void the_enterprise_is_another_organisation_than_the_institution() {
            assertThat(code(spec.given().when(apply(ArrangementForm.SECONDMENT, UNI, null, END)).thenRefused(RuleViolation.class)))
                    .isEqualTo("enterprise-is-institution");
        }

        @Test
        void enterprise_talent_enters_on_a_post_and_only_enterprise_talent_names_one() {
            assertThat(code(spec.given().when(apply(ArrangementForm.ENTERPRISE_TALENT, ACME, null, END)).thenRefused(RuleViolation.class)))
                    .isEqualTo("post-required");
            assertThat(spec.given().when(apply(ArrangementForm.ENTERPRISE_TALENT, ACME, UUID.randomUUID(), END)).events()).hasSize(1);
            assertThat(code(spec.given().when(apply(ArrangementForm.SECONDMENT, ACME, UUID.randomUUID(), END))
                    .thenRefused(RuleViolation.class))).isEqualTo("post-only-for-enterprise-talent");
        }

        @Test
        void an_arrangement_is_applied_for_once() {
            assertThat(code(spec.given(SECONDMENT_APPLIED).when(apply(ArrangementForm.SECONDMENT, ACME, null, END))
                    .thenRefused(RuleViolation.class))).isEqualTo("arrangement-exists");
        }
    }

    @Nested
    class ApprovingAndRejecting {

        @Test
        void the_home_institution_approves_where_the_policy_delegates_it() {
            spec.given(SECONDMENT_APPLIED).when(new ApproveArrangement(INSTITUTION, 1, SECONDMENT, TODAY, AT)).then(SECONDMENT_APPROVED);
        }

        @Test
        void where_approval_is_not_delegated_the_institution_may_not_and_an_operator_does() {
            RuleViolation refusal = spec.given(LEAVE_APPLIED).when(new ApproveArrangement(INSTITUTION, 1, LEAVE, TODAY, AT))
                    .thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("approval-not-delegated");
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN);
            spec.given(LEAVE_APPLIED).when(new ApproveArrangement(OPERATOR, 1, LEAVE, TODAY, AT)).then(LEAVE_APPROVED);
        }

        @Test
        void the_host_enterprise_does_not_decide_on_the_application() {
            assertThat(code(spec.given(SECONDMENT_APPLIED).when(new ApproveArrangement(ENTERPRISE, 1, SECONDMENT, TODAY, AT))
                    .thenRefused(RuleViolation.class))).isEqualTo("not-home-institution");
        }

        @Test
        void an_approved_arrangement_is_not_approved_again() {
            RuleViolation refusal = spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED).when(new ApproveArrangement(INSTITUTION, 1, SECONDMENT, TODAY, AT))
                    .thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("arrangement-not-applied");
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        }

        @Test
        void approval_checks_the_term_against_the_policy_in_force_then() {
            FormPolicy shorter = new FormPolicy(ArrangementForm.SECONDMENT, 12, 0, SECONDMENT.signatories(), true, true);
            assertThat(code(spec.given(SECONDMENT_APPLIED).when(new ApproveArrangement(INSTITUTION, 2, shorter, TODAY, AT))
                    .thenRefused(RuleViolation.class))).isEqualTo("term-beyond-policy");
        }

        @Test
        void the_approval_records_the_policy_version_and_its_rules() {
            Arrangement approved = spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED).state();
            assertThat(approved.status()).isEqualTo(Arrangement.Status.APPROVED);
            assertThat(approved.policyVersion()).isEqualTo(1);
            assertThat(approved.policy()).isEqualTo(SECONDMENT);
            assertThat(approved.agreement().version()).isEqualTo(1);
        }

        @Test
        void the_home_institution_rejects_an_application() {
            spec.given(SECONDMENT_APPLIED).when(new RejectArrangement(INSTITUTION, SECONDMENT, "No budget", AT))
                    .then(new ArrangementRejected(ID, "No budget", AT));
        }

        @Test
        void a_rejected_application_is_neither_approved_nor_rejected_again() {
            ArrangementRejected rejected = new ArrangementRejected(ID, "No budget", AT);
            assertThat(code(spec.given(SECONDMENT_APPLIED, rejected).when(new ApproveArrangement(OPERATOR, 1, SECONDMENT, TODAY, AT))
                    .thenRefused(RuleViolation.class))).isEqualTo("arrangement-not-applied");
            assertThat(code(spec.given(SECONDMENT_APPLIED, rejected).when(new RejectArrangement(OPERATOR, SECONDMENT, "again", AT))
                    .thenRefused(RuleViolation.class))).isEqualTo("arrangement-not-applied");
        }

        @Test
        void commands_to_an_unknown_arrangement_are_refused_as_not_found() {
            assertThat(spec.given().when(new ApproveArrangement(OPERATOR, 1, SECONDMENT, TODAY, AT)).thenRefused(RuleViolation.class).kind())
                    .isEqualTo(RuleViolation.Kind.NOT_FOUND);
        }
    }

    @Nested
    class ThreePartyAgreement {

        @Test
        void the_secondment_activates_only_with_the_third_signature() {
            spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED).when(sign(INSTITUTION, Party.RESEARCHER)).then(signed(Party.RESEARCHER));
            spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED, signed(Party.RESEARCHER)).when(sign(INSTITUTION, Party.HOME_INSTITUTION))
                    .then(signed(Party.HOME_INSTITUTION));
            spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED, signed(Party.RESEARCHER), signed(Party.HOME_INSTITUTION))
                    .when(sign(ENTERPRISE, Party.HOST_ENTERPRISE)).then(signed(Party.HOST_ENTERPRISE), SECONDMENT_ACTIVATED);
        }

        @Test
        void the_order_of_signatures_does_not_matter() {
            spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED, signed(Party.HOST_ENTERPRISE), signed(Party.HOME_INSTITUTION))
                    .when(sign(OPERATOR, Party.RESEARCHER)).then(signed(Party.RESEARCHER), SECONDMENT_ACTIVATED);
        }

        @Test
        void two_parties_of_three_leave_it_approved_and_waiting() {
            Arrangement twoSigned = spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED, signed(Party.RESEARCHER), signed(Party.HOST_ENTERPRISE)).state();
            assertThat(twoSigned.status()).isEqualTo(Arrangement.Status.APPROVED);
            assertThat(twoSigned.agreement().missing(twoSigned.policy())).containsExactly(Party.HOME_INSTITUTION);
        }

        @Test
        void the_enterprise_cannot_sign_for_the_institution_nor_the_institution_for_the_enterprise() {
            RuleViolation refusal = spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED).when(sign(ENTERPRISE, Party.HOME_INSTITUTION))
                    .thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("not-your-party");
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN);
            assertThat(code(spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED).when(sign(INSTITUTION, Party.HOST_ENTERPRISE))
                    .thenRefused(RuleViolation.class))).isEqualTo("not-your-party");
            assertThat(code(spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED).when(sign(ENTERPRISE, Party.RESEARCHER))
                    .thenRefused(RuleViolation.class))).isEqualTo("not-your-party");
        }

        @Test
        void an_operator_records_the_researchers_signature_but_signs_for_no_organisation() {
            spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED).when(sign(OPERATOR, Party.RESEARCHER)).then(signed(Party.RESEARCHER));
            assertThat(code(spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED).when(sign(OPERATOR, Party.HOME_INSTITUTION))
                    .thenRefused(RuleViolation.class))).isEqualTo("not-your-party");
            assertThat(code(spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED).when(sign(OPERATOR, Party.HOST_ENTERPRISE))
                    .thenRefused(RuleViolation.class))).isEqualTo("not-your-party");
        }

        @Test
        void another_organisation_signs_for_no_party() {
            assertThat(code(spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED).when(sign(STRANGER, Party.HOME_INSTITUTION))
                    .thenRefused(RuleViolation.class))).isEqualTo("not-your-party");
        }

        @Test
        void the_researchers_signature_names_the_arrangements_researcher() {
            SignAgreement someoneElse = new SignAgreement(INSTITUTION, Party.RESEARCHER, 1, "Zhao", new ResearcherId(UUID.randomUUID()), AT);
            assertThat(code(spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED).when(someoneElse).thenRefused(RuleViolation.class)))
                    .isEqualTo("researcher-mismatch");
            SignAgreement nobody = new SignAgreement(INSTITUTION, Party.RESEARCHER, 1, "Zhao", null, AT);
            assertThat(code(spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED).when(nobody).thenRefused(RuleViolation.class)))
                    .isEqualTo("researcher-mismatch");
        }

        @Test
        void a_party_the_policy_does_not_name_does_not_sign() {
            assertThat(code(spec.given(LEAVE_APPLIED, LEAVE_APPROVED).when(sign(ENTERPRISE, Party.HOST_ENTERPRISE))
                    .thenRefused(RuleViolation.class))).isEqualTo("signature-not-required");
        }

        @Test
        void two_signatures_complete_an_agreement_the_policy_gives_two_signatories() {
            spec.given(LEAVE_APPLIED, LEAVE_APPROVED, signed(Party.HOME_INSTITUTION)).when(sign(INSTITUTION, Party.RESEARCHER))
                    .then(signed(Party.RESEARCHER), LEAVE_ACTIVATED);
        }

        @Test
        void signing_again_changes_nothing() {
            spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED, signed(Party.HOST_ENTERPRISE)).when(sign(ENTERPRISE, Party.HOST_ENTERPRISE)).then();
        }

        @Test
        void no_signature_before_approval_nor_after_activation() {
            RuleViolation early = spec.given(SECONDMENT_APPLIED).when(sign(INSTITUTION, Party.HOME_INSTITUTION)).thenRefused(RuleViolation.class);
            assertThat(early.code()).isEqualTo("arrangement-not-awaiting-signatures");
            assertThat(early.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
            assertThat(code(spec.given(activeSecondment()).when(sign(INSTITUTION, Party.HOME_INSTITUTION)).thenRefused(RuleViolation.class)))
                    .isEqualTo("arrangement-not-awaiting-signatures");
        }
    }

    @Nested
    class ChangingTheAgreement {

        final Term later = new Term(START.plusMonths(1), END.plusMonths(1));
        final AgreementTermsChanged changed = new AgreementTermsChanged(ID, 2, later.startsOn(), later.endsOn(), "Shared results 60/40", AT);

        @Test
        void new_terms_are_a_new_agreement_version() {
            spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED).when(new ChangeAgreementTerms(INSTITUTION, later, "Shared results 60/40", AT))
                    .then(changed);
        }

        @Test
        void a_signature_of_the_version_before_the_change_is_refused() {
            RuleViolation refusal = spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED, signed(Party.RESEARCHER), changed)
                    .when(sign(ENTERPRISE, Party.HOST_ENTERPRISE)).thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("agreement-changed");
            assertThat(refusal.context()).containsEntry("agreementVersion", 2);
        }

        @Test
        void the_change_voids_earlier_signatures_so_three_new_ones_are_needed() {
            Arrangement after = spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED, signed(Party.RESEARCHER), signed(Party.HOME_INSTITUTION), changed)
                    .state();
            assertThat(after.agreement().signedBy()).isEmpty();
            SignAgreement enterpriseOnV2 = new SignAgreement(ENTERPRISE, Party.HOST_ENTERPRISE, 2, "Zhang", null, AT);
            spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED, signed(Party.RESEARCHER), signed(Party.HOME_INSTITUTION), changed)
                    .when(enterpriseOnV2).then(new PartySigned(ID, Party.HOST_ENTERPRISE, 2, "Zhang", AT, null));
        }

        @Test
        void new_terms_stay_within_the_arrangements_policy() {
            Term tooLong = new Term(START, START.plusMonths(24).plusDays(1));
            assertThat(code(spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED).when(new ChangeAgreementTerms(INSTITUTION, tooLong, "x", AT))
                    .thenRefused(RuleViolation.class))).isEqualTo("term-beyond-policy");
        }

        @Test
        void only_the_home_institution_changes_terms_and_only_while_signing() {
            assertThat(code(spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED).when(new ChangeAgreementTerms(ENTERPRISE, later, "x", AT))
                    .thenRefused(RuleViolation.class))).isEqualTo("not-home-institution");
            assertThat(code(spec.given(activeSecondment()).when(new ChangeAgreementTerms(INSTITUTION, later, "x", AT))
                    .thenRefused(RuleViolation.class))).isEqualTo("agreement-not-open");
        }

        @Test
        void the_same_terms_again_change_nothing() {
            spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED).when(new ChangeAgreementTerms(INSTITUTION, new Term(START, END),
                    "Salary by the institution", AT)).then();
        }
    }

    @Nested
    class Deferral {

        final LocalDate beforeEnd = LEAVE_END.minusMonths(1);

        @Test
        void a_deferral_within_the_policy_is_granted_before_the_term_ends() {
            spec.given(activeLeave()).when(new GrantDeferral(INSTITUTION, 12, "Series A", beforeEnd, AT))
                    .then(new DeferralGranted(ID, 12, LEAVE_END.plusMonths(12), "Series A", AT));
        }

        @Test
        void a_deferral_longer_than_the_policy_allows_is_refused() {
            RuleViolation refusal = spec.given(activeLeave()).when(new GrantDeferral(INSTITUTION, 13, "", beforeEnd, AT))
                    .thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("deferral-beyond-policy");
            assertThat(refusal.context()).containsEntry("maxDeferralMonths", 12);
        }

        @Test
        void the_last_day_of_the_term_is_still_in_time_and_the_day_after_is_not() {
            assertThat(spec.given(activeLeave()).when(new GrantDeferral(INSTITUTION, 6, "", LEAVE_END, AT)).events()).hasSize(1);
            assertThat(code(spec.given(activeLeave()).when(new GrantDeferral(INSTITUTION, 6, "", LEAVE_END.plusDays(1), AT))
                    .thenRefused(RuleViolation.class))).isEqualTo("term-already-ended");
        }

        @Test
        void a_form_whose_policy_has_no_deferral_gets_none() {
            assertThat(code(spec.given(activeSecondment()).when(new GrantDeferral(INSTITUTION, 1, "", START, AT))
                    .thenRefused(RuleViolation.class))).isEqualTo("deferral-not-allowed");
        }

        @Test
        void a_deferral_is_granted_once_to_an_active_arrangement() {
            DeferralGranted granted = new DeferralGranted(ID, 6, LEAVE_END.plusMonths(6), "", AT);
            assertThat(code(spec.given(activeLeave(granted)).when(new GrantDeferral(INSTITUTION, 6, "", beforeEnd, AT))
                    .thenRefused(RuleViolation.class))).isEqualTo("deferral-already-granted");
            assertThat(code(spec.given(LEAVE_APPLIED, LEAVE_APPROVED).when(new GrantDeferral(INSTITUTION, 6, "", beforeEnd, AT))
                    .thenRefused(RuleViolation.class))).isEqualTo("arrangement-not-active");
        }

        @Test
        void only_the_home_institution_or_an_operator_grants_it() {
            assertThat(code(spec.given(activeLeave()).when(new GrantDeferral(STRANGER, 6, "", beforeEnd, AT))
                    .thenRefused(RuleViolation.class))).isEqualTo("not-home-institution");
            assertThat(spec.given(activeLeave()).when(new GrantDeferral(OPERATOR, 6, "", beforeEnd, AT)).events()).hasSize(1);
        }
    }

    @Nested
    class PolicyVersioning {

        @Test
        void a_deferral_follows_the_version_the_arrangement_was_approved_under() {
            // Approved under version 1 (12 months of deferral): the command carries no policy, the arrangement's own copy decides.
            Arrangement approvedUnderV1 = spec.given(activeLeave()).state();
            assertThat(approvedUnderV1.policyVersion()).isEqualTo(1);
            assertThat(spec.given(activeLeave()).when(new GrantDeferral(INSTITUTION, 12, "", START, AT)).events()).hasSize(1);
        }

        @Test
        void an_arrangement_approved_under_a_stricter_version_follows_that_one() {
            FormPolicy v2 = new FormPolicy(ArrangementForm.LEAVE_TO_FOUND, 36, 0, LEAVE.signatories(), false, false);
            ArrangementApproved underV2 = new ArrangementApproved(ID, 2, v2, "OPERATOR", AT, SIGN_BY);
            RuleViolation refusal = spec.given(LEAVE_APPLIED, underV2, signed(Party.RESEARCHER), signed(Party.HOME_INSTITUTION), LEAVE_ACTIVATED)
                    .when(new GrantDeferral(INSTITUTION, 1, "", START, AT)).thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("deferral-not-allowed");
            assertThat(refusal.context()).containsEntry("policyVersion", 2);
        }

        @Test
        void the_signatories_are_those_of_the_version_approved_under() {
            // Version 2 asks only the institution to sign a secondment: one signature activates it.
            FormPolicy v2 = new FormPolicy(ArrangementForm.SECONDMENT, 24, 0, List.of(Party.HOME_INSTITUTION), true, true);
            spec.given(SECONDMENT_APPLIED, new ArrangementApproved(ID, 2, v2, "HOME_INSTITUTION", AT, SIGN_BY))
                    .when(sign(INSTITUTION, Party.HOME_INSTITUTION)).then(signed(Party.HOME_INSTITUTION), SECONDMENT_ACTIVATED);
        }
    }

    @Nested
    class StartupMilestones {

        final UUID venture = UUID.randomUUID();
        final UUID incubationEvent = UUID.randomUUID();
        final LocalDate today = START.plusMonths(3);

        @Test
        void an_operator_records_a_milestone_on_an_active_leave_to_found_arrangement() {
            spec.given(activeLeave()).when(new RecordStartupMilestone("Prototype", today, venture, StartupFact.Source.OPERATOR, null, today))
                    .then(new StartupMilestoneRecorded(ID, "Prototype", today, venture, StartupFact.Source.OPERATOR, null));
        }

        @Test
        void a_milestone_is_not_recorded_ahead_nor_before_the_start() {
            assertThat(code(spec.given(activeLeave()).when(new RecordStartupMilestone("x", today.plusDays(1), null, StartupFact.Source.OPERATOR,
                    null, today)).thenRefused(RuleViolation.class))).isEqualTo("milestone-in-future");
            assertThat(code(spec.given(activeLeave()).when(new RecordStartupMilestone("x", START.minusDays(1), null, StartupFact.Source.OPERATOR,
                    null, today)).thenRefused(RuleViolation.class))).isEqualTo("milestone-before-start");
        }

        @Test
        void milestones_are_tracked_on_leave_to_found_only() {
            assertThat(code(spec.given(activeSecondment()).when(new RecordStartupMilestone("x", today, null, StartupFact.Source.OPERATOR,
                    null, today)).thenRefused(RuleViolation.class))).isEqualTo("not-leave-to-found");
        }

        @Test
        void an_operator_records_on_an_active_arrangement_only() {
            assertThat(code(spec.given(LEAVE_APPLIED, LEAVE_APPROVED).when(new RecordStartupMilestone("x", today, null, StartupFact.Source.OPERATOR,
                    null, today)).thenRefused(RuleViolation.class))).isEqualTo("arrangement-not-active");
            ArrangementEnded ended = new ArrangementEnded(ID, LI, ArrangementForm.LEAVE_TO_FOUND, UNI, null, Ending.RESIGNED, today, null);
            assertThat(code(spec.given(activeLeave(ended)).when(new RecordStartupMilestone("x", today, null, StartupFact.Source.OPERATOR,
                    null, today)).thenRefused(RuleViolation.class))).isEqualTo("arrangement-not-active");
        }

        @Test
        void incubations_facts_are_kept_on_an_ended_arrangement_as_they_happened() {
            ArrangementEnded ended = new ArrangementEnded(ID, LI, ArrangementForm.LEAVE_TO_FOUND, UNI, null, Ending.RESIGNED, today, null);
            spec.given(activeLeave(ended)).when(new RecordVentureClosure(venture, "Merged", today, incubationEvent))
                    .then(new VentureClosureRecorded(ID, venture, "Merged", today, incubationEvent));
        }

        @Test
        void a_funding_round_from_incubation_is_recorded_once() {
            Money amount = Money.of("5000000.00", "CNY");
            FundingRoundRecorded round = new FundingRoundRecorded(ID, venture, "Angel", amount, List.of("Fund A"), today, incubationEvent);
            spec.given(activeLeave()).when(new RecordFundingRound(venture, "Angel", amount, List.of("Fund A"), today, incubationEvent)).then(round);
            spec.given(activeLeave(round)).when(new RecordFundingRound(venture, "Angel", amount, List.of("Fund A"), today, incubationEvent)).then();
        }

        @Test
        void recorded_facts_are_tracked_on_the_arrangement() {
            Arrangement a = spec.given(activeLeave(
                    new StartupMilestoneRecorded(ID, "Prototype", today, venture, StartupFact.Source.INCUBATION, incubationEvent),
                    new FundingRoundRecorded(ID, venture, "Angel", Money.of("1.00", "CNY"), List.of(), today, UUID.randomUUID()))).state();
            assertThat(a.startup()).extracting(StartupFact::kind).containsExactly(StartupFact.Kind.MILESTONE, StartupFact.Kind.FUNDING_ROUND);
        }
    }

    @Nested
    class Ending_ {

        final LocalDate today = START.plusMonths(6);

        @Test
        void an_active_arrangement_ends_with_the_researchers_return() {
            spec.given(activeSecondment()).when(new EndArrangement(INSTITUTION, Ending.RETURNED, today, null, today))
                    .then(new ArrangementEnded(ID, LI, ArrangementForm.SECONDMENT, UNI, ACME, Ending.RETURNED, today, null));
        }

        @Test
        void completed_means_the_full_term() {
            assertThat(code(spec.given(activeSecondment()).when(new EndArrangement(INSTITUTION, Ending.COMPLETED, END.minusDays(1), null, END))
                    .thenRefused(RuleViolation.class))).isEqualTo("term-not-completed");
            assertThat(spec.given(activeSecondment()).when(new EndArrangement(INSTITUTION, Ending.COMPLETED, END, null, END)).events()).hasSize(1);
        }

        @Test
        void a_termination_gives_its_reason() {
            assertThat(code(spec.given(activeSecondment()).when(new EndArrangement(INSTITUTION, Ending.TERMINATED, today, " ", today))
                    .thenRefused(RuleViolation.class))).isEqualTo("reason-required");
            assertThat(spec.given(activeSecondment()).when(new EndArrangement(OPERATOR, Ending.TERMINATED, today, "Misconduct", today))
                    .events()).hasSize(1);
        }

        @Test
        void an_ending_is_dated_between_the_start_and_today() {
            assertThat(code(spec.given(activeSecondment()).when(new EndArrangement(INSTITUTION, Ending.RETURNED, today.plusDays(1), null, today))
                    .thenRefused(RuleViolation.class))).isEqualTo("ending-in-future");
            assertThat(code(spec.given(activeSecondment()).when(new EndArrangement(INSTITUTION, Ending.RETURNED, START.minusDays(1), null, today))
                    .thenRefused(RuleViolation.class))).isEqualTo("ended-before-start");
        }

        @Test
        void only_an_active_arrangement_ends_and_only_the_institution_or_an_operator_ends_it() {
            assertThat(code(spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED).when(new EndArrangement(INSTITUTION, Ending.RETURNED, today, null, today))
                    .thenRefused(RuleViolation.class))).isEqualTo("arrangement-not-active");
            ArrangementEnded ended = new ArrangementEnded(ID, LI, ArrangementForm.SECONDMENT, UNI, ACME, Ending.RETURNED, today, null);
            assertThat(code(spec.given(plus(activeSecondment(), ended)).when(new EndArrangement(INSTITUTION, Ending.RESIGNED, today, null, today))
                    .thenRefused(RuleViolation.class))).isEqualTo("arrangement-not-active");
            assertThat(code(spec.given(activeSecondment()).when(new EndArrangement(ENTERPRISE, Ending.RETURNED, today, null, today))
                    .thenRefused(RuleViolation.class))).isEqualTo("not-home-institution");
        }

        @Test
        void a_researcher_on_leave_resigns_after_the_deferral() {
            LocalDate afterDeferral = LEAVE_END.plusMonths(12);
            DeferralGranted deferral = new DeferralGranted(ID, 12, afterDeferral, "", AT);
            spec.given(activeLeave(deferral)).when(new EndArrangement(INSTITUTION, Ending.RESIGNED, afterDeferral, "Stays with the start-up", afterDeferral))
                    .then(new ArrangementEnded(ID, LI, ArrangementForm.LEAVE_TO_FOUND, UNI, null, Ending.RESIGNED, afterDeferral, "Stays with the start-up"));
        }
    }

    @Nested
    class ResultsReview {

        final LocalDate endedOn = END;
        final ArrangementEnded ended = new ArrangementEnded(ID, LI, ArrangementForm.SECONDMENT, UNI, ACME, Ending.COMPLETED, endedOn, null);
        final List<ReviewedResult> results = List.of(new ReviewedResult("PATENT", "Adaptive grasping"));

        ArrangementEvent[] endedSecondment(ArrangementEvent... more) {
            return plus(plus(activeSecondment(), ended), more);
        }

        @Test
        void the_results_of_an_ended_secondment_are_reviewed_over_its_period() {
            spec.given(endedSecondment()).when(new ReviewResults(INSTITUTION, ReviewOutcome.MET, results))
                    .then(new ResultsReviewed(ID, LI, ArrangementForm.SECONDMENT, UNI, ACME, new Period(START, endedOn), ReviewOutcome.MET, results));
        }

        @Test
        void results_are_reviewed_at_the_end_and_once() {
            assertThat(code(spec.given(activeSecondment()).when(new ReviewResults(INSTITUTION, ReviewOutcome.MET, results))
                    .thenRefused(RuleViolation.class))).isEqualTo("arrangement-not-ended");
            ResultsReviewed reviewed = new ResultsReviewed(ID, LI, ArrangementForm.SECONDMENT, UNI, ACME, new Period(START, endedOn),
                    ReviewOutcome.MET, results);
            assertThat(code(spec.given(endedSecondment(reviewed)).when(new ReviewResults(INSTITUTION, ReviewOutcome.EXCEEDED, results))
                    .thenRefused(RuleViolation.class))).isEqualTo("results-already-reviewed");
        }

        @Test
        void forms_the_policy_does_not_review_on_results_are_not_reviewed() {
            ArrangementEnded leaveEnded = new ArrangementEnded(ID, LI, ArrangementForm.LEAVE_TO_FOUND, UNI, null, Ending.RETURNED, END, null);
            assertThat(code(spec.given(activeLeave(leaveEnded)).when(new ReviewResults(OPERATOR, ReviewOutcome.MET, results))
                    .thenRefused(RuleViolation.class))).isEqualTo("no-results-review");
        }

        @Test
        void the_host_enterprise_does_not_record_the_review() {
            assertThat(code(spec.given(endedSecondment()).when(new ReviewResults(ENTERPRISE, ReviewOutcome.MET, results))
                    .thenRefused(RuleViolation.class))).isEqualTo("not-home-institution");
        }
    }

    @Nested
    class SigningLapse {

        @Test
        void the_approval_names_the_last_day_to_sign_from_the_policys_signing_period() {
            FormPolicy slow = new FormPolicy(ArrangementForm.SECONDMENT, 24, 0, SECONDMENT.signatories(), true, true,
                    new TimeLimitPolicy(60, 20, Ending.RETURNED));
            spec.given(SECONDMENT_APPLIED).when(new ApproveArrangement(INSTITUTION, 2, slow, TODAY, AT))
                    .then(new ArrangementApproved(ID, 2, slow, "HOME_INSTITUTION", AT, TODAY.plusDays(60)));
        }

        @Test
        void an_agreement_still_incomplete_after_its_last_day_lapses_naming_who_did_not_sign() {
            Instant later = AT.plusSeconds(31L * 86400);
            spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED, signed(Party.RESEARCHER))
                    .when(new LapseUnsignedArrangement(SIGN_BY.plusDays(1), later))
                    .then(new ArrangementLapsed(ID, SIGN_BY, List.of(Party.HOME_INSTITUTION, Party.HOST_ENTERPRISE), later));
            assertThat(spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED, new ArrangementLapsed(ID, SIGN_BY, List.of(), later)).state().status())
                    .isEqualTo(Arrangement.Status.LAPSED);
        }

        @Test
        void not_on_its_last_day_and_not_once_it_is_signed_or_withdrawn() {
            assertThat(code(spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED).when(new LapseUnsignedArrangement(SIGN_BY, AT))
                    .thenRefused(RuleViolation.class))).isEqualTo("signing-period-open");
            assertThat(code(spec.given(activeSecondment()).when(new LapseUnsignedArrangement(SIGN_BY.plusDays(1), AT))
                    .thenRefused(RuleViolation.class))).isEqualTo("arrangement-not-awaiting-signatures");
            assertThat(code(spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED, new ArrangementWithdrawn(ID, null, AT))
                    .when(new LapseUnsignedArrangement(SIGN_BY.plusDays(1), AT)).thenRefused(RuleViolation.class)))
                    .isEqualTo("arrangement-not-awaiting-signatures");
        }

        @Test
        void an_approval_from_before_signing_had_a_time_limit_never_lapses() {
            ArrangementApproved old = new ArrangementApproved(ID, 1, SECONDMENT, "HOME_INSTITUTION", AT, null);
            assertThat(code(spec.given(SECONDMENT_APPLIED, old).when(new LapseUnsignedArrangement(TODAY.plusYears(1), AT))
                    .thenRefused(RuleViolation.class))).isEqualTo("signing-period-open");
        }

        @Test
        void a_lapsed_arrangement_takes_no_signature() {
            assertThat(code(spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED, new ArrangementLapsed(ID, SIGN_BY, List.of(), AT))
                    .when(sign(INSTITUTION, Party.HOME_INSTITUTION)).thenRefused(RuleViolation.class)))
                    .isEqualTo("arrangement-not-awaiting-signatures");
        }
    }

    @Nested
    class Withdrawal {

        @Test
        void the_applying_institution_withdraws_before_approval_or_while_signatures_are_awaited() {
            ArrangementWithdrawn withdrawn = new ArrangementWithdrawn(ID, "Accepted a post abroad", AT);
            spec.given(SECONDMENT_APPLIED).when(new WithdrawArrangement(INSTITUTION, "Accepted a post abroad", AT)).then(withdrawn);
            spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED, signed(Party.RESEARCHER))
                    .when(new WithdrawArrangement(INSTITUTION, "Accepted a post abroad", AT)).then(withdrawn);
            Arrangement state = spec.given(SECONDMENT_APPLIED, withdrawn).state();
            assertThat(state.status()).isEqualTo(Arrangement.Status.WITHDRAWN);
            assertThat(state.endReason()).isEqualTo("Accepted a post abroad");
        }

        @Test
        void only_the_applying_institution_and_not_once_active() {
            RuleViolation enterprise = spec.given(SECONDMENT_APPLIED).when(new WithdrawArrangement(ENTERPRISE, null, AT))
                    .thenRefused(RuleViolation.class);
            assertThat(enterprise.code()).isEqualTo("not-home-institution");
            assertThat(enterprise.kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN);
            assertThat(code(spec.given(SECONDMENT_APPLIED).when(new WithdrawArrangement(OPERATOR, null, AT)).thenRefused(RuleViolation.class)))
                    .isEqualTo("not-home-institution");
            assertThat(code(spec.given(activeSecondment()).when(new WithdrawArrangement(INSTITUTION, null, AT)).thenRefused(RuleViolation.class)))
                    .isEqualTo("arrangement-not-withdrawable");
        }
    }

    @Nested
    class TermEndAndExtension {

        final LocalDate later = START.plusMonths(24);

        @Test
        void the_term_completes_itself_when_its_last_day_is_over() {
            spec.given(activeSecondment()).when(new CompleteTerm(END.plusDays(1)))
                    .then(new ArrangementEnded(ID, LI, ArrangementForm.SECONDMENT, UNI, ACME, Ending.COMPLETED, END, "The term ended on " + END));
        }

        @Test
        void not_before_nor_when_a_deferral_follows_nor_once_ended() {
            assertThat(code(spec.given(activeSecondment()).when(new CompleteTerm(END)).thenRefused(RuleViolation.class)))
                    .isEqualTo("term-not-over");
            assertThat(code(spec.given(activeLeave(new DeferralGranted(ID, 6, LEAVE_END.plusMonths(6), null, AT)))
                    .when(new CompleteTerm(LEAVE_END.plusDays(1))).thenRefused(RuleViolation.class))).isEqualTo("deferral-granted");
            ArrangementEnded returned = new ArrangementEnded(ID, LI, ArrangementForm.SECONDMENT, UNI, ACME, Ending.RETURNED, START, null);
            assertThat(code(spec.given(plus(activeSecondment(), returned)).when(new CompleteTerm(END.plusDays(1)))
                    .thenRefused(RuleViolation.class))).isEqualTo("arrangement-not-active");
        }

        @Test
        void the_home_institution_extends_the_term_within_the_forms_maximum_and_the_term_then_ends_later() {
            TermExtended extended = new TermExtended(ID, END, later, "Pilot line", AT);
            spec.given(activeSecondment()).when(new ExtendTerm(INSTITUTION, later, "Pilot line", END, AT)).then(extended);
            assertThat(spec.given(plus(activeSecondment(), extended)).state().term()).isEqualTo(new Term(START, later));
            assertThat(code(spec.given(plus(activeSecondment(), extended)).when(new CompleteTerm(END.plusDays(1)))
                    .thenRefused(RuleViolation.class))).isEqualTo("term-not-over");
            RuleViolation tooLong = spec.given(activeSecondment()).when(new ExtendTerm(OPERATOR, later.plusDays(1), null, END, AT))
                    .thenRefused(RuleViolation.class);
            assertThat(tooLong.code()).isEqualTo("term-beyond-policy");
            assertThat(tooLong.context()).containsEntry("maxTermMonths", 24);
        }

        @Test
        void an_extension_is_later_before_the_term_is_over_by_the_home_institution_and_not_after_a_deferral() {
            assertThat(code(spec.given(activeSecondment()).when(new ExtendTerm(INSTITUTION, END, null, TODAY, AT))
                    .thenRefused(RuleViolation.class))).isEqualTo("extension-not-later");
            assertThat(code(spec.given(activeSecondment()).when(new ExtendTerm(INSTITUTION, later, null, END.plusDays(1), AT))
                    .thenRefused(RuleViolation.class))).isEqualTo("term-already-ended");
            assertThat(code(spec.given(activeSecondment()).when(new ExtendTerm(ENTERPRISE, later, null, TODAY, AT))
                    .thenRefused(RuleViolation.class))).isEqualTo("not-home-institution");
            assertThat(code(spec.given(activeLeave(new DeferralGranted(ID, 6, LEAVE_END.plusMonths(6), null, AT)))
                    .when(new ExtendTerm(INSTITUTION, LEAVE_END.plusMonths(1), null, TODAY, AT)).thenRefused(RuleViolation.class)))
                    .isEqualTo("deferral-granted");
            assertThat(code(spec.given(SECONDMENT_APPLIED, SECONDMENT_APPROVED).when(new ExtendTerm(INSTITUTION, later, null, TODAY, AT))
                    .thenRefused(RuleViolation.class))).isEqualTo("arrangement-not-active");
        }
    }

    @Nested
    class DeferralExpiry {

        final LocalDate deferredUntil = LEAVE_END.plusMonths(12);
        final DeferralGranted deferral = new DeferralGranted(ID, 12, deferredUntil, "Series A", AT);
        final WorkingCalendar weekdays = WorkingCalendar.weekdaysOnly("test");
        /** 2030-08-31 is a Saturday: 20 working days later is Friday 2030-09-27. */
        final LocalDate decideBy = LocalDate.of(2030, 9, 27);
        final DeferralExpired expired = new DeferralExpired(ID, deferredUntil, decideBy, Ending.RETURNED);

        @Test
        void when_the_deferral_is_over_a_decision_falls_due_within_the_policys_working_days() {
            spec.given(activeLeave(deferral)).when(new ExpireDeferral(deferredUntil.plusDays(1), weekdays)).then(expired);
            Arrangement state = spec.given(activeLeave(deferral, expired)).state();
            assertThat(state.status()).isEqualTo(Arrangement.Status.DECISION_DUE);
            assertThat(state.decideBy()).isEqualTo(decideBy);
        }

        @Test
        void not_before_it_is_over_and_not_without_a_deferral() {
            assertThat(code(spec.given(activeLeave(deferral)).when(new ExpireDeferral(deferredUntil, weekdays)).thenRefused(RuleViolation.class)))
                    .isEqualTo("deferral-not-over");
            assertThat(code(spec.given(activeLeave()).when(new ExpireDeferral(deferredUntil.plusDays(1), weekdays))
                    .thenRefused(RuleViolation.class))).isEqualTo("no-deferral");
        }

        @Test
        void the_researcher_returns_or_resigns_through_the_institution_or_an_operator() {
            LocalDate today = deferredUntil.plusDays(3);
            spec.given(activeLeave(deferral, expired)).when(new DecideReturnOrResign(INSTITUTION, Ending.RESIGNED, "Stays with the start-up", today))
                    .then(new ArrangementEnded(ID, LI, ArrangementForm.LEAVE_TO_FOUND, UNI, null, Ending.RESIGNED, today, "Stays with the start-up"));
            assertThat(spec.given(activeLeave(deferral, expired)).when(new DecideReturnOrResign(OPERATOR, Ending.RETURNED, null, today))
                    .events()).hasSize(1);
            assertThat(code(spec.given(activeLeave(deferral, expired)).when(new DecideReturnOrResign(INSTITUTION, Ending.COMPLETED, null, today))
                    .thenRefused(RuleViolation.class))).isEqualTo("not-return-or-resign");
            assertThat(code(spec.given(activeLeave(deferral, expired)).when(new DecideReturnOrResign(STRANGER, Ending.RETURNED, null, today))
                    .thenRefused(RuleViolation.class))).isEqualTo("not-home-institution");
            assertThat(code(spec.given(activeLeave(deferral)).when(new DecideReturnOrResign(INSTITUTION, Ending.RETURNED, null, today))
                    .thenRefused(RuleViolation.class))).isEqualTo("no-decision-due");
        }

        @Test
        void a_decision_due_still_records_start_up_milestones() {
            assertThat(spec.given(activeLeave(deferral, expired)).when(new RecordStartupMilestone("Series A closed", deferredUntil,
                    null, StartupFact.Source.OPERATOR, null, deferredUntil.plusDays(1))).events()).hasSize(1);
        }

        @Test
        void when_nobody_decides_the_policy_deems_the_outcome_on_the_last_day_to_decide() {
            spec.given(activeLeave(deferral, expired)).when(new DeemReturnOrResign(decideBy.plusDays(1)))
                    .then(new ArrangementEnded(ID, LI, ArrangementForm.LEAVE_TO_FOUND, UNI, null, Ending.RETURNED, decideBy,
                            "Deemed RETURNED: no decision to return or resign by " + decideBy));
            assertThat(code(spec.given(activeLeave(deferral, expired)).when(new DeemReturnOrResign(decideBy)).thenRefused(RuleViolation.class)))
                    .isEqualTo("decision-period-open");
            ArrangementEnded decided = new ArrangementEnded(ID, LI, ArrangementForm.LEAVE_TO_FOUND, UNI, null, Ending.RESIGNED, decideBy, null);
            assertThat(code(spec.given(activeLeave(deferral, expired, decided)).when(new DeemReturnOrResign(decideBy.plusDays(1)))
                    .thenRefused(RuleViolation.class))).isEqualTo("no-decision-due");
        }

        @Test
        void deemed_resigned_where_the_arrangements_policy_version_says_so() {
            FormPolicy resigns = new FormPolicy(ArrangementForm.LEAVE_TO_FOUND, 36, 12, LEAVE.signatories(), false, false,
                    new TimeLimitPolicy(30, 5, Ending.RESIGNED));
            ArrangementEvent[] history = {LEAVE_APPLIED, new ArrangementApproved(ID, 3, resigns, "OPERATOR", AT, SIGN_BY),
                    signed(Party.RESEARCHER), signed(Party.HOME_INSTITUTION), LEAVE_ACTIVATED, deferral};
            LocalDate fiveWorkingDays = LocalDate.of(2030, 9, 6);
            DeferralExpired expiredV3 = new DeferralExpired(ID, deferredUntil, fiveWorkingDays, Ending.RESIGNED);
            spec.given(history).when(new ExpireDeferral(deferredUntil.plusDays(1), weekdays)).then(expiredV3);
            assertThat(spec.given(plus(history, expiredV3)).when(new DeemReturnOrResign(fiveWorkingDays.plusDays(1))).events())
                    .singleElement().satisfies(e -> assertThat(((ArrangementEnded) e).ending()).isEqualTo(Ending.RESIGNED));
        }
    }

    @Nested
    class TimeLimits {

        @Test
        void limits_out_of_range_are_refused_with_a_code() {
            assertThat(code(catchThrowableOfType(RuleViolation.class, () -> new TimeLimitPolicy(0, 20, Ending.RETURNED)
                    .validate(ArrangementForm.SECONDMENT)))).isEqualTo("signing-period-out-of-range");
            assertThat(code(catchThrowableOfType(RuleViolation.class, () -> new TimeLimitPolicy(30, 121, Ending.RETURNED)
                    .validate(ArrangementForm.SECONDMENT)))).isEqualTo("decision-grace-out-of-range");
            assertThat(code(catchThrowableOfType(RuleViolation.class, () -> new TimeLimitPolicy(30, 20, Ending.TERMINATED)
                    .validate(ArrangementForm.SECONDMENT)))).isEqualTo("undecided-outcome-invalid");
        }

        @Test
        void rules_without_time_limits_read_as_the_defaults() {
            FormPolicy old = new FormPolicy(ArrangementForm.SECONDMENT, 24, 0, SECONDMENT.signatories(), true, true, null);
            assertThat(old.timeLimits()).isEqualTo(TimeLimitPolicy.DEFAULT);
            assertThat(old).isEqualTo(SECONDMENT);
        }

        @Test
        void a_policy_version_published_before_time_limits_existed_reads_with_the_defaults() throws Exception {
            String published = "{\"form\":\"SECONDMENT\",\"maxTermMonths\":24,\"maxDeferralMonths\":0,"
                    + "\"signatories\":[\"RESEARCHER\",\"HOME_INSTITUTION\",\"HOST_ENTERPRISE\"],\"approvalDelegated\":true,\"reviewedOnResults\":true}";
            assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readValue(published, FormPolicy.class)).isEqualTo(SECONDMENT);
        }
    }
}
