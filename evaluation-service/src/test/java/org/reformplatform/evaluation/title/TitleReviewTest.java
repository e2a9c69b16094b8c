package org.reformplatform.evaluation.title;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reformplatform.evaluation.researcher.MobilityRecord;
import org.reformplatform.evaluation.researcher.Researcher.Evidence;
import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.evaluation.researcher.TitleEquivalence;
import org.reformplatform.evaluation.title.TitleReviewCommand.AppointPanelMember;
import org.reformplatform.evaluation.title.TitleReviewCommand.CastVote;
import org.reformplatform.evaluation.title.TitleReviewCommand.CloseTitleReview;
import org.reformplatform.evaluation.title.TitleReviewCommand.DecideTitleApplication;
import org.reformplatform.evaluation.title.TitleReviewCommand.FileTitleApplication;
import org.reformplatform.evaluation.title.TitleReviewCommand.OpenTitleReview;
import org.reformplatform.evaluation.title.TitleReviewEvent.PanelMemberAppointed;
import org.reformplatform.evaluation.title.TitleReviewEvent.PanelVoteCast;
import org.reformplatform.evaluation.title.TitleReviewEvent.TitleApplicationDecided;
import org.reformplatform.evaluation.title.TitleReviewEvent.TitleApplicationFiled;
import org.reformplatform.evaluation.title.TitleReviewEvent.TitleReviewClosed;
import org.reformplatform.evaluation.title.TitleReviewEvent.TitleReviewOpened;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.testing.DeciderSpec;

/** Title reviews (职称评审): who is eligible, on which evidence, and how the panel decides. */
class TitleReviewTest {

    static final TitleReviewId ID = TitleReviewId.random();
    static final Instant OPENED_AT = Instant.parse("2026-05-01T00:00:00Z");
    static final Instant DECIDED_AT = Instant.parse("2026-06-15T09:00:00Z");
    static final EligibilityPolicy POLICY = new EligibilityPolicy(5, 2, 3);
    static final TitleReviewOpened OPENED = new TitleReviewOpened(ID, "Digital technology senior review", "ENGINEERING", "Engineering series",
            "DIGITAL_TECHNOLOGY", "Digital technology", TitleLevel.SENIOR,
            List.of(new Specialty("cloud-computing", "Cloud computing"), new Specialty("big-data", "Big data")), POLICY, "bureau", OPENED_AT);
    static final ResearcherId APPLICANT = new ResearcherId(UUID.randomUUID());
    static final TitleApplicationId APP = TitleApplicationId.random();

    final DeciderSpec<TitleReview, TitleReviewCommand, TitleReviewEvent> spec = DeciderSpec.of(
            TitleReview.TYPE.decider()::initialState, TitleReview.TYPE.decider()::decide, TitleReview.TYPE.decider()::evolve)
            .covering(TitleReviewCommand.class, TitleReviewEvent.class);

    @AfterAll
    static void every_command_and_event_is_specified() {
        DeciderSpec.assertCovered(TitleReviewCommand.class);
    }

    static List<TitleReviewEvent> panel(int size) {
        List<TitleReviewEvent> events = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            events.add(new PanelMemberAppointed(ID, "p" + i, "Member " + i, OPENED_AT));
        }
        return events;
    }

    static TitleApplicationFiled filed(HeldTitle held, int achievements) {
        return new TitleApplicationFiled(ID, APP, APPLICANT, "centre", "ENGINEERING", "DIGITAL_TECHNOLOGY", "cloud-computing", TitleLevel.SENIOR,
                held, achievements, OPENED_AT);
    }

    static List<TitleReviewEvent> votes(int approvals, int against) {
        List<TitleReviewEvent> events = new ArrayList<>();
        for (int i = 1; i <= approvals + against; i++) {
            events.add(new PanelVoteCast(ID, APP, "p" + i, i <= approvals, OPENED_AT));
        }
        return events;
    }

    /** The review opened, a panel of {@code panelSize}, the application filed, and the votes cast. */
    DeciderSpec<TitleReview, TitleReviewCommand, TitleReviewEvent>.Given given(int panelSize, TitleApplicationFiled filed, int approvals, int against) {
        List<TitleReviewEvent> history = new ArrayList<>();
        history.add(OPENED);
        history.addAll(panel(panelSize));
        history.add(filed);
        history.addAll(votes(approvals, against));
        return spec.given(history.toArray(TitleReviewEvent[]::new));
    }

    static TitleEquivalence equivalence(String series, String level) {
        return new TitleEquivalence(UUID.randomUUID(), UUID.randomUUID(), "Chartered Engineer", "GB", series, level, "3.0", LocalDate.parse("2026-04-01"));
    }

    static MobilityRecord mobility(boolean positive) {
        return new MobilityRecord(UUID.randomUUID(), "SECONDMENT", "university", "cloud-co", LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-12-31"), positive ? "EXCELLENT" : "UNSATISFACTORY", positive, List.of());
    }

    static Evidence evidence(List<TitleEquivalence> equivalences, List<MobilityRecord> mobility) {
        return new Evidence(equivalences, mobility);
    }

    TitleApplicationDecided decide(DeciderSpec<TitleReview, TitleReviewCommand, TitleReviewEvent>.Given given, Evidence evidence) {
        return (TitleApplicationDecided) given.when(new DecideTitleApplication(APP, evidence, DECIDED_AT)).events().get(0);
    }

    static String code(DeciderSpec<TitleReview, TitleReviewCommand, TitleReviewEvent>.When when) {
        return when.thenRefused(RuleViolation.class).code();
    }

    static final HeldTitle ASSOCIATE_FIVE_YEARS = new HeldTitle("ENGINEERING", TitleLevel.ASSOCIATE_SENIOR, LocalDate.parse("2021-06-15"));

    @Nested
    class Opening {

        OpenTitleReview open(List<Specialty> specialties, EligibilityPolicy policy) {
            return new OpenTitleReview(ID, OPENED.title(), "ENGINEERING", "Engineering series", "DIGITAL_TECHNOLOGY", "Digital technology",
                    TitleLevel.SENIOR, specialties, policy, "bureau", OPENED_AT);
        }

        @Test
        void a_review_opens_for_its_series_discipline_level_and_specialties_under_its_policy() {
            spec.given().when(open(OPENED.specialties(), POLICY)).then(OPENED);
        }

        @Test
        void it_covers_at_least_one_specialty_each_named_once() {
            assertThat(code(spec.given().when(open(List.of(), POLICY)))).isEqualTo("no-specialties");
            assertThat(code(spec.given().when(open(List.of(new Specialty("big-data", "Big data"), new Specialty("big-data", "Data")), POLICY))))
                    .isEqualTo("duplicate-specialty");
        }

        @Test
        void years_and_achievements_count_from_zero_and_a_panel_from_one_member() {
            assertThat(spec.given().when(open(OPENED.specialties(), new EligibilityPolicy(0, 0, 1))).events()).hasSize(1);
            assertThat(code(spec.given().when(open(OPENED.specialties(), new EligibilityPolicy(-1, 0, 1))))).isEqualTo("policy-out-of-range");
            assertThat(code(spec.given().when(open(OPENED.specialties(), new EligibilityPolicy(0, -1, 1))))).isEqualTo("policy-out-of-range");
            assertThat(code(spec.given().when(open(OPENED.specialties(), new EligibilityPolicy(0, 0, 0))))).isEqualTo("policy-out-of-range");
        }

        @Test
        void a_review_opens_once() {
            assertThat(code(spec.given(OPENED).when(open(OPENED.specialties(), POLICY)))).isEqualTo("title-review-exists");
        }
    }

    @Nested
    class DomesticRoute {

        @Test
        void the_title_directly_below_held_five_whole_years_qualifies() {
            TitleApplicationDecided decided = decide(given(3, filed(ASSOCIATE_FIVE_YEARS, 2), 2, 1), Evidence.NONE);
            assertThat(decided.decision()).isEqualTo(TitleDecision.APPROVED);
            assertThat(decided.route()).isEqualTo(EligibilityRoute.DOMESTIC_TITLE);
            assertThat(decided.reasons()).isEmpty();
            assertThat(decided.approvals()).isEqualTo(2);
            assertThat(decided.panelSize()).isEqualTo(3);
        }

        @Test
        void a_day_short_of_five_years_does_not() {
            HeldTitle dayShort = new HeldTitle("ENGINEERING", TitleLevel.ASSOCIATE_SENIOR, LocalDate.parse("2021-06-16"));
            TitleApplicationDecided decided = decide(given(3, filed(dayShort, 2), 3, 0), Evidence.NONE);
            assertThat(decided.decision()).isEqualTo(TitleDecision.REJECTED);
            assertThat(decided.route()).isEqualTo(EligibilityRoute.NONE);
            assertThat(decided.reasons()).containsExactly("no-qualifying-title");
        }

        @Test
        void a_title_two_levels_below_or_of_another_series_does_not() {
            HeldTitle intermediate = new HeldTitle("ENGINEERING", TitleLevel.INTERMEDIATE, LocalDate.parse("2010-01-01"));
            assertThat(decide(given(3, filed(intermediate, 2), 3, 0), Evidence.NONE).reasons()).containsExactly("no-qualifying-title");
            HeldTitle economics = new HeldTitle("ECONOMICS", TitleLevel.ASSOCIATE_SENIOR, LocalDate.parse("2010-01-01"));
            assertThat(decide(given(3, filed(economics, 2), 3, 0), Evidence.NONE).reasons()).containsExactly("no-qualifying-title");
        }
    }

    @Nested
    class ForeignEquivalenceRoute {

        @Test
        void a_recognised_equivalence_at_the_level_qualifies_without_a_domestic_title() {
            TitleEquivalence senior = equivalence("ENGINEERING", "SENIOR");
            TitleApplicationDecided decided = decide(given(3, filed(null, 2), 2, 0), evidence(List.of(senior), List.of()));
            assertThat(decided.decision()).isEqualTo(TitleDecision.APPROVED);
            assertThat(decided.route()).isEqualTo(EligibilityRoute.FOREIGN_EQUIVALENCE);
            assertThat(decided.evidence()).anyMatch(e -> e.contains(senior.applicationId().toString()));
        }

        @Test
        void the_series_may_be_named_by_discipline_or_both_in_any_case() {
            assertThat(decide(given(3, filed(null, 2), 2, 0), evidence(List.of(equivalence("engineering - digital technology", "senior")), List.of()))
                    .route()).isEqualTo(EligibilityRoute.FOREIGN_EQUIVALENCE);
            assertThat(decide(given(3, filed(null, 2), 2, 0), evidence(List.of(equivalence("Digital technology", "Full senior")), List.of()))
                    .route()).isEqualTo(EligibilityRoute.FOREIGN_EQUIVALENCE);
        }

        @Test
        void an_equivalence_below_the_level_of_another_series_or_of_unreadable_level_does_not() {
            for (TitleEquivalence e : List.of(equivalence("ENGINEERING", "ASSOCIATE_SENIOR"), equivalence("ECONOMICS", "SENIOR"),
                    equivalence("ENGINEERING", "grand master"))) {
                TitleApplicationDecided decided = decide(given(3, filed(null, 2), 3, 0), evidence(List.of(e), List.of()));
                assertThat(decided.decision()).as(e.toString()).isEqualTo(TitleDecision.REJECTED);
                assertThat(decided.reasons()).containsExactly("no-qualifying-title");
            }
        }

        @Test
        void the_domestic_route_is_reported_when_both_hold() {
            assertThat(decide(given(3, filed(ASSOCIATE_FIVE_YEARS, 2), 2, 0), evidence(List.of(equivalence("ENGINEERING", "SENIOR")), List.of()))
                    .route()).isEqualTo(EligibilityRoute.DOMESTIC_TITLE);
        }

        @Test
        void levels_are_read_leniently_and_ordered() {
            assertThat(TitleLevel.parse("deputy senior")).contains(TitleLevel.ASSOCIATE_SENIOR);
            assertThat(TitleLevel.parse(" Intermediate ")).contains(TitleLevel.INTERMEDIATE);
            assertThat(TitleLevel.parse("assistant")).contains(TitleLevel.JUNIOR);
            assertThat(TitleLevel.parse(null)).isEmpty();
            assertThat(TitleLevel.SENIOR.atLeast(TitleLevel.SENIOR)).isTrue();
            assertThat(TitleLevel.ASSOCIATE_SENIOR.atLeast(TitleLevel.SENIOR)).isFalse();
            assertThat(TitleLevel.JUNIOR.below()).isEmpty();
        }
    }

    @Nested
    class Achievements {

        @Test
        void mobility_results_reviewed_favourably_count_as_achievements() {
            TitleApplicationDecided decided = decide(given(3, filed(ASSOCIATE_FIVE_YEARS, 1), 2, 0), evidence(List.of(), List.of(mobility(true))));
            assertThat(decided.decision()).isEqualTo(TitleDecision.APPROVED);
            assertThat(decided.achievementsCounted()).isEqualTo(2);
        }

        @Test
        void unfavourable_results_do_not_and_one_short_is_too_few() {
            TitleApplicationDecided decided = decide(given(3, filed(ASSOCIATE_FIVE_YEARS, 1), 3, 0), evidence(List.of(), List.of(mobility(false))));
            assertThat(decided.decision()).isEqualTo(TitleDecision.REJECTED);
            assertThat(decided.reasons()).containsExactly("too-few-achievements");
            assertThat(decided.achievementsCounted()).isEqualTo(1);
        }
    }

    @Nested
    class PanelVotes {

        @Test
        void two_thirds_of_the_panel_rounded_up_must_approve() {
            assertThat(panelOf(3).approvalsNeeded()).isEqualTo(2);
            assertThat(panelOf(5).approvalsNeeded()).isEqualTo(4);
            assertThat(panelOf(6).approvalsNeeded()).isEqualTo(4);
            assertThat(panelOf(7).approvalsNeeded()).isEqualTo(5);
            assertThat(decide(given(5, filed(ASSOCIATE_FIVE_YEARS, 2), 3, 2), Evidence.NONE).reasons()).containsExactly("too-few-approvals");
            assertThat(decide(given(5, filed(ASSOCIATE_FIVE_YEARS, 2), 4, 1), Evidence.NONE).decision()).isEqualTo(TitleDecision.APPROVED);
            assertThat(decide(given(5, filed(ASSOCIATE_FIVE_YEARS, 2), 4, 0), Evidence.NONE).decision()).isEqualTo(TitleDecision.APPROVED);
        }

        @Test
        void an_ineligible_applicant_is_rejected_whatever_the_votes() {
            TitleApplicationDecided decided = decide(given(3, filed(null, 0), 1, 2), Evidence.NONE);
            assertThat(decided.reasons()).containsExactly("no-qualifying-title", "too-few-achievements", "too-few-approvals");
        }

        @Test
        void only_panel_members_vote_once_before_the_decision() {
            RuleViolation stranger = given(3, filed(null, 2), 0, 0).when(new CastVote(APP, "stranger", true, OPENED_AT)).thenRefused(RuleViolation.class);
            assertThat(stranger.code()).isEqualTo("not-on-panel");
            assertThat(stranger.kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN);
            assertThat(code(given(3, filed(null, 2), 1, 0).when(new CastVote(APP, "p1", false, OPENED_AT)))).isEqualTo("already-voted");
            given(3, filed(null, 2), 1, 0).when(new CastVote(APP, "p2", false, OPENED_AT)).then(new PanelVoteCast(ID, APP, "p2", false, OPENED_AT));
        }

        @Test
        void a_panel_smaller_than_the_policy_decides_nothing() {
            RuleViolation refusal = given(2, filed(ASSOCIATE_FIVE_YEARS, 2), 2, 0).when(new DecideTitleApplication(APP, Evidence.NONE, DECIDED_AT))
                    .thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("panel-too-small");
            assertThat(refusal.context()).containsEntry("minPanelSize", 3);
        }

        @Test
        void a_decided_application_is_decided_once_and_takes_no_vote() {
            TitleApplicationDecided decided = decide(given(3, filed(ASSOCIATE_FIVE_YEARS, 2), 2, 0), Evidence.NONE);
            List<TitleReviewEvent> history = new ArrayList<>();
            history.add(OPENED);
            history.addAll(panel(3));
            history.add(filed(ASSOCIATE_FIVE_YEARS, 2));
            history.add(decided);
            TitleReviewEvent[] all = history.toArray(TitleReviewEvent[]::new);
            assertThat(code(spec.given(all).when(new DecideTitleApplication(APP, Evidence.NONE, DECIDED_AT)))).isEqualTo("application-decided");
            assertThat(code(spec.given(all).when(new CastVote(APP, "p3", true, DECIDED_AT)))).isEqualTo("application-decided");
            spec.given(all).when(new CloseTitleReview(DECIDED_AT)).then(new TitleReviewClosed(ID, 1, DECIDED_AT));
        }

        TitleReview panelOf(int size) {
            List<TitleReviewEvent> history = new ArrayList<>();
            history.add(OPENED);
            history.addAll(panel(size));
            return spec.given(history.toArray(TitleReviewEvent[]::new)).state();
        }
    }

    @Nested
    class Filing {

        FileTitleApplication file(String specialty, HeldTitle held) {
            return new FileTitleApplication(APP, APPLICANT, "centre", specialty, held, 2, OPENED_AT);
        }

        @Test
        void an_application_names_one_of_the_reviews_specialties() {
            spec.given(OPENED).when(file("cloud-computing", null)).then(filed(null, 2));
            assertThat(code(spec.given(OPENED).when(file("quantum", null)))).isEqualTo("unknown-specialty");
        }

        @Test
        void one_application_per_researcher_and_review() {
            assertThat(code(spec.given(OPENED, filed(null, 2)).when(new FileTitleApplication(TitleApplicationId.random(), APPLICANT, "centre",
                    "big-data", null, 2, OPENED_AT)))).isEqualTo("application-exists");
        }

        @Test
        void an_applicant_who_holds_the_title_or_one_conferred_in_the_future_is_refused() {
            assertThat(code(spec.given(OPENED).when(file("cloud-computing", new HeldTitle("ENGINEERING", TitleLevel.SENIOR, LocalDate.parse("2020-01-01"))))))
                    .isEqualTo("title-already-held");
            assertThat(code(spec.given(OPENED).when(file("cloud-computing",
                    new HeldTitle("ENGINEERING", TitleLevel.ASSOCIATE_SENIOR, LocalDate.parse("2026-05-02")))))).isEqualTo("held-title-in-future");
            assertThat(spec.given(OPENED).when(file("cloud-computing", new HeldTitle("ECONOMICS", TitleLevel.SENIOR, LocalDate.parse("2020-01-01"))))
                    .events()).hasSize(1);
        }

        @Test
        void a_closed_review_takes_nothing_and_closes_only_when_all_is_decided() {
            assertThat(code(spec.given(OPENED, filed(null, 2)).when(new CloseTitleReview(DECIDED_AT)))).isEqualTo("applications-pending");
            assertThat(code(spec.given(OPENED, new TitleReviewClosed(ID, 0, DECIDED_AT)).when(file("big-data", null)))).isEqualTo("title-review-closed");
        }

        @Test
        void appointing_a_member_twice_changes_nothing() {
            spec.given(OPENED, panel(1).get(0)).when(new AppointPanelMember("p1", "Member 1", OPENED_AT)).then();
            assertThat(spec.given(OPENED).state().applications()).isEqualTo(Map.of());
        }
    }
}
