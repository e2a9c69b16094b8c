package org.reformplatform.evaluation.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.reformplatform.evaluation.challenge.ChallengeListCommand.PublishChallengeList;
import org.reformplatform.evaluation.challenge.ChallengeListCommand.TakeChallenge;
import org.reformplatform.evaluation.challenge.ChallengeListEvent.ChallengeListPublished;
import org.reformplatform.evaluation.challenge.ChallengeListEvent.ChallengeTaken;
import org.reformplatform.evaluation.pledge.PledgeId;
import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.testing.DeciderSpec;

/** Open challenges (揭榜挂帅): one taker leads each challenge. */
class ChallengeListTest {

    static final ChallengeListId ID = ChallengeListId.random();
    static final Instant AT = Instant.parse("2026-02-01T00:00:00Z");
    static final List<Challenge> CHALLENGES = List.of(new Challenge("car-t", "CAR-T process", "GMP", null),
            new Challenge("mrna", "mRNA delivery", null, null));
    static final ChallengeListPublished PUBLISHED = new ChallengeListPublished(ID, "biomed", "2026 challenges", CHALLENGES, AT);
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
        spec.given().when(new PublishChallengeList(ID, "biomed", "2026 challenges", CHALLENGES, AT)).then(PUBLISHED);
        assertThat(spec.given().when(new PublishChallengeList(ID, "biomed", "x", List.of(), AT)).thenRefused(RuleViolation.class).code())
                .isEqualTo("no-challenges");
        assertThat(spec.given().when(new PublishChallengeList(ID, "biomed", "x", List.of(CHALLENGES.get(0), CHALLENGES.get(0)), AT))
                .thenRefused(RuleViolation.class).code()).isEqualTo("duplicate-challenge");
    }

    @Test
    void whoever_takes_a_challenge_first_leads_it_under_a_pledge() {
        PledgeId pledge = PledgeId.random();
        ChallengeTaken taken = new ChallengeTaken(ID, "biomed", "car-t", LEADER, List.of(), pledge, AT);
        spec.given(PUBLISHED).when(new TakeChallenge("car-t", LEADER, List.of(LEADER), pledge, AT)).then(taken);
        assertThat(spec.given(PUBLISHED, taken).state().challenge("car-t").orElseThrow().takenBy().pledgeId()).isEqualTo(pledge.value());

        RuleViolation refusal = spec.given(PUBLISHED, taken).when(new TakeChallenge("car-t", new ResearcherId(UUID.randomUUID()), List.of(),
                PledgeId.random(), AT)).thenRefused(RuleViolation.class);
        assertThat(refusal.code()).isEqualTo("challenge-taken");
        assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        spec.given(PUBLISHED, taken).when(new TakeChallenge("mrna", LEADER, List.of(), pledge, AT))
                .then(new ChallengeTaken(ID, "biomed", "mrna", LEADER, List.of(), pledge, AT));
    }

    @Test
    void an_unknown_challenge_is_not_found() {
        assertThat(spec.given(PUBLISHED).when(new TakeChallenge("fusion", LEADER, List.of(), PledgeId.random(), AT))
                .thenRefused(RuleViolation.class).kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
    }
}
