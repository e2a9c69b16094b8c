package org.reformplatform.mobility.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.mobility.arrangement.ArrangementId;
import org.reformplatform.mobility.post.SpecialPostCommand.DefinePost;
import org.reformplatform.mobility.post.SpecialPostCommand.FillPost;
import org.reformplatform.mobility.post.SpecialPostCommand.VacatePost;
import org.reformplatform.mobility.post.SpecialPostEvent.PostDefined;
import org.reformplatform.mobility.post.SpecialPostEvent.PostFilled;
import org.reformplatform.mobility.post.SpecialPostEvent.PostVacated;
import org.reformplatform.mobility.researcher.ResearcherId;
import org.reformplatform.testing.DeciderSpec;

/** The rules of a special post: one holder at a time; a post held under an arrangement follows the arrangement. */
class SpecialPostTest {

    static final SpecialPostId ID = SpecialPostId.random();
    static final ResearcherId WANG = new ResearcherId(UUID.randomUUID());
    static final ArrangementId TALENT = ArrangementId.random();
    static final Instant AT = Instant.parse("2026-08-01T02:00:00Z");
    static final LocalDate SINCE = LocalDate.of(2026, 9, 1);
    static final PostDefined DEFINED = new PostDefined(ID, "uni-a", PostKind.ENTERPRISE_PROFESSOR, "Enterprise professor", AT);
    static final PostFilled FILLED = new PostFilled(ID, "uni-a", PostKind.ENTERPRISE_PROFESSOR, WANG, "Wang Fang", null, SINCE);
    static final PostFilled FILLED_BY_TALENT = new PostFilled(ID, "uni-a", PostKind.ENTERPRISE_PROFESSOR, WANG, "Wang Fang", TALENT, SINCE);

    final DeciderSpec<SpecialPost, SpecialPostCommand, SpecialPostEvent> spec = DeciderSpec.of(
            SpecialPost.TYPE.decider()::initialState, SpecialPost.TYPE.decider()::decide, SpecialPost.TYPE.decider()::evolve)
            .covering(SpecialPostCommand.class, SpecialPostEvent.class);

    @AfterAll
    static void every_command_and_event_is_specified() {
        DeciderSpec.assertCovered(SpecialPostCommand.class);
    }

    @Test
    void each_kind_belongs_to_its_family() {
        assertThat(PostKind.TECHNOLOGY_MANAGER.family()).isEqualTo(PostKind.Family.INNOVATION);
        assertThat(PostKind.ACHIEVEMENT_PROMOTION_SPECIALIST.family()).isEqualTo(PostKind.Family.INNOVATION);
        assertThat(PostKind.PROJECT_MANAGER.family()).isEqualTo(PostKind.Family.INNOVATION);
        assertThat(PostKind.INDUSTRY_MENTOR.family()).isEqualTo(PostKind.Family.MOBILITY);
        assertThat(PostKind.ENTREPRENEURSHIP_MENTOR.family()).isEqualTo(PostKind.Family.MOBILITY);
        assertThat(PostKind.ENTERPRISE_PROFESSOR.family()).isEqualTo(PostKind.Family.MOBILITY);
    }

    @Nested
    class Defining {

        @Test
        void an_institution_defines_a_post_once() {
            spec.given().when(new DefinePost(ID, "uni-a", PostKind.ENTERPRISE_PROFESSOR, "Enterprise professor", AT)).then(DEFINED);
            assertThat(spec.given(DEFINED).when(new DefinePost(ID, "uni-a", PostKind.ENTERPRISE_PROFESSOR, "x", AT))
                    .thenRefused(RuleViolation.class).code()).isEqualTo("post-exists");
        }

        @Test
        void an_unknown_post_is_not_found() {
            assertThat(spec.given().when(new FillPost(WANG, "Wang Fang", null, SINCE)).thenRefused(RuleViolation.class).kind())
                    .isEqualTo(RuleViolation.Kind.NOT_FOUND);
        }
    }

    @Nested
    class FillingAndVacating {

        @Test
        void a_vacant_post_is_filled() {
            spec.given(DEFINED).when(new FillPost(WANG, "Wang Fang", null, SINCE)).then(FILLED);
        }

        @Test
        void a_filled_post_takes_no_second_holder() {
            RuleViolation refusal = spec.given(DEFINED, FILLED).when(new FillPost(new ResearcherId(UUID.randomUUID()), "Zhao", null, SINCE))
                    .thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("post-filled");
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        }

        @Test
        void a_filled_post_is_vacated_and_can_be_filled_again() {
            LocalDate on = SINCE.plusMonths(12);
            PostVacated vacated = new PostVacated(ID, "uni-a", PostKind.ENTERPRISE_PROFESSOR, WANG, null, on, "Appointment over");
            spec.given(DEFINED, FILLED).when(new VacatePost(on, "Appointment over", null)).then(vacated);
            assertThat(spec.given(DEFINED, FILLED, vacated).state().isVacant()).isTrue();
            assertThat(spec.given(DEFINED, FILLED, vacated).when(new FillPost(WANG, "Wang Fang", null, on)).events()).hasSize(1);
        }

        @Test
        void a_vacant_post_is_not_vacated() {
            assertThat(spec.given(DEFINED).when(new VacatePost(SINCE, "", null)).thenRefused(RuleViolation.class).code()).isEqualTo("post-vacant");
        }

        @Test
        void a_post_is_vacated_on_or_after_the_day_it_was_filled() {
            assertThat(spec.given(DEFINED, FILLED).when(new VacatePost(SINCE, "", null)).events()).hasSize(1);
            assertThat(spec.given(DEFINED, FILLED).when(new VacatePost(SINCE.minusDays(1), "", null)).thenRefused(RuleViolation.class).code())
                    .isEqualTo("vacated-before-filled");
        }
    }

    @Nested
    class EnterpriseTalent {

        @Test
        void talent_fills_the_post_through_its_arrangement_once() {
            spec.given(DEFINED).when(new FillPost(WANG, "Wang Fang", TALENT, SINCE)).then(FILLED_BY_TALENT);
            spec.given(DEFINED, FILLED_BY_TALENT).when(new FillPost(WANG, "Wang Fang", TALENT, SINCE)).then();
        }

        @Test
        void the_institution_does_not_vacate_a_post_held_under_an_arrangement() {
            assertThat(spec.given(DEFINED, FILLED_BY_TALENT).when(new VacatePost(SINCE.plusDays(1), "", null)).thenRefused(RuleViolation.class)
                    .code()).isEqualTo("post-held-under-arrangement");
        }

        @Test
        void the_arrangement_ending_vacates_the_post_it_holds_and_no_other() {
            LocalDate on = SINCE.plusMonths(6);
            spec.given(DEFINED, FILLED_BY_TALENT).when(new VacatePost(on, "arrangement ended: RETURNED", TALENT))
                    .then(new PostVacated(ID, "uni-a", PostKind.ENTERPRISE_PROFESSOR, WANG, TALENT, on, "arrangement ended: RETURNED"));
            spec.given(DEFINED, FILLED).when(new VacatePost(on, "arrangement ended", TALENT)).then();
            spec.given(DEFINED).when(new VacatePost(on, "arrangement ended", TALENT)).then();
        }
    }
}
