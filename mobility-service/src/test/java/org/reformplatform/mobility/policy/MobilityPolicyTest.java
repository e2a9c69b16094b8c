package org.reformplatform.mobility.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.mobility.arrangement.ArrangementForm;
import org.reformplatform.mobility.arrangement.FormPolicy;
import org.reformplatform.mobility.arrangement.Party;
import org.reformplatform.mobility.policy.MobilityPolicyCommand.ReviseMobilityPolicy;
import org.reformplatform.mobility.policy.MobilityPolicyEvent.MobilityPolicyRevised;
import org.reformplatform.testing.DeciderSpec;

/** The mobility policy: versions of per-form rules, revised by operators. */
class MobilityPolicyTest {

    static final Instant AT = Instant.parse("2026-11-27T08:00:00Z");
    static final MobilityPolicyId ID = MobilityPolicyId.REGION;
    static final MobilityPolicyRevised V1 = new MobilityPolicyRevised(ID, 1, DefaultPolicy.forms(), "default policy", AT);

    final DeciderSpec<MobilityPolicy, MobilityPolicyCommand, MobilityPolicyEvent> spec = DeciderSpec.of(
            MobilityPolicy.TYPE.decider()::initialState, MobilityPolicy.TYPE.decider()::decide, MobilityPolicy.TYPE.decider()::evolve)
            .covering(MobilityPolicyCommand.class, MobilityPolicyEvent.class);

    @AfterAll
    static void every_command_and_event_is_specified() {
        DeciderSpec.assertCovered(MobilityPolicyCommand.class);
    }

    static FormPolicy secondment(int maxTermMonths, int maxDeferralMonths) {
        return new FormPolicy(ArrangementForm.SECONDMENT, maxTermMonths, maxDeferralMonths,
                List.of(Party.RESEARCHER, Party.HOME_INSTITUTION, Party.HOST_ENTERPRISE), true, true);
    }

    static List<FormPolicy> defaultsWith(FormPolicy replacement) {
        List<FormPolicy> forms = new ArrayList<>(DefaultPolicy.forms());
        forms.replaceAll(f -> f.form() == replacement.form() ? replacement : f);
        return forms;
    }

    @Nested
    class Versions {

        @Test
        void loading_the_defaults_publishes_version_one_with_all_four_forms() {
            spec.given().when(new ReviseMobilityPolicy(DefaultPolicy.forms(), "default policy", AT)).then(V1);
        }

        @Test
        void a_revision_of_one_form_is_a_new_version_that_keeps_the_other_forms() {
            FormPolicy longer = secondment(36, 0);
            spec.given(V1).when(new ReviseMobilityPolicy(List.of(longer), "longer secondments", AT))
                    .then(new MobilityPolicyRevised(ID, 2, defaultsWith(longer), "longer secondments", AT));
        }

        @Test
        void every_version_stays_readable_after_a_revision() {
            MobilityPolicyRevised v2 = new MobilityPolicyRevised(ID, 2, defaultsWith(secondment(36, 0)), "longer", AT);
            MobilityPolicy policy = spec.given(V1, v2).state();
            assertThat(policy.current().orElseThrow().number()).isEqualTo(2);
            assertThat(policy.version(1).orElseThrow().rulesFor(ArrangementForm.SECONDMENT).maxTermMonths()).isEqualTo(24);
            assertThat(policy.version(2).orElseThrow().rulesFor(ArrangementForm.SECONDMENT).maxTermMonths()).isEqualTo(36);
        }

        @Test
        void a_revision_that_changes_nothing_publishes_no_version() {
            spec.given(V1).when(new ReviseMobilityPolicy(DefaultPolicy.forms(), "again", AT)).then();
        }

        @Test
        void signatories_in_another_order_are_the_same_rules() {
            FormPolicy reordered = new FormPolicy(ArrangementForm.SECONDMENT, 24, 0,
                    List.of(Party.HOST_ENTERPRISE, Party.RESEARCHER, Party.HOME_INSTITUTION, Party.RESEARCHER), true, true);
            spec.given(V1).when(new ReviseMobilityPolicy(List.of(reordered), "same", AT)).then();
        }

        @Test
        void the_first_version_must_give_every_form() {
            RuleViolation refusal = spec.given().when(new ReviseMobilityPolicy(List.of(secondment(24, 0)), "partial", AT))
                    .thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("policy-incomplete");
            assertThat(refusal.context().get("missingForms")).asList().hasSize(3);
        }

        @Test
        void a_form_is_named_once_per_revision() {
            assertThat(spec.given(V1).when(new ReviseMobilityPolicy(List.of(secondment(24, 0), secondment(30, 0)), "twice", AT))
                    .thenRefused(RuleViolation.class).code()).isEqualTo("duplicate-form");
        }
    }

    @Nested
    class Limits {

        @Test
        void the_term_limit_is_one_to_one_hundred_twenty_months() {
            assertThat(spec.given(V1).when(new ReviseMobilityPolicy(List.of(secondment(0, 0)), "", AT))
                    .thenRefused(RuleViolation.class).code()).isEqualTo("term-limit-out-of-range");
            assertThat(spec.given(V1).when(new ReviseMobilityPolicy(List.of(secondment(121, 0)), "", AT))
                    .thenRefused(RuleViolation.class).code()).isEqualTo("term-limit-out-of-range");
            assertThat(spec.given(V1).when(new ReviseMobilityPolicy(List.of(secondment(1, 0)), "", AT)).events()).hasSize(1);
            assertThat(spec.given(V1).when(new ReviseMobilityPolicy(List.of(secondment(120, 0)), "", AT)).events()).hasSize(1);
        }

        @Test
        void the_deferral_limit_is_zero_to_sixty_months() {
            assertThat(spec.given(V1).when(new ReviseMobilityPolicy(List.of(secondment(24, -1)), "", AT))
                    .thenRefused(RuleViolation.class).code()).isEqualTo("deferral-limit-out-of-range");
            assertThat(spec.given(V1).when(new ReviseMobilityPolicy(List.of(secondment(24, 61)), "", AT))
                    .thenRefused(RuleViolation.class).code()).isEqualTo("deferral-limit-out-of-range");
            assertThat(spec.given(V1).when(new ReviseMobilityPolicy(List.of(secondment(24, 60)), "", AT)).events()).hasSize(1);
        }

        @Test
        void an_agreement_has_at_least_one_signatory() {
            FormPolicy nobody = new FormPolicy(ArrangementForm.SECONDMENT, 24, 0, List.of(), true, true);
            assertThat(spec.given(V1).when(new ReviseMobilityPolicy(List.of(nobody), "", AT))
                    .thenRefused(RuleViolation.class).code()).isEqualTo("no-signatories");
        }
    }
}
