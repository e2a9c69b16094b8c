package org.reformplatform.incubation.industryeducation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.incubation.industryeducation.EducationPlatformCommand.ActivatePlatform;
import org.reformplatform.incubation.industryeducation.EducationPlatformCommand.ClosePlatform;
import org.reformplatform.incubation.industryeducation.EducationPlatformCommand.DraftReformPlan;
import org.reformplatform.incubation.industryeducation.EducationPlatformCommand.PartnerEnterprise;
import org.reformplatform.incubation.industryeducation.EducationPlatformCommand.ProposePlatform;
import org.reformplatform.incubation.industryeducation.EducationPlatformCommand.PublishReformPlan;
import org.reformplatform.incubation.industryeducation.EducationPlatformCommand.RecognisePlatform;
import org.reformplatform.incubation.industryeducation.EducationPlatformCommand.ReviseReformPlan;
import org.reformplatform.incubation.industryeducation.EducationPlatformEvent.PlatformActivated;
import org.reformplatform.incubation.industryeducation.EducationPlatformEvent.PlatformClosed;
import org.reformplatform.incubation.industryeducation.EducationPlatformEvent.PlatformProposed;
import org.reformplatform.incubation.industryeducation.EducationPlatformEvent.PlatformRecognised;
import org.reformplatform.incubation.industryeducation.EducationPlatformEvent.ReformPlanDrafted;
import org.reformplatform.incubation.industryeducation.EducationPlatformEvent.ReformPlanPublished;
import org.reformplatform.incubation.industryeducation.EducationPlatformEvent.ReformPlanRevised;
import org.reformplatform.incubation.partner.PartnerId;
import org.reformplatform.testing.DeciderSpec;

/** A platform's lifecycle (proposed → recognised → active → closed) and a pilot's reform plan (drafted, published, revised). */
class EducationPlatformTest {

    static final EducationPlatformId ID = EducationPlatformId.random();
    static final LocalDate PROPOSED_ON = LocalDate.of(2025, 3, 1);
    static final PartnerEnterprise ENTERPRISE = new PartnerEnterprise(PartnerId.forOrganisation("ict-co"), "ict-co", "ICT Co");
    static final Set<PlatformFunction> TRAINING = Set.of(PlatformFunction.TALENT_TRAINING);
    static final PlatformProposed PILOT = new PlatformProposed(ID, "c", PlatformKind.APPLIED_UNDERGRADUATE_PILOT, "Pilot university",
            "university-a", List.of(ENTERPRISE), TRAINING, false, PROPOSED_ON);
    static final PlatformProposed COLLEGE = new PlatformProposed(ID, "c", PlatformKind.EXCELLENCE_ENGINEER_COLLEGE, "Engineer college",
            "university-b", List.of(), TRAINING, false, PROPOSED_ON);
    static final PlatformRecognised RECOGNISED = new PlatformRecognised(ID, RecognitionLevel.NATIONAL, "4th national batch",
            PROPOSED_ON.plusMonths(2));
    static final ReformPlanDrafted DRAFTED = new ReformPlanDrafted(ID, "Reform plan", PROPOSED_ON.plusDays(10));
    static final ReformPlanPublished PUBLISHED = new ReformPlanPublished(ID, "Applied talent with enterprises", PROPOSED_ON.plusMonths(1));

    final DeciderSpec<EducationPlatform, EducationPlatformCommand, EducationPlatformEvent> spec = DeciderSpec.of(
            EducationPlatform.TYPE.decider()::initialState, EducationPlatform.TYPE.decider()::decide, EducationPlatform.TYPE.decider()::evolve)
            .covering(EducationPlatformCommand.class, EducationPlatformEvent.class);

    @AfterAll
    static void every_command_and_event_is_specified() {
        DeciderSpec.assertCovered(EducationPlatformCommand.class);
    }

    String code(DeciderSpec<EducationPlatform, EducationPlatformCommand, EducationPlatformEvent>.When when) {
        return when.thenRefused(RuleViolation.class).code();
    }

    @Nested
    class Lifecycle {

        @Test
        void a_platform_is_proposed_with_its_host_enterprises_and_functions() {
            spec.given().when(new ProposePlatform(ID, "c", PlatformKind.APPLIED_UNDERGRADUATE_PILOT, " Pilot university ", "university-a",
                    List.of(ENTERPRISE), TRAINING, false, PROPOSED_ON)).then(PILOT);
            EducationPlatform platform = spec.given(PILOT).state();
            assertThat(platform.status()).isEqualTo(PlatformStatus.PROPOSED);
            assertThat(platform.involves("ict-co")).isTrue();
            assertThat(platform.involves("university-a")).isTrue();
            assertThat(platform.involves("someone-else")).isFalse();
        }

        @Test
        void a_proposal_needs_a_name_a_host_and_functions_and_names_an_enterprise_once() {
            assertThat(code(spec.given().when(new ProposePlatform(ID, "c", PlatformKind.MODERN_INDUSTRY_COLLEGE, " ", "u", List.of(), TRAINING,
                    false, PROPOSED_ON)))).isEqualTo("name-required");
            assertThat(code(spec.given().when(new ProposePlatform(ID, "c", PlatformKind.MODERN_INDUSTRY_COLLEGE, "X", " ", List.of(), TRAINING,
                    false, PROPOSED_ON)))).isEqualTo("host-required");
            assertThat(code(spec.given().when(new ProposePlatform(ID, "c", PlatformKind.MODERN_INDUSTRY_COLLEGE, "X", "u", List.of(), Set.of(),
                    false, PROPOSED_ON)))).isEqualTo("functions-required");
            assertThat(code(spec.given().when(new ProposePlatform(ID, "c", PlatformKind.MODERN_INDUSTRY_COLLEGE, "X", "u",
                    List.of(ENTERPRISE, ENTERPRISE), TRAINING, false, PROPOSED_ON)))).isEqualTo("enterprise-repeated");
            assertThat(code(spec.given(PILOT).when(new ProposePlatform(ID, "c", PlatformKind.MODERN_INDUSTRY_COLLEGE, "X", "u", List.of(),
                    TRAINING, false, PROPOSED_ON)))).isEqualTo("platform-exists");
        }

        @Test
        void proposed_then_recognised_with_level_and_batch_then_active_then_closed() {
            spec.given(COLLEGE).when(new RecognisePlatform(RecognitionLevel.NATIONAL, " 4th national batch ", PROPOSED_ON.plusMonths(2)))
                    .then(RECOGNISED);
            PlatformActivated active = new PlatformActivated(ID, PROPOSED_ON.plusMonths(6));
            spec.given(COLLEGE, RECOGNISED).when(new ActivatePlatform(PROPOSED_ON.plusMonths(6))).then(active);
            spec.given(COLLEGE, RECOGNISED, active).when(new ClosePlatform(" Merged ", PROPOSED_ON.plusYears(3)))
                    .then(new PlatformClosed(ID, "Merged", PROPOSED_ON.plusYears(3)));
            EducationPlatform recognised = spec.given(COLLEGE, RECOGNISED).state();
            assertThat(recognised.recognitionBatch()).isEqualTo("4th national batch");
            assertThat(recognised.isRunning()).isTrue();
            assertThat(spec.given(COLLEGE).state().isRunning()).isFalse();
        }

        @Test
        void a_recognition_without_a_batch_has_none() {
            spec.given(COLLEGE).when(new RecognisePlatform(RecognitionLevel.MUNICIPAL, " ", PROPOSED_ON))
                    .then(new PlatformRecognised(ID, RecognitionLevel.MUNICIPAL, null, PROPOSED_ON));
        }

        @Test
        void the_lifecycle_goes_one_way_one_step_at_a_time() {
            assertThat(code(spec.given(COLLEGE).when(new ActivatePlatform(PROPOSED_ON.plusMonths(1))))).isEqualTo("illegal-status-change");
            assertThat(code(spec.given(COLLEGE, RECOGNISED).when(new RecognisePlatform(RecognitionLevel.NATIONAL, null, PROPOSED_ON.plusMonths(3)))))
                    .isEqualTo("illegal-status-change");
            assertThat(code(spec.given(COLLEGE).when(new RecognisePlatform(RecognitionLevel.NATIONAL, null, PROPOSED_ON.minusDays(1)))))
                    .isEqualTo("date-before-proposal");
            assertThat(code(spec.given(COLLEGE, RECOGNISED).when(new ActivatePlatform(PROPOSED_ON.plusMonths(1)))))
                    .isEqualTo("date-before-recognition");
            PlatformClosed closed = new PlatformClosed(ID, "Merged", PROPOSED_ON.plusYears(1));
            assertThat(code(spec.given(COLLEGE, closed).when(new RecognisePlatform(RecognitionLevel.NATIONAL, null, PROPOSED_ON.plusYears(2)))))
                    .isEqualTo("platform-closed");
            assertThat(code(spec.given(COLLEGE).when(new ClosePlatform(" ", PROPOSED_ON)))).isEqualTo("reason-required");
            assertThat(code(spec.given(COLLEGE).when(new ClosePlatform("Early", PROPOSED_ON.minusDays(1))))).isEqualTo("date-before-proposal");
            assertThat(spec.given().when(new ActivatePlatform(PROPOSED_ON)).thenRefused(RuleViolation.class).kind())
                    .isEqualTo(RuleViolation.Kind.NOT_FOUND);
        }
    }

    @Nested
    class ReformPlans {

        @Test
        void a_pilot_drafts_publishes_and_revises_its_plan() {
            spec.given(PILOT).when(new DraftReformPlan(" Reform plan ", PROPOSED_ON.plusDays(10))).then(DRAFTED);
            spec.given(PILOT, DRAFTED).when(new PublishReformPlan(" Applied talent with enterprises ", PROPOSED_ON.plusMonths(1)))
                    .then(PUBLISHED);
            ReformPlanRevised revised = new ReformPlanRevised(ID, 1, "Second version", PROPOSED_ON.plusYears(1));
            spec.given(PILOT, DRAFTED, PUBLISHED).when(new ReviseReformPlan("Second version", PROPOSED_ON.plusYears(1))).then(revised);
            ReformPlan plan = spec.given(PILOT, DRAFTED, PUBLISHED, revised).state().plan();
            assertThat(plan.isPublished()).isTrue();
            assertThat(plan.revisions()).isEqualTo(1);
            assertThat(plan.summary()).isEqualTo("Second version");
            assertThat(plan.publishedOn()).isEqualTo(PUBLISHED.publishedOn());
        }

        @Test
        void only_a_pilot_has_a_plan() {
            assertThat(code(spec.given(COLLEGE).when(new DraftReformPlan("Plan", PROPOSED_ON)))).isEqualTo("not-a-pilot");
        }

        @Test
        void a_plan_is_drafted_once_published_once_and_revised_only_once_published() {
            assertThat(code(spec.given(PILOT, DRAFTED).when(new DraftReformPlan("Again", PROPOSED_ON)))).isEqualTo("plan-exists");
            assertThat(code(spec.given(PILOT).when(new PublishReformPlan("Summary", PROPOSED_ON)))).isEqualTo("no-plan");
            assertThat(code(spec.given(PILOT, DRAFTED).when(new ReviseReformPlan("Summary", PROPOSED_ON.plusYears(1)))))
                    .isEqualTo("plan-not-published");
            assertThat(code(spec.given(PILOT, DRAFTED, PUBLISHED).when(new PublishReformPlan("Again", PROPOSED_ON.plusYears(1)))))
                    .isEqualTo("plan-published");
            assertThat(code(spec.given(PILOT, DRAFTED).when(new PublishReformPlan(" ", PROPOSED_ON.plusMonths(1))))).isEqualTo("summary-required");
            assertThat(code(spec.given(PILOT, DRAFTED).when(new PublishReformPlan("Early", PROPOSED_ON)))).isEqualTo("date-before-draft");
            assertThat(code(spec.given(PILOT, DRAFTED, PUBLISHED).when(new ReviseReformPlan("Same day", PUBLISHED.publishedOn()))))
                    .isEqualTo("date-before-last-version");
            assertThat(code(spec.given(PILOT).when(new DraftReformPlan(" ", PROPOSED_ON)))).isEqualTo("title-required");
        }
    }
}
