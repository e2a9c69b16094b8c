package org.reformplatform.evaluation.challenge;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.reformplatform.evaluation.challenge.ChallengeListCommand.CloseChallengeList;
import org.reformplatform.evaluation.challenge.ChallengeListCommand.PublishChallengeList;
import org.reformplatform.evaluation.challenge.ChallengeListCommand.TakeChallenge;
import org.reformplatform.evaluation.challenge.ChallengeListEvent.ChallengeListClosed;
import org.reformplatform.evaluation.challenge.ChallengeListEvent.ChallengeListPublished;
import org.reformplatform.evaluation.challenge.ChallengeListEvent.ChallengeTaken;
import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.eventsourcing.domain.AggregateType;
import org.reformplatform.eventsourcing.domain.Decider;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * An institution's published list of open challenges (揭榜挂帅): a researcher or team takes a
 * challenge by signing a pledge agreement for it; each challenge is led by one taker. A list may
 * close for takers at a date ({@link TakingWindow}): it closes by itself when that day is over, and a
 * taker after it is refused ({@code challenge-list-closed}) even before the closing has run.
 */
public record ChallengeList(ChallengeListId id, String institution, String title, List<Challenge> challenges, LocalDate closesOn,
        boolean closed) {

    public static final AggregateType<ChallengeList, ChallengeListCommand, ChallengeListEvent> TYPE =
            new AggregateType<>("ChallengeList", new Lifecycle());

    public static final ChallengeList NONE = new ChallengeList(null, null, null, List.of(), null, false);

    public boolean exists() {
        return id != null;
    }

    /** Whether a taker is accepted on the region's day {@code today}: not once closed, nor after its last day. */
    public boolean takesTakersOn(LocalDate today) {
        return !closed && (closesOn == null || new TakingWindow(closesOn).openOn(today));
    }

    public Optional<Challenge> challenge(String code) {
        return challenges.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    static final class Lifecycle implements Decider<ChallengeList, ChallengeListCommand, ChallengeListEvent> {

        @Override
        public ChallengeList initialState() {
            return NONE;
        }

        @Override
        public List<ChallengeListEvent> decide(ChallengeListCommand command, ChallengeList state) {
            if (command instanceof PublishChallengeList publish) {
                require(!state.exists(), () -> RuleViolation.conflict("challenge-list-exists", "The challenge list exists already"));
                require(!publish.challenges().isEmpty(), () -> RuleViolation.invalid("no-challenges", "Publish at least one challenge"));
                List<String> codes = publish.challenges().stream().map(Challenge::code).toList();
                require(new HashSet<>(codes).size() == codes.size(), () -> RuleViolation.invalid("duplicate-challenge",
                        "Challenge codes must be unique"));
                if (publish.window() != null) {
                    require(publish.window().openOn(publish.today()), () -> RuleViolation.invalid("closes-before-today",
                            "A list cannot close before today (" + publish.today() + ")").with("closesOn", publish.window().closesOn().toString()));
                }
                List<Challenge> open = publish.challenges().stream().map(c -> new Challenge(c.code(), c.title(), c.description(), null)).toList();
                return List.of(new ChallengeListPublished(publish.id(), publish.institution(), publish.title(), open, publish.at(),
                        publish.window() == null ? null : publish.window().closesOn()));
            }
            require(state.exists(), () -> RuleViolation.notFound("unknown-challenge-list", "There is no such challenge list"));
            if (command instanceof TakeChallenge take) {
                Challenge challenge = state.challenge(take.challengeCode()).orElseThrow(() -> RuleViolation.notFound("unknown-challenge",
                        "The list has no challenge " + take.challengeCode()));
                require(state.takesTakersOn(take.today()), () -> closed(state));
                require(!challenge.taken(), () -> RuleViolation.conflict("challenge-taken",
                        "Challenge " + challenge.code() + " is led by another taker already").with("challengeCode", challenge.code()));
                List<ResearcherId> team = take.team().stream().filter(m -> !m.equals(take.leaderId())).distinct().toList();
                return List.of(new ChallengeTaken(state.id, state.institution, challenge.code(), take.leaderId(), team, take.pledgeId(), take.at()));
            }
            if (command instanceof CloseChallengeList close) {
                require(!state.closed, () -> closed(state));
                require(state.closesOn != null && !new TakingWindow(state.closesOn).openOn(close.today()),
                        () -> RuleViolation.conflict("challenge-list-not-due", state.closesOn == null
                                ? "The list has no closing date: it stays open until every challenge is taken"
                                : "The list takes takers until " + state.closesOn + " included"));
                List<String> untaken = state.challenges.stream().filter(c -> !c.taken()).map(Challenge::code).toList();
                return List.of(new ChallengeListClosed(state.id, state.institution, state.closesOn, untaken, close.at()));
            }
            throw new IllegalArgumentException("unknown command " + command);
        }

        private static RuleViolation closed(ChallengeList state) {
            return RuleViolation.conflict("challenge-list-closed", "The list closed for takers at the end of " + state.closesOn)
                    .with("closesOn", String.valueOf(state.closesOn));
        }

        @Override
        public ChallengeList evolve(ChallengeList state, ChallengeListEvent event) {
            if (event instanceof ChallengeListPublished p) {
                return new ChallengeList(p.listId(), p.institution(), p.title(), p.challenges(), p.closesOn(), false);
            }
            if (event instanceof ChallengeTaken t) {
                List<Challenge> challenges = new ArrayList<>();
                for (Challenge c : state.challenges) {
                    challenges.add(c.code().equals(t.challengeCode())
                            ? c.takenBy(new Challenge.Taker(t.leaderId().value(), t.team().stream().map(ResearcherId::value).toList(),
                                    t.pledgeId().value()))
                            : c);
                }
                return new ChallengeList(state.id, state.institution, state.title, List.copyOf(challenges), state.closesOn, state.closed);
            }
            if (event instanceof ChallengeListClosed) {
                return new ChallengeList(state.id, state.institution, state.title, state.challenges, state.closesOn, true);
            }
            return state;
        }
    }
}
