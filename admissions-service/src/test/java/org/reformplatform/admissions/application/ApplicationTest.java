package org.reformplatform.admissions.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reformplatform.admissions.application.ApplicationCommand.AssignReviewers;
import org.reformplatform.admissions.application.ApplicationCommand.DecideSpecialReview;
import org.reformplatform.admissions.application.ApplicationCommand.DeclareConflictOfInterest;
import org.reformplatform.admissions.application.ApplicationCommand.EscalateSpecialReview;
import org.reformplatform.admissions.application.ApplicationCommand.ReassignOverdueReview;
import org.reformplatform.admissions.application.ApplicationCommand.RemindReviewer;
import org.reformplatform.admissions.application.ApplicationCommand.SubmitApplication;
import org.reformplatform.admissions.application.ApplicationCommand.SubmitProjectWork;
import org.reformplatform.admissions.application.ApplicationCommand.SubmitReview;
import org.reformplatform.admissions.application.ApplicationCommand.WithdrawApplication;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationAdmitted;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationReferredToSpecialReview;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationRejected;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationSubmitted;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationWithdrawn;
import org.reformplatform.admissions.application.ApplicationEvent.ConflictOfInterestDeclared;
import org.reformplatform.admissions.application.ApplicationEvent.ProjectWorkSubmitted;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewOverdueEscalated;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewReassigned;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewReminderSent;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewSubmitted;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewersAssigned;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewerRelationsChecked;
import org.reformplatform.admissions.application.ApplicationEvent.SpecialReviewEscalated;
import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.admissions.ids.IntakeEventId;
import org.reformplatform.admissions.ids.StudentId;
import org.reformplatform.admissions.intake.NonConsensusThresholds;
import org.reformplatform.admissions.intake.ScoreBasis;
import org.reformplatform.admissions.intake.ScoringCriterion;
import org.reformplatform.admissions.review.CommitteeVerdict;
import org.reformplatform.admissions.review.CriterionScore;
import org.reformplatform.admissions.review.DecisionRoute;
import org.reformplatform.admissions.review.Nomination;
import org.reformplatform.admissions.review.NonConsensusPolicy;
import org.reformplatform.admissions.review.Recommendation;
import org.reformplatform.admissions.review.ReviewerOffsets;
import org.reformplatform.admissions.review.ReviewerTotal;
import org.reformplatform.admissions.review.SpecialReviewReason;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.domain.conflict.ConflictCheck;
import org.reformplatform.eventsourcing.domain.conflict.RelationCheck;
import org.reformplatform.testing.DeciderSpec;

/** The rules of an application: given its history, when a command, then events or a refusal. */
class ApplicationTest {

    static final ApplicationId ID = ApplicationId.random();
    static final IntakeEventId EVENT = IntakeEventId.random();
    static final Instant T = Instant.parse("2026-06-10T08:00:00Z");
    static final NonConsensusPolicy POLICY = NonConsensusPolicy.of("70", "25");
    /** Totals are 4 × originality + 6 × execution. */
    static final List<ScoringCriterion> CRITERIA = List.of(
            new ScoringCriterion("originality", "How new", new BigDecimal("0.4"), 10),
            new ScoringCriterion("execution", "How well built", new BigDecimal("0.6"), 10));
    static final Candidate CANDIDATE = new Candidate("Li Wei", "li.wei@example.org",
            new Background(DegreeLevel.BACHELOR, "Computer science", null));

    static final ApplicationSubmitted SUBMITTED = new ApplicationSubmitted(ID, EVENT, "uni-a", CANDIDATE, CRITERIA, 2, T);
    static final ProjectWorkSubmitted WORK = new ProjectWorkSubmitted(ID, "Sorter", "A sorting arm",
            List.of("https://git.example.org/li-wei/sorter"), T);
    static final ReviewersAssigned ASSIGNED = new ReviewersAssigned(ID, EVENT, List.of("r1", "r2"), T);

    final DeciderSpec<Application, ApplicationCommand, ApplicationEvent> spec = DeciderSpec.of(
            Application.TYPE.decider()::initialState, Application.TYPE.decider()::decide, Application.TYPE.decider()::evolve)
            .covering(ApplicationCommand.class, ApplicationEvent.class);

    static List<CriterionScore> scores(int originality, int execution) {
        return List.of(new CriterionScore("originality", originality), new CriterionScore("execution", execution));
    }

    static SubmitReview review(String reviewer, int originality, int execution, Recommendation recommendation) {
        return new SubmitReview(reviewer, scores(originality, execution), recommendation, "comment", POLICY, T.plusSeconds(60));
    }

    static ReviewSubmitted reviewed(String reviewer, int originality, int execution, Recommendation recommendation) {
        return new ReviewSubmitted(ID, reviewer, scores(originality, execution), recommendation,
                BigDecimal.valueOf(4L * originality + 6L * execution).setScale(2), "comment", T.plusSeconds(60));
    }

    static SubmitApplication submit(Candidate candidate) {
        return new SubmitApplication(ID, EVENT, "uni-a", candidate, CRITERIA, 2, T);
    }

    /** The checks of a reviewer cleared on declared conflicts alone (the handler found no other relation to check). */
    static ReviewerRelationsChecked checked(String reviewer, Instant at) {
        return new ReviewerRelationsChecked(ID, reviewer, List.of(NO_DECLARED_CONFLICT), at);
    }

    static final RelationCheck NO_DECLARED_CONFLICT = RelationCheck.notFound("declared-conflict",
            "no conflict of interest declared with this application");

    static String refusal(DeciderSpec<Application, ApplicationCommand, ApplicationEvent>.When when) {
        return when.thenRefused(RuleViolation.class).code();
    }

    @Nested
    class Submitting {

        @Test
        void an_application_records_the_candidate_and_copies_the_events_criteria_and_required_reviews() {
            spec.given().when(submit(CANDIDATE)).then(SUBMITTED);
        }

        @Test
        void a_candidate_with_no_degree_and_an_unrelated_discipline_is_accepted() {
            Candidate musician = new Candidate("Wang Fang", "wang.fang@example.org",
                    new Background(DegreeLevel.NONE, "Classical music", "Left school at sixteen; builds synthesisers"));
            spec.given().when(submit(musician)).then(new ApplicationSubmitted(ID, EVENT, "uni-a", musician, CRITERIA, 2, T));
        }

        @Test
        void a_background_left_out_is_recorded_as_not_stated() {
            Candidate quiet = new Candidate("Zhao Lei", "zhao@example.org", null);
            List<ApplicationEvent> events = spec.given().when(submit(quiet)).events();
            assertThat(((ApplicationSubmitted) events.get(0)).candidate().background()).isEqualTo(Background.notStated());
        }

        @Test
        void an_application_is_submitted_once() {
            assertThat(refusal(spec.given(SUBMITTED).when(submit(CANDIDATE)))).isEqualTo("application-exists");
        }

        @Test
        void commands_to_an_unknown_application_are_refused_as_not_found() {
            RuleViolation refusal = spec.given().when(new WithdrawApplication("x", T)).thenRefused(RuleViolation.class);
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
            assertThat(refusal.code()).isEqualTo("unknown-application");
        }

        /** The degree and the discipline can never change an outcome: the same reviews decide the same way for every background. */
        @ParameterizedTest
        @EnumSource(DegreeLevel.class)
        void the_same_reviews_decide_the_same_way_whatever_the_degree_or_discipline(DegreeLevel degree) {
            Candidate candidate = new Candidate("Any", "any@example.org", new Background(degree, "Anything at all: " + degree, null));
            ApplicationSubmitted submitted = new ApplicationSubmitted(ID, EVENT, "uni-a", candidate, CRITERIA, 2, T);
            List<ApplicationEvent> events = spec.given(submitted, WORK, ASSIGNED, reviewed("r1", 8, 8, Recommendation.ADMIT))
                    .when(review("r2", 7, 7, Recommendation.ADMIT)).events();
            assertThat(events.get(1)).isInstanceOf(ApplicationAdmitted.class);
            List<ApplicationEvent> low = spec.given(submitted, WORK, ASSIGNED, reviewed("r1", 6, 6, Recommendation.ADMIT))
                    .when(review("r2", 6, 6, Recommendation.ADMIT)).events();
            assertThat(low.get(1)).isInstanceOf(ApplicationRejected.class);
        }
    }

    @Nested
    class ProjectWorkAndWithdrawal {

        final SubmitProjectWork work = new SubmitProjectWork(new ProjectWork("Sorter", "A sorting arm",
                List.of(URI.create("https://git.example.org/li-wei/sorter"))), T);

        @Test
        void project_work_is_recorded_and_may_be_replaced_until_reviews_begin() {
            spec.given(SUBMITTED).when(work).then(WORK);
            spec.given(SUBMITTED, WORK, ASSIGNED).when(work).then(WORK);
        }

        @Test
        void once_a_review_is_in_every_reviewer_scores_the_same_work() {
            assertThat(refusal(spec.given(SUBMITTED, WORK, ASSIGNED, reviewed("r1", 5, 5, Recommendation.ADMIT)).when(work)))
                    .isEqualTo("project-work-frozen");
        }

        @Test
        void links_are_http_or_https_urls() {
            RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
                    () -> new ProjectWork("t", "d", List.of(URI.create("ftp://files.example.org/x"))));
            assertThat(refusal.code()).isEqualTo("link-not-http");
            assertThat(catchThrowableOfType(RuleViolation.class, () -> new ProjectWork("t", "d", List.of(URI.create("relative/path")))).code())
                    .isEqualTo("link-not-http");
        }

        @Test
        void an_undecided_application_can_be_withdrawn_also_from_the_docket() {
            spec.given(SUBMITTED).when(new WithdrawApplication("Found a job", T)).then(new ApplicationWithdrawn(ID, EVENT, "Found a job", T));
            spec.given(SUBMITTED, WORK, ASSIGNED, reviewed("r1", 10, 10, Recommendation.ADMIT), referral())
                    .when(new WithdrawApplication("Found a job", T)).then(new ApplicationWithdrawn(ID, EVENT, "Found a job", T));
        }

        @Test
        void a_withdrawn_application_takes_nothing_more() {
            ApplicationWithdrawn withdrawn = new ApplicationWithdrawn(ID, EVENT, "x", T);
            assertThat(refusal(spec.given(SUBMITTED, withdrawn).when(new WithdrawApplication("again", T)))).isEqualTo("application-withdrawn");
            assertThat(refusal(spec.given(SUBMITTED, withdrawn).when(work))).isEqualTo("application-withdrawn");
            assertThat(refusal(spec.given(SUBMITTED, WORK, ASSIGNED, withdrawn).when(review("r1", 5, 5, Recommendation.ADMIT))))
                    .isEqualTo("application-withdrawn");
        }

        @Test
        void a_decided_application_cannot_be_withdrawn() {
            ApplicationRejected rejected = new ApplicationRejected(ID, EVENT, DecisionRoute.POLICY, BigDecimal.TEN, BigDecimal.ZERO,
                    new BigDecimal("70"), new BigDecimal("25"), null, null, T);
            assertThat(refusal(spec.given(SUBMITTED, rejected).when(new WithdrawApplication("late", T)))).isEqualTo("application-decided");
        }
    }

    /**
     * Conflicts found from relations: the handler checks each nominee against the candidate on the relations the service
     * holds; the application adds the declared conflict and refuses a nominee with any relation found, naming it.
     */
    @Nested
    class ConflictsFoundFromRelations {

        final RelationCheck sameOrganisation = RelationCheck.notFound("same-organisation", "reviewer's affiliation [uni-b], candidate's uni-a");
        final RelationCheck notAMentor = RelationCheck.notFound("mentor-of-candidate", "not on the mentor team");
        final RelationCheck founderUnknown = RelationCheck.notEstablished("co-founders", "the reviewer's researcher id is not known");

        AssignReviewers assign(Map<String, ConflictCheck> relations) {
            return new AssignReviewers(List.of(Nomination.of("r1"), Nomination.of("r2")), T, null, null, relations);
        }

        ConflictCheck clear(String reviewer) {
            return ConflictCheck.none(reviewer).and(sameOrganisation).and(notAMentor).and(founderUnknown);
        }

        @ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {"same-organisation", "mentor-of-candidate", "co-founders"})
        void a_nominee_with_a_relation_found_is_refused_naming_it_and_nothing_is_assigned(String relation) {
            ConflictCheck related = ConflictCheck.none("r2").and(sameOrganisation).and(RelationCheck.found(relation, "the fact found"));

            RuleViolation refusal = spec.given(SUBMITTED).when(assign(Map.of("r1", clear("r1"), "r2", related))).thenRefused(RuleViolation.class);

            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
            assertThat(refusal.code()).isEqualTo("reviewer-conflicted");
            assertThat(refusal.context()).containsEntry("reviewer", "r2").containsEntry("relation", relation);
            assertThat(refusal.detail()).contains("the fact found");
            assertThat((List<Object>) refusal.context().get("checks")).hasSize(3).contains(RelationCheck.found(relation, "the fact found"), NO_DECLARED_CONFLICT);
        }

        @Test
        void a_mentor_of_the_candidate_is_refused_even_when_on_the_panel_already() {
            ConflictCheck mentor = ConflictCheck.none("r1").and(RelationCheck.found("mentor-of-candidate", "on the team"));
            assertThat(refusal(spec.given(SUBMITTED, ASSIGNED).when(new AssignReviewers(List.of(Nomination.of("r1")), T, null, null,
                    Map.of("r1", mentor))))).isEqualTo("reviewer-conflicted");
        }

        @Test
        void relations_not_found_or_not_established_do_not_refuse_and_every_check_is_recorded_per_reviewer() {
            spec.given(SUBMITTED).when(assign(Map.of("r1", clear("r1"), "r2", clear("r2")))).then(ASSIGNED,
                    new ReviewerRelationsChecked(ID, "r1", List.of(sameOrganisation, notAMentor, founderUnknown, NO_DECLARED_CONFLICT), T),
                    new ReviewerRelationsChecked(ID, "r2", List.of(sameOrganisation, notAMentor, founderUnknown, NO_DECLARED_CONFLICT), T));
        }

        @Test
        void the_first_relation_found_is_the_one_named() {
            ConflictCheck both = ConflictCheck.none("r1").and(RelationCheck.found("mentor-of-candidate", "mentor"))
                    .and(RelationCheck.found("co-founders", "venture"));
            RuleViolation refusal = spec.given(SUBMITTED).when(assign(Map.of("r1", both))).thenRefused(RuleViolation.class);
            assertThat(refusal.context()).containsEntry("relation", "mentor-of-candidate");
        }

        /**
         * Oracle over generated panels: refused iff some nominee has a relation found or a conflict declared (now or
         * earlier), naming the first such nominee's first relation found (the declared one last); otherwise every nominee
         * joins with exactly the checks the handler made plus the declared one.
         */
        @Test
        void refused_exactly_when_a_nominee_is_related_over_generated_panels() {
            java.util.Random random = new java.util.Random(183);
            int refused = 0;
            String[] relationNames = {"same-organisation", "mentor-of-candidate", "co-founders"};
            for (int run = 0; run < 500; run++) {
                List<String> pool = new java.util.ArrayList<>(List.of("r1", "r2", "r3", "r4", "r5"));
                java.util.Collections.shuffle(pool, random);
                List<String> panel = pool.subList(0, 2 + random.nextInt(3));
                List<ApplicationEvent> history = new java.util.ArrayList<>(List.of(SUBMITTED));
                List<Nomination> nominations = new java.util.ArrayList<>();
                Map<String, ConflictCheck> relations = new java.util.HashMap<>();
                String expectedReviewer = null;
                String expectedRelation = null;
                for (String reviewer : panel) {
                    ConflictCheck check = ConflictCheck.none(reviewer);
                    for (String relation : relationNames) {
                        // FOUND one time in eight, so that clear panels and refused ones both come up often
                        RelationCheck.Outcome outcome = random.nextInt(8) == 0 ? RelationCheck.Outcome.FOUND
                                : random.nextBoolean() ? RelationCheck.Outcome.NOT_FOUND : RelationCheck.Outcome.NOT_ESTABLISHED;
                        check = check.and(new RelationCheck(relation, outcome, "generated"));
                    }
                    relations.put(reviewer, check);
                    int declared = random.nextInt(10); // 0: declared now, 1: declared earlier, else none
                    nominations.add(declared == 0 ? new Nomination(reviewer, "declared now") : Nomination.of(reviewer));
                    if (declared == 1) {
                        history.add(new ConflictOfInterestDeclared(ID, reviewer, "declared earlier", T));
                    }
                    String found = check.conflict().map(RelationCheck::relation).orElse(declared <= 1 ? "declared-conflict" : null);
                    if (expectedReviewer == null && found != null) {
                        expectedReviewer = reviewer;
                        expectedRelation = found;
                    }
                }
                var when = spec.given(history.toArray(ApplicationEvent[]::new)).when(new AssignReviewers(nominations, T, null, null, relations));
                if (expectedReviewer != null) {
                    refused++;
                    RuleViolation refusal = when.thenRefused(RuleViolation.class);
                    assertThat(refusal.context()).as("run %d", run).containsEntry("reviewer", expectedReviewer)
                            .containsEntry("relation", expectedRelation);
                } else {
                    List<ApplicationEvent> expected = new java.util.ArrayList<>(List.of(new ReviewersAssigned(ID, EVENT, List.copyOf(panel), T)));
                    panel.forEach(reviewer -> expected.add(new ReviewerRelationsChecked(ID, reviewer,
                            relations.get(reviewer).and(NO_DECLARED_CONFLICT).checks(), T)));
                    when.then(expected.toArray(ApplicationEvent[]::new));
                }
            }
            assertThat(refused).as("both refused and clear panels were generated").isBetween(50, 450);
        }

        @Test
        void a_declared_conflict_is_found_beside_the_relations_checked() {
            ConflictOfInterestDeclared declared = new ConflictOfInterestDeclared(ID, "r2", "Co-author", T);
            RuleViolation refusal = spec.given(SUBMITTED, declared).when(assign(Map.of("r1", clear("r1"), "r2", clear("r2"))))
                    .thenRefused(RuleViolation.class);
            assertThat(refusal.context()).containsEntry("relation", "declared-conflict").containsEntry("reviewer", "r2");
        }
    }

    @Nested
    class AssigningReviewers {

        @Test
        void a_panel_of_exactly_the_required_reviews_is_assigned() {
            spec.given(SUBMITTED).when(new AssignReviewers(List.of(Nomination.of("r1"), Nomination.of("r2")), T))
                    .then(ASSIGNED, checked("r1", T), checked("r2", T));
        }

        @Test
        void a_panel_one_short_of_the_required_reviews_is_refused() {
            RuleViolation refusal = spec.given(SUBMITTED).when(new AssignReviewers(List.of(Nomination.of("r1")), T))
                    .thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("too-few-reviewers");
            assertThat(refusal.context()).containsEntry("requiredReviews", 2).containsEntry("panelSize", 1);
        }

        @Test
        void a_panel_can_be_topped_up_and_reviewers_already_on_it_are_left_as_they_are() {
            spec.given(SUBMITTED, ASSIGNED).when(new AssignReviewers(List.of(Nomination.of("r1"), Nomination.of("r3")), T))
                    .then(new ReviewersAssigned(ID, EVENT, List.of("r3"), T), checked("r3", T));
            spec.given(SUBMITTED, ASSIGNED).when(new AssignReviewers(List.of(Nomination.of("r2")), T)).then();
        }

        @Test
        void the_same_reviewer_is_named_once() {
            assertThat(refusal(spec.given(SUBMITTED).when(new AssignReviewers(List.of(Nomination.of("r1"), Nomination.of("r1")), T))))
                    .isEqualTo("duplicate-reviewer");
        }

        @Test
        void a_reviewer_declaring_a_conflict_at_assignment_is_refused() {
            RuleViolation refusal = spec.given(SUBMITTED).when(new AssignReviewers(List.of(Nomination.of("r1"),
                    new Nomination("r2", "The candidate is my nephew")), T)).thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("reviewer-conflicted");
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
            assertThat(refusal.context()).containsEntry("reviewer", "r2").containsEntry("relation", "declared-conflict");
        }

        @Test
        void a_reviewer_who_declared_a_conflict_earlier_is_refused() {
            ConflictOfInterestDeclared declared = new ConflictOfInterestDeclared(ID, "r2", "Former student", T);
            assertThat(refusal(spec.given(SUBMITTED, declared).when(new AssignReviewers(List.of(Nomination.of("r1"), Nomination.of("r2")), T))))
                    .isEqualTo("reviewer-conflicted");
        }

        @Test
        void a_reviewer_who_declared_a_conflict_earlier_is_refused_naming_the_declared_relation_and_its_statement() {
            ConflictOfInterestDeclared declared = new ConflictOfInterestDeclared(ID, "r2", "Former student", T);
            RuleViolation refusal = spec.given(SUBMITTED, declared).when(new AssignReviewers(List.of(Nomination.of("r1"), Nomination.of("r2")), T))
                    .thenRefused(RuleViolation.class);
            assertThat(refusal.context()).containsEntry("relation", "declared-conflict");
            assertThat(refusal.detail()).contains("Former student");
        }

        @Test
        void no_reviewer_is_assigned_once_the_application_is_on_the_docket() {
            assertThat(refusal(spec.given(SUBMITTED, WORK, ASSIGNED, reviewed("r1", 10, 10, Recommendation.ADMIT), referral())
                    .when(new AssignReviewers(List.of(Nomination.of("r3"), Nomination.of("r4")), T)))).isEqualTo("reviews-closed");
        }
    }

    @Nested
    class ConflictsOfInterest {

        @Test
        void a_reviewer_on_the_panel_declares_a_conflict_and_leaves_the_panel() {
            ConflictOfInterestDeclared declared = new ConflictOfInterestDeclared(ID, "r2", "Co-author", T);
            spec.given(SUBMITTED, ASSIGNED).when(new DeclareConflictOfInterest("r2", "Co-author", T)).then(declared);
            Application after = spec.given(SUBMITTED, ASSIGNED, declared).state();
            assertThat(after.panel().assigned()).containsExactly("r1");
            assertThat(after.panel().involves("r2")).isFalse();
        }

        @Test
        void a_conflicted_reviewer_cannot_review() {
            ConflictOfInterestDeclared declared = new ConflictOfInterestDeclared(ID, "r2", "Co-author", T);
            assertThat(refusal(spec.given(SUBMITTED, WORK, ASSIGNED, declared).when(review("r2", 5, 5, Recommendation.ADMIT))))
                    .isEqualTo("reviewer-conflicted");
        }

        @Test
        void a_conflict_declared_after_reviewing_cannot_undo_the_review() {
            assertThat(refusal(spec.given(SUBMITTED, WORK, ASSIGNED, reviewed("r1", 5, 5, Recommendation.ADMIT))
                    .when(new DeclareConflictOfInterest("r1", "late", T)))).isEqualTo("already-reviewed");
        }

        @Test
        void declaring_the_same_conflict_again_changes_nothing() {
            ConflictOfInterestDeclared declared = new ConflictOfInterestDeclared(ID, "r2", "Co-author", T);
            spec.given(SUBMITTED, ASSIGNED, declared).when(new DeclareConflictOfInterest("r2", "again", T)).then();
        }
    }

    @Nested
    class Reviewing {

        @Test
        void an_assigned_reviewer_scores_every_criterion_and_the_total_is_recorded() {
            spec.given(SUBMITTED, WORK, ASSIGNED).when(review("r1", 7, 9, Recommendation.ADMIT)).then(reviewed("r1", 7, 9, Recommendation.ADMIT));
        }

        @Test
        void a_reviewer_not_on_the_panel_is_refused() {
            RuleViolation refusal = spec.given(SUBMITTED, WORK, ASSIGNED).when(review("stranger", 5, 5, Recommendation.ADMIT))
                    .thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("reviewer-not-assigned");
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN);
        }

        @Test
        void a_second_review_by_the_same_reviewer_is_refused() {
            RuleViolation refusal = spec.given(SUBMITTED, WORK, new ReviewersAssigned(ID, EVENT, List.of("r1", "r2", "r3"), T),
                    reviewed("r1", 5, 5, Recommendation.ADMIT)).when(review("r1", 9, 9, Recommendation.CHAMPION)).thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("duplicate-review");
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        }

        @Test
        void scores_are_within_zero_and_the_maximum() {
            spec.given(SUBMITTED, WORK, ASSIGNED).when(review("r1", 10, 0, Recommendation.ADMIT)).then(reviewed("r1", 10, 0, Recommendation.ADMIT));
            assertThat(refusal(spec.given(SUBMITTED, WORK, ASSIGNED).when(review("r1", 11, 5, Recommendation.ADMIT)))).isEqualTo("score-out-of-range");
            assertThat(refusal(spec.given(SUBMITTED, WORK, ASSIGNED).when(review("r1", 5, -1, Recommendation.ADMIT)))).isEqualTo("score-out-of-range");
        }

        @Test
        void a_criterion_left_unscored_is_refused() {
            SubmitReview partial = new SubmitReview("r1", List.of(new CriterionScore("originality", 5)), Recommendation.ADMIT, null, POLICY, T);
            RuleViolation refusal = spec.given(SUBMITTED, WORK, ASSIGNED).when(partial).thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("missing-criterion-score");
            assertThat(refusal.context()).containsEntry("criterion", "execution");
        }

        @Test
        void there_is_nothing_to_score_before_the_project_work() {
            assertThat(refusal(spec.given(SUBMITTED, ASSIGNED).when(review("r1", 5, 5, Recommendation.ADMIT)))).isEqualTo("no-project-work");
        }

        @Test
        void the_last_required_review_admits_a_candidate_whose_mean_reaches_the_bar() {
            // totals 80 and 60: mean 70, spread 20
            spec.given(SUBMITTED, WORK, ASSIGNED, reviewed("r1", 8, 8, Recommendation.ADMIT))
                    .when(review("r2", 6, 6, Recommendation.REJECT))
                    .then(reviewed("r2", 6, 6, Recommendation.REJECT), new ApplicationAdmitted(ID, StudentId.admittedFrom(ID), EVENT,
                            DecisionRoute.POLICY, new BigDecimal("70.00"), new BigDecimal("20.00"), new BigDecimal("70"), new BigDecimal("25"),
                            null, null, T.plusSeconds(60)));
        }

        @Test
        void the_last_required_review_rejects_a_candidate_below_the_bar() {
            // totals 80 and 56: mean 68, spread 24
            List<ApplicationEvent> events = spec.given(SUBMITTED, WORK, ASSIGNED, reviewed("r1", 8, 8, Recommendation.ADMIT))
                    .when(new SubmitReview("r2", scores(5, 6), Recommendation.REJECT, null, POLICY, T)).events();
            assertThat(events).hasSize(2);
            ApplicationRejected rejected = (ApplicationRejected) events.get(1);
            assertThat(rejected.meanTotal()).isEqualByComparingTo("68.00");
            assertThat(rejected.route()).isEqualTo(DecisionRoute.POLICY);
            assertThat(rejected.admissionBar()).isEqualByComparingTo("70");
            assertThat(rejected.spreadThreshold()).isEqualByComparingTo("25");
        }

        @Test
        void strong_disagreement_sends_the_application_to_the_special_review_docket() {
            List<ApplicationEvent> events = spec.given(SUBMITTED, WORK, ASSIGNED, reviewed("r1", 10, 10, Recommendation.CHAMPION))
                    .when(review("r2", 3, 3, Recommendation.REJECT)).events();
            assertThat(events).containsExactly(reviewed("r2", 3, 3, Recommendation.REJECT), referral());
        }

        @Test
        void the_intake_events_own_policy_decides_not_the_services_default() {
            // totals 80 and 60: mean 70, spread 20 — admitted by the default (bar 70, spread 25), not by the event's (bar 75, spread 15).
            NonConsensusThresholds strict = new NonConsensusThresholds(new BigDecimal("75"), new BigDecimal("15"), 2);
            ApplicationSubmitted underStrictPolicy = new ApplicationSubmitted(ID, EVENT, "uni-a", CANDIDATE, CRITERIA, 2, T, strict);
            spec.given().when(new SubmitApplication(ID, EVENT, "uni-a", CANDIDATE, CRITERIA, 2, strict, T)).then(underStrictPolicy);
            ApplicationReferredToSpecialReview referred = (ApplicationReferredToSpecialReview) spec.given(underStrictPolicy, WORK, ASSIGNED,
                    reviewed("r1", 8, 8, Recommendation.ADMIT)).when(review("r2", 6, 6, Recommendation.REJECT)).events().get(1);
            assertThat(referred.admissionBar()).isEqualByComparingTo("75");
            assertThat(referred.spreadThreshold()).isEqualByComparingTo("15");
            assertThat(referred.reasons()).containsExactly(SpecialReviewReason.SPREAD_AT_OR_ABOVE_THRESHOLD);
            NonConsensusThresholds lenient = new NonConsensusThresholds(new BigDecimal("60"), new BigDecimal("40"), 1);
            ApplicationEvent decided = spec.given(new ApplicationSubmitted(ID, EVENT, "uni-a", CANDIDATE, CRITERIA, 2, T, lenient), WORK,
                    ASSIGNED, reviewed("r1", 7, 7, Recommendation.ADMIT)).when(review("r2", 5, 6, Recommendation.REJECT)).events().get(1);
            assertThat(decided).isInstanceOf(ApplicationAdmitted.class);
            assertThat(((ApplicationAdmitted) decided).admissionBar()).isEqualByComparingTo("60");
        }

        @Test
        void an_application_to_a_blind_event_records_its_pseudonym_and_stays_blind() {
            ApplicationSubmitted blind = new ApplicationSubmitted(ID, EVENT, "uni-a", CANDIDATE, CRITERIA, 2, T, null, true, "Candidate AB12-CD34");
            spec.given().when(new SubmitApplication(ID, EVENT, "uni-a", CANDIDATE, CRITERIA, 2, null, T, true, "Candidate AB12-CD34")).then(blind);
            assertThat(spec.given(blind).state().blinding()).isEqualTo(new ReviewBlinding(true, "Candidate AB12-CD34"));
            assertThat(spec.given(blind, WORK, ASSIGNED, reviewed("r1", 8, 8, Recommendation.ADMIT)).state().blinding().blind()).isTrue();
            assertThat(spec.given(SUBMITTED).state().blinding()).as("applications from before").isEqualTo(ReviewBlinding.NONE);
            ApplicationReferredToSpecialReview referred = (ApplicationReferredToSpecialReview) spec.given(blind, WORK, ASSIGNED,
                    reviewed("r1", 10, 10, Recommendation.CHAMPION)).when(review("r2", 3, 3, Recommendation.REJECT)).events().get(1);
            assertThat(referred.candidateName()).as("the committee of a blind event judges blind").isEqualTo("Candidate AB12-CD34");
        }

        @Test
        void reviews_before_the_required_number_decide_nothing() {
            spec.given(SUBMITTED, WORK, new ReviewersAssigned(ID, EVENT, List.of("r1", "r2", "r3"), T))
                    .when(review("r1", 10, 10, Recommendation.ADMIT)).then(reviewed("r1", 10, 10, Recommendation.ADMIT));
        }

        @Test
        void once_the_required_reviews_are_in_further_reviews_are_refused() {
            ReviewersAssigned three = new ReviewersAssigned(ID, EVENT, List.of("r1", "r2", "r3"), T);
            assertThat(refusal(spec.given(SUBMITTED, WORK, three, reviewed("r1", 10, 10, Recommendation.ADMIT), referral())
                    .when(review("r3", 5, 5, Recommendation.ADMIT)))).isEqualTo("reviews-closed");
            ApplicationAdmitted admitted = new ApplicationAdmitted(ID, StudentId.admittedFrom(ID), EVENT, DecisionRoute.POLICY,
                    BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.TEN, null, null, T);
            assertThat(refusal(spec.given(SUBMITTED, WORK, three, admitted).when(review("r3", 5, 5, Recommendation.ADMIT))))
                    .isEqualTo("application-decided");
        }
    }

    /** An intake event whose policy reads calibrated totals: each reviewer's offset within the event is taken out first. */
    @Nested
    class CalibratedScores {

        static final NonConsensusThresholds CALIBRATED = new NonConsensusThresholds(new BigDecimal("70"), new BigDecimal("25"), 1,
                ScoreBasis.CALIBRATED);
        static final ApplicationSubmitted UNDER_CALIBRATION = new ApplicationSubmitted(ID, EVENT, "uni-a", CANDIDATE, CRITERIA, 2, T, CALIBRATED);
        /** r1 is harsh in this event (16 below the others), r2 lenient (8 above); r3 has no habit. */
        static final ReviewerOffsets OFFSETS = new ReviewerOffsets(java.util.Map.of("r1", new BigDecimal("-16"), "r2", new BigDecimal("8"),
                "r3", BigDecimal.ZERO));

        static SubmitReview calibrated(String reviewer, int originality, int execution, Recommendation recommendation) {
            return new SubmitReview(reviewer, scores(originality, execution), recommendation, "comment", POLICY, T.plusSeconds(60), null, OFFSETS);
        }

        @Test
        void a_harsh_reviewers_low_total_no_longer_keeps_the_candidate_below_the_bar() {
            // Raw totals 60 (r1) and 76 (r2): mean 68, below the bar of 70. Calibrated: 60 + 16 = 76 and 76 - 8 = 68: mean 72.
            List<ApplicationEvent> events = spec.given(UNDER_CALIBRATION, WORK, ASSIGNED, reviewed("r1", 6, 6, Recommendation.ADMIT))
                    .when(calibrated("r2", 7, 8, Recommendation.ADMIT)).events();
            assertThat(events.get(0)).isEqualTo(reviewed("r2", 7, 8, Recommendation.ADMIT));
            ApplicationAdmitted admitted = (ApplicationAdmitted) events.get(1);
            assertThat(admitted.meanTotal()).isEqualByComparingTo("72.00");
            assertThat(admitted.spread()).isEqualByComparingTo("8.00");
            assertThat(admitted.scoreBasis()).isEqualTo(ScoreBasis.CALIBRATED);
            // The decision records the offsets of its own panel only: replaying it needs nothing from the rest of the event.
            assertThat(admitted.reviewerOffsets()).containsOnlyKeys("r1", "r2");
            assertThat(admitted.reviewerOffsets().get("r1")).isEqualByComparingTo("-16");
            assertThat(admitted.reviewerOffsets().get("r2")).isEqualByComparingTo("8");
        }

        @Test
        void a_policy_on_raw_totals_ignores_the_offsets() {
            ApplicationSubmitted raw = new ApplicationSubmitted(ID, EVENT, "uni-a", CANDIDATE, CRITERIA, 2, T,
                    new NonConsensusThresholds(new BigDecimal("70"), new BigDecimal("25"), 1));
            ApplicationRejected rejected = (ApplicationRejected) spec.given(raw, WORK, ASSIGNED, reviewed("r1", 6, 6, Recommendation.ADMIT))
                    .when(calibrated("r2", 7, 8, Recommendation.ADMIT)).events().get(1);
            assertThat(rejected.meanTotal()).isEqualByComparingTo("68.00");
            assertThat(rejected.scoreBasis()).isNull();
            assertThat(rejected.reviewerOffsets()).isNull();
        }

        @Test
        void the_spread_test_reads_calibrated_totals_too_and_the_committee_keeps_the_basis() {
            // Raw 80 (r2, lenient) and 60 (r3): spread 20, under the threshold of 25. Calibrated: 72 and 60: spread 12; mean 66,
            // below the bar, and r3 champions: special review for the champion, on calibrated totals.
            ApplicationReferredToSpecialReview referral = (ApplicationReferredToSpecialReview) spec.given(UNDER_CALIBRATION, WORK,
                    new ReviewersAssigned(ID, EVENT, List.of("r2", "r3"), T), reviewed("r2", 8, 8, Recommendation.ADMIT))
                    .when(calibrated("r3", 6, 6, Recommendation.CHAMPION)).events().get(1);
            assertThat(referral.reviewerTotals()).extracting(ReviewerTotal::total).as("the totals as the reviewers gave them")
                    .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("80"), new BigDecimal("60"));
            assertThat(referral.meanTotal()).isEqualByComparingTo("66.00");
            assertThat(referral.spread()).isEqualByComparingTo("12.00");
            assertThat(referral.reasons()).containsExactly(SpecialReviewReason.CHAMPIONED_BELOW_BAR);
            assertThat(referral.scoreBasis()).isEqualTo(ScoreBasis.CALIBRATED);
            ApplicationAdmitted byCommittee = (ApplicationAdmitted) spec.given(UNDER_CALIBRATION, WORK,
                    new ReviewersAssigned(ID, EVENT, List.of("r2", "r3"), T), reviewed("r2", 8, 8, Recommendation.ADMIT),
                    reviewed("r3", 6, 6, Recommendation.CHAMPION), referral)
                    .when(new DecideSpecialReview(CommitteeVerdict.ADMIT, "The champion's demo", "operator-1", T.plusSeconds(120))).events().get(0);
            assertThat(byCommittee.scoreBasis()).isEqualTo(ScoreBasis.CALIBRATED);
            assertThat(byCommittee.reviewerOffsets()).isEqualTo(referral.reviewerOffsets());
            assertThat(byCommittee.meanTotal()).isEqualByComparingTo("66.00");
        }

        @Test
        void a_calibrated_total_stays_within_0_and_100() {
            ReviewerOffsets extreme = new ReviewerOffsets(java.util.Map.of("r1", new BigDecimal("-30"), "r2", new BigDecimal("30")));
            ApplicationEvent decided = spec.given(UNDER_CALIBRATION, WORK, ASSIGNED, reviewed("r1", 10, 10, Recommendation.ADMIT))
                    .when(new SubmitReview("r2", scores(2, 2), Recommendation.REJECT, "comment", POLICY, T.plusSeconds(60), null, extreme))
                    .events().get(1);
            // 100 + 30 counts as 100; 20 - 30 as 0: mean 50, spread 100.
            assertThat(((ApplicationReferredToSpecialReview) decided).meanTotal()).isEqualByComparingTo("50.00");
            assertThat(((ApplicationReferredToSpecialReview) decided).spread()).isEqualByComparingTo("100.00");
        }
    }

    @Nested
    class Committee {

        final Application onDocket = spec.given(SUBMITTED, WORK, ASSIGNED, reviewed("r1", 10, 10, Recommendation.CHAMPION), referral()).state();

        @Test
        void the_committee_admits_a_docket_case_with_its_rationale_and_the_policys_figures() {
            spec.given(SUBMITTED, WORK, ASSIGNED, reviewed("r1", 10, 10, Recommendation.CHAMPION), referral())
                    .when(new DecideSpecialReview(CommitteeVerdict.ADMIT, "Unusual but convincing", "op-1", T))
                    .then(new ApplicationAdmitted(ID, StudentId.admittedFrom(ID), EVENT, DecisionRoute.COMMITTEE, new BigDecimal("65.00"),
                            new BigDecimal("70.00"), new BigDecimal("70"), new BigDecimal("25"), "Unusual but convincing", "op-1", T));
            assertThat(onDocket.status()).isEqualTo(ApplicationStatus.SPECIAL_REVIEW);
        }

        @Test
        void the_committee_rejects_a_docket_case_with_its_rationale() {
            spec.given(SUBMITTED, WORK, ASSIGNED, reviewed("r1", 10, 10, Recommendation.CHAMPION), referral())
                    .when(new DecideSpecialReview(CommitteeVerdict.REJECT, "The prototype does not work", "op-1", T))
                    .then(new ApplicationRejected(ID, EVENT, DecisionRoute.COMMITTEE, new BigDecimal("65.00"), new BigDecimal("70.00"),
                            new BigDecimal("70"), new BigDecimal("25"), "The prototype does not work", "op-1", T));
        }

        @Test
        void the_committee_records_why() {
            assertThat(refusal(spec.given(SUBMITTED, WORK, ASSIGNED, reviewed("r1", 10, 10, Recommendation.CHAMPION), referral())
                    .when(new DecideSpecialReview(CommitteeVerdict.ADMIT, " ", "op-1", T)))).isEqualTo("rationale-required");
        }

        @Test
        void only_docket_cases_go_to_the_committee_and_only_once() {
            assertThat(refusal(spec.given(SUBMITTED, WORK, ASSIGNED).when(new DecideSpecialReview(CommitteeVerdict.ADMIT, "why", "op", T))))
                    .isEqualTo("not-on-special-review");
            ApplicationAdmitted decided = new ApplicationAdmitted(ID, StudentId.admittedFrom(ID), EVENT, DecisionRoute.COMMITTEE,
                    new BigDecimal("65.00"), new BigDecimal("70.00"), new BigDecimal("70"), new BigDecimal("25"), "why", "op", T);
            assertThat(refusal(spec.given(SUBMITTED, WORK, ASSIGNED, reviewed("r1", 10, 10, Recommendation.CHAMPION), referral(), decided)
                    .when(new DecideSpecialReview(CommitteeVerdict.REJECT, "changed our minds", "op", T)))).isEqualTo("application-decided");
        }

        @Test
        void admission_names_the_student_the_application_becomes_and_the_same_application_always_names_the_same_student() {
            assertThat(StudentId.admittedFrom(ID)).isEqualTo(StudentId.admittedFrom(new ApplicationId(ID.value())));
            assertThat(StudentId.admittedFrom(ID)).isNotEqualTo(StudentId.admittedFrom(ApplicationId.random()));
        }
    }

    /** Reviews are due by a date (a reminder before it, reassignment or escalation after it); the committee has a time limit. */
    @Nested
    class ReviewTime {

        final Instant remindAt = T.plus(java.time.Duration.ofDays(7));
        final Instant dueAt = T.plus(java.time.Duration.ofDays(10));
        final Instant later = dueAt.plusSeconds(3600);
        final Instant laterRemind = later.plus(java.time.Duration.ofDays(7));
        final Instant laterDue = later.plus(java.time.Duration.ofDays(10));
        final ReviewersAssigned dueAssigned = new ReviewersAssigned(ID, EVENT, List.of("r1", "r2"), T, remindAt, dueAt);

        @Test
        void an_assignment_carries_when_the_reviews_are_due_and_when_the_reviewers_are_reminded() {
            spec.given(SUBMITTED).when(new AssignReviewers(List.of(Nomination.of("r1"), Nomination.of("r2")), T, remindAt, dueAt))
                    .then(dueAssigned, checked("r1", T), checked("r2", T));
        }

        @Test
        void a_reviewer_still_owing_the_review_is_reminded_once_when_the_reminder_falls_due() {
            ReviewReminderSent sent = new ReviewReminderSent(ID, "r1", dueAt, remindAt);
            spec.given(SUBMITTED, WORK, dueAssigned).when(new RemindReviewer("r1", remindAt)).then(sent);
            spec.given(SUBMITTED, WORK, dueAssigned, sent).when(new RemindReviewer("r1", remindAt.plusSeconds(5))).then();
            assertThat(refusal(spec.given(SUBMITTED, WORK, dueAssigned).when(new RemindReviewer("r1", remindAt.minusMillis(1)))))
                    .isEqualTo("reminder-not-due");
        }

        @Test
        void a_reviewer_who_reviewed_or_left_the_panel_is_not_reminded() {
            assertThat(refusal(spec.given(SUBMITTED, WORK, dueAssigned, reviewed("r1", 8, 8, Recommendation.ADMIT))
                    .when(new RemindReviewer("r1", remindAt)))).isEqualTo("review-not-awaited");
            assertThat(refusal(spec.given(SUBMITTED, WORK, dueAssigned, new ConflictOfInterestDeclared(ID, "r1", "my student", T))
                    .when(new RemindReviewer("r1", remindAt)))).isEqualTo("review-not-awaited");
            assertThat(refusal(spec.given(SUBMITTED, WORK, ASSIGNED).when(new RemindReviewer("r1", remindAt))))
                    .as("an assignment made before reviews had due dates").isEqualTo("review-not-awaited");
        }

        @Test
        void an_overdue_review_passes_to_the_first_eligible_reviewer_who_then_owes_it_by_a_date_of_their_own() {
            // r2 is on the panel, r4 declared a conflict, r1 is the overdue one: r3 takes it.
            ConflictOfInterestDeclared conflicted = new ConflictOfInterestDeclared(ID, "r4", "co-author", T);
            ReviewReassigned reassigned = new ReviewReassigned(ID, EVENT, "r1", "r3", dueAt, later, laterRemind, laterDue);
            spec.given(SUBMITTED, WORK, dueAssigned, conflicted)
                    .when(new ReassignOverdueReview("r1", List.of("r1", "r2", "r4", "r3", "r5"), later, laterRemind, laterDue))
                    .then(reassigned, checked("r3", later));

            Application after = spec.given(SUBMITTED, WORK, dueAssigned, conflicted, reassigned).state();
            assertThat(after.panel().assigned()).containsExactly("r3", "r2");
            assertThat(after.panel().awaitedFrom("r3")).hasValueSatisfying(d -> assertThat(d.dueAt()).isEqualTo(laterDue));
            assertThat(refusal(spec.given(SUBMITTED, WORK, dueAssigned, conflicted, reassigned)
                    .when(new SubmitReview("r1", scores(8, 8), Recommendation.ADMIT, null, POLICY, later))))
                    .as("the overdue reviewer left the panel").isEqualTo("reviewer-not-assigned");
            spec.given(SUBMITTED, WORK, dueAssigned, conflicted, reassigned).when(review("r3", 8, 8, Recommendation.ADMIT))
                    .then(reviewed("r3", 8, 8, Recommendation.ADMIT));
        }

        @Test
        void a_candidate_with_a_relation_found_is_passed_over_and_the_one_chosen_comes_with_their_checks() {
            ConflictCheck mentor = ConflictCheck.none("r3").and(RelationCheck.found("mentor-of-candidate", "on the team"));
            ConflictCheck clear = ConflictCheck.none("r5").and(RelationCheck.notFound("mentor-of-candidate", "not on the team"));
            spec.given(SUBMITTED, WORK, dueAssigned).when(new ReassignOverdueReview("r1", List.of("r3", "r5"), later, laterRemind, laterDue,
                    Map.of("r3", mentor, "r5", clear))).then(new ReviewReassigned(ID, EVENT, "r1", "r5", dueAt, later, laterRemind, laterDue),
                    new ReviewerRelationsChecked(ID, "r5", List.of(clear.checks().get(0), NO_DECLARED_CONFLICT), later));
            spec.given(SUBMITTED, WORK, dueAssigned).when(new ReassignOverdueReview("r1", List.of("r3"), later, laterRemind, laterDue,
                    Map.of("r3", mentor))).then(new ReviewOverdueEscalated(ID, EVENT, "r1", dueAt, later));
        }

        @Test
        void a_reviewer_taken_off_for_an_overdue_review_is_not_chosen_again() {
            ReviewReassigned away = new ReviewReassigned(ID, EVENT, "r1", "r3", dueAt, later, laterRemind, laterDue);
            Instant evenLater = laterDue.plusSeconds(60);
            spec.given(SUBMITTED, WORK, dueAssigned, away).when(new ReassignOverdueReview("r3", List.of("r1"), evenLater, laterRemind, laterDue))
                    .then(new ReviewOverdueEscalated(ID, EVENT, "r3", laterDue, evenLater));
        }

        @Test
        void with_nobody_eligible_the_overdue_review_is_escalated_once_and_the_reviewer_may_still_review() {
            ReviewOverdueEscalated escalated = new ReviewOverdueEscalated(ID, EVENT, "r1", dueAt, later);
            spec.given(SUBMITTED, WORK, dueAssigned).when(new ReassignOverdueReview("r1", List.of("r1", "r2"), later, laterRemind, laterDue))
                    .then(escalated);
            spec.given(SUBMITTED, WORK, dueAssigned, escalated).when(new ReassignOverdueReview("r1", List.of(), later, laterRemind, laterDue)).then();
            assertThat(spec.given(SUBMITTED, WORK, dueAssigned, escalated).state().panel().awaitedFrom("r1"))
                    .hasValueSatisfying(d -> assertThat(d.escalatedAt()).isEqualTo(later));
            spec.given(SUBMITTED, WORK, dueAssigned, escalated).when(review("r1", 8, 8, Recommendation.ADMIT)).then(reviewed("r1", 8, 8, Recommendation.ADMIT));
        }

        @Test
        void a_review_not_yet_due_or_no_longer_awaited_is_not_reassigned() {
            assertThat(refusal(spec.given(SUBMITTED, WORK, dueAssigned)
                    .when(new ReassignOverdueReview("r1", List.of("r3"), dueAt.minusMillis(1), laterRemind, laterDue)))).isEqualTo("review-not-overdue");
            assertThat(refusal(spec.given(SUBMITTED, WORK, dueAssigned, reviewed("r1", 8, 8, Recommendation.ADMIT))
                    .when(new ReassignOverdueReview("r1", List.of("r3"), later, laterRemind, laterDue)))).isEqualTo("review-not-awaited");
            assertThat(refusal(spec.given(SUBMITTED, WORK, dueAssigned, new ApplicationWithdrawn(ID, EVENT, "changed plans", T))
                    .when(new ReassignOverdueReview("r1", List.of("r3"), later, laterRemind, laterDue)))).isEqualTo("application-withdrawn");
        }

        @Test
        void a_referral_carries_the_committees_time_limit() {
            Instant decideBy = T.plus(java.time.Duration.ofDays(21));
            List<ApplicationEvent> events = spec.given(SUBMITTED, WORK, dueAssigned, reviewed("r1", 10, 10, Recommendation.CHAMPION))
                    .when(new SubmitReview("r2", scores(3, 3), Recommendation.REJECT, "comment", POLICY, T.plusSeconds(60), decideBy)).events();
            assertThat(events).hasSize(2);
            assertThat(((ApplicationReferredToSpecialReview) events.get(1)).decisionDueAt()).isEqualTo(decideBy);
        }

        @Test
        void a_docket_case_undecided_when_the_time_limit_passes_is_escalated_once() {
            Instant decideBy = T.plus(java.time.Duration.ofDays(21));
            ApplicationReferredToSpecialReview referred = referralDueBy(decideBy);
            SpecialReviewEscalated escalated = new SpecialReviewEscalated(ID, EVENT, decideBy, decideBy.plusSeconds(1));
            ApplicationEvent[] docket = {SUBMITTED, WORK, ASSIGNED, reviewed("r1", 10, 10, Recommendation.CHAMPION),
                    reviewed("r2", 3, 3, Recommendation.REJECT), referred};
            spec.given(docket).when(new EscalateSpecialReview(decideBy.plusSeconds(1))).then(escalated);
            assertThat(refusal(spec.given(docket).when(new EscalateSpecialReview(decideBy.minusMillis(1))))).isEqualTo("committee-time-not-up");

            ApplicationEvent[] escalatedDocket = java.util.stream.Stream.concat(java.util.Arrays.stream(docket), java.util.stream.Stream.of(escalated))
                    .toArray(ApplicationEvent[]::new);
            spec.given(escalatedDocket).when(new EscalateSpecialReview(decideBy.plusSeconds(60))).then();
            assertThat(spec.given(escalatedDocket).state().escalatedAt()).isEqualTo(decideBy.plusSeconds(1));
            // The committee still decides an escalated case.
            assertThat(spec.given(escalatedDocket).when(new DecideSpecialReview(CommitteeVerdict.REJECT, "late but reasoned", "op", decideBy.plusSeconds(90)))
                    .events()).singleElement().isInstanceOf(ApplicationRejected.class);
        }

        @Test
        void a_decided_case_or_one_referred_without_a_time_limit_is_not_escalated() {
            Instant decideBy = T.plus(java.time.Duration.ofDays(21));
            ApplicationRejected decided = new ApplicationRejected(ID, EVENT, DecisionRoute.COMMITTEE, new BigDecimal("65.00"), new BigDecimal("70.00"),
                    new BigDecimal("70"), new BigDecimal("25"), "why", "op", T.plusSeconds(120));
            assertThat(refusal(spec.given(SUBMITTED, WORK, ASSIGNED, referralDueBy(decideBy), decided).when(new EscalateSpecialReview(decideBy))))
                    .isEqualTo("application-decided");
            assertThat(refusal(spec.given(SUBMITTED, WORK, ASSIGNED, referral()).when(new EscalateSpecialReview(decideBy))))
                    .isEqualTo("committee-time-not-up");
            assertThat(refusal(spec.given(SUBMITTED, WORK, ASSIGNED).when(new EscalateSpecialReview(decideBy)))).isEqualTo("not-on-special-review");
        }
    }

    static ApplicationReferredToSpecialReview referralDueBy(Instant decideBy) {
        ApplicationReferredToSpecialReview r = referral();
        return new ApplicationReferredToSpecialReview(ID, EVENT, r.candidateName(), r.reviewerTotals(), r.meanTotal(), r.spread(), r.reasons(),
                r.admissionBar(), r.spreadThreshold(), r.referredAt(), decideBy);
    }

    /** The referral when r1 gave 100 (champion) and r2 gave 30 (reject): mean 65, spread 70. */
    static ApplicationReferredToSpecialReview referral() {
        return new ApplicationReferredToSpecialReview(ID, EVENT, "Li Wei",
                List.of(new ReviewerTotal("r1", new BigDecimal("100.00"), Recommendation.CHAMPION),
                        new ReviewerTotal("r2", new BigDecimal("30.00"), Recommendation.REJECT)),
                new BigDecimal("65.00"), new BigDecimal("70.00"),
                List.of(SpecialReviewReason.SPREAD_AT_OR_ABOVE_THRESHOLD, SpecialReviewReason.CHAMPIONED_BELOW_BAR),
                new BigDecimal("70"), new BigDecimal("25"), T.plusSeconds(60));
    }

    @AfterAll
    static void every_command_and_event_is_specified() {
        DeciderSpec.assertCovered(ApplicationCommand.class);
    }
}
