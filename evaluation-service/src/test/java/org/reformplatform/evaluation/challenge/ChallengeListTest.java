package org.reformplatform.evaluation.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.reformplatform.evaluation.challenge.ChallengeListCommand.CloseChallengeList;
import org.reformplatform.evaluation.challenge.ChallengeListCommand.PublishChallengeList;
import org.reformplatform.evaluation.challenge.ChallengeListCommand.TakeChallenge;
import org.reformplatform.evaluation.challenge.ChallengeListEvent.ChallengeListClosed;
import org.reformplatform.evaluation.challenge.ChallengeListEvent.ChallengeListPublished;
import org.reformplatform.evaluation.challenge.ChallengeListEvent.ChallengeTaken;
import org.reformplatform.evaluation.pledge.PledgeId;
import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.testing.DeciderSpec;

/** Open challenges (揭榜挂帅): one taker leads each challenge; a list with a closing date takes no taker after it. */
class ChallengeListTest {

    static final ChallengeListId ID = ChallengeListId.random();
    static final Instant AT = Instant.parse("2026-02-01T00:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-02-01");
    static final LocalDate CLOSES_ON = LocalDate.parse("2026-03-31");
    static final List<Challenge> CHALLENGES = List.of(new Challenge("car-t", "CAR-T process", "GMP", null),
            new Challenge("mrna", "mRNA delivery", null, null));
    static final ChallengeListPublished PUBLISHED = new ChallengeListPublished(ID, "biomed", "2026 challenges", CHALLENGES, AT, null);
    static final ResearcherId LEADER = new ResearcherId(UUID.randomUUID());

    final DeciderSpec<ChallengeList, ChallengeListCommand, ChallengeListEvent> spec = DeciderSpec.of(
            ChallengeList.TYPE.decider()::initialState, ChallengeList.TYPE.decider()::decide, ChallengeList.TYPE.decider()::evolve)
            .covering(ChallengeListCommand.class, ChallengeListEvent.class);

    @AfterAll
    static void every_command_and_event_is_specified() {
        DeciderSpec.assertCovered(ChallengeListCommand.class);
    }

    @Test
    void a_list_is_published_with_open_challenges() {
        spec.given().when(new PublishChallengeList(ID, "biomed", "2026 challenges", CHALLENGES, null, TODAY, AT)).then(PUBLISHED);
        assertThat(spec.given().when(new PublishChallengeList(ID, "biomed", "x", List.of(), null, TODAY, AT)).thenRefused(RuleViolation.class).code())
                .isEqualTo("no-challenges");
        assertThat(spec.given().when(new PublishChallengeList(ID, "biomed", "x", List.of(CHALLENGES.get(0), CHALLENGES.get(0)), null, TODAY, AT))
                .thenRefused(RuleViolation.class).code()).isEqualTo("duplicate-challenge");
    }

    @Test
    void whoever_takes_a_challenge_first_leads_it_under_a_pledge() {
        PledgeId pledge = PledgeId.random();
        ChallengeTaken taken = new ChallengeTaken(ID, "biomed", "car-t", LEADER, List.of(), pledge, AT);
        spec.given(PUBLISHED).when(new TakeChallenge("car-t", LEADER, List.of(LEADER), pledge, TODAY, AT)).then(taken);
        assertThat(spec.given(PUBLISHED, taken).state().challenge("car-t").orElseThrow().takenBy().pledgeId()).isEqualTo(pledge.value());

        RuleViolation refusal = spec.given(PUBLISHED, taken).when(new TakeChallenge("car-t", new ResearcherId(UUID.randomUUID()), List.of(),
                PledgeId.random(), TODAY, AT)).thenRefused(RuleViolation.class);
        assertThat(refusal.code()).isEqualTo("challenge-taken");
        assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        spec.given(PUBLISHED, taken).when(new TakeChallenge("mrna", LEADER, List.of(), pledge, TODAY, AT))
                .then(new ChallengeTaken(ID, "biomed", "mrna", LEADER, List.of(), pledge, AT));
    }

    @Test
    void an_unknown_challenge_is_not_found() {
        assertThat(spec.given(PUBLISHED).when(new TakeChallenge("fusion", LEADER, List.of(), PledgeId.random(), TODAY, AT))
                .thenRefused(RuleViolation.class).kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
    }

    static final ChallengeListPublished WITH_DATE = new ChallengeListPublished(ID, "biomed", "2026 challenges", CHALLENGES, AT, CLOSES_ON);

    @Test
    void a_list_may_close_for_takers_at_a_date_not_before_today() {
        spec.given().when(new PublishChallengeList(ID, "biomed", "2026 challenges", CHALLENGES, new TakingWindow(CLOSES_ON), TODAY, AT))
                .then(WITH_DATE);
        spec.given().when(new PublishChallengeList(ID, "biomed", "2026 challenges", CHALLENGES, new TakingWindow(TODAY), TODAY, AT))
                .then(new ChallengeListPublished(ID, "biomed", "2026 challenges", CHALLENGES, AT, TODAY));
        assertThat(spec.given().when(new PublishChallengeList(ID, "biomed", "x", CHALLENGES, new TakingWindow(TODAY.minusDays(1)), TODAY, AT))
                .thenRefused(RuleViolation.class).code()).isEqualTo("closes-before-today");
    }

    @Test
    void a_challenge_is_taken_up_to_the_closing_date_included_and_refused_after_it_even_before_the_list_is_closed() {
        PledgeId pledge = PledgeId.random();
        spec.given(WITH_DATE).when(new TakeChallenge("car-t", LEADER, List.of(), pledge, CLOSES_ON, AT))
                .then(new ChallengeTaken(ID, "biomed", "car-t", LEADER, List.of(), pledge, AT));
        RuleViolation refusal = spec.given(WITH_DATE).when(new TakeChallenge("car-t", LEADER, List.of(), pledge, CLOSES_ON.plusDays(1), AT))
                .thenRefused(RuleViolation.class);
        assertThat(refusal.code()).isEqualTo("challenge-list-closed");
        assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
    }

    @Test
    void the_list_closes_by_itself_after_its_date_naming_the_challenges_nobody_took_and_once_only() {
        Instant endOfClosingDay = Instant.parse("2026-03-31T16:00:00Z");
        ChallengeTaken taken = new ChallengeTaken(ID, "biomed", "car-t", LEADER, List.of(), PledgeId.random(), AT);
        ChallengeListClosed closed = new ChallengeListClosed(ID, "biomed", CLOSES_ON, List.of("mrna"), endOfClosingDay);
        spec.given(WITH_DATE, taken).when(new CloseChallengeList(CLOSES_ON.plusDays(1), endOfClosingDay)).then(closed);
        assertThat(spec.given(WITH_DATE, taken, closed).state().takesTakersOn(CLOSES_ON)).isFalse();

        assertThat(spec.given(WITH_DATE, taken, closed).when(new CloseChallengeList(CLOSES_ON.plusDays(2), AT)).thenRefused(RuleViolation.class)
                .code()).isEqualTo("challenge-list-closed");
        assertThat(spec.given(WITH_DATE, taken, closed).when(new TakeChallenge("mrna", LEADER, List.of(), PledgeId.random(), CLOSES_ON, AT))
                .thenRefused(RuleViolation.class).code()).isEqualTo("challenge-list-closed");
        assertThat(spec.given(WITH_DATE).when(new CloseChallengeList(CLOSES_ON, AT)).thenRefused(RuleViolation.class).code())
                .isEqualTo("challenge-list-not-due");
        assertThat(spec.given(PUBLISHED).when(new CloseChallengeList(CLOSES_ON.plusDays(1), AT)).thenRefused(RuleViolation.class).code())
                .isEqualTo("challenge-list-not-due");
    }
}
