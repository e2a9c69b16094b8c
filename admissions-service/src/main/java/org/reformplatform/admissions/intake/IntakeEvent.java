package org.reformplatform.admissions.intake;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;

import org.reformplatform.admissions.ids.IntakeEventId;
import org.reformplatform.admissions.intake.IntakeEventCommand.CloseAtWindowEnd;
import org.reformplatform.admissions.intake.IntakeEventCommand.CloseIntakeEvent;
import org.reformplatform.admissions.intake.IntakeEventCommand.CreateIntakeEvent;
import org.reformplatform.admissions.intake.IntakeEventCommand.ExtendIntakeEvent;
import org.reformplatform.admissions.intake.IntakeEventCommand.OpenAtWindowStart;
import org.reformplatform.admissions.intake.IntakeEventCommand.OpenIntakeEvent;
import org.reformplatform.admissions.intake.IntakeEventCommand.ReleaseSeat;
import org.reformplatform.admissions.intake.IntakeEventCommand.ReviseNonConsensusPolicy;
import org.reformplatform.admissions.intake.IntakeEventCommand.TakeSeat;
import org.reformplatform.admissions.intake.IntakeEventEvent.IntakeEventClosed;
import org.reformplatform.admissions.intake.IntakeEventEvent.IntakeEventCreated;
import org.reformplatform.admissions.intake.IntakeEventEvent.IntakeEventExtended;
import org.reformplatform.admissions.intake.IntakeEventEvent.IntakeEventOpened;
import org.reformplatform.admissions.intake.IntakeEventEvent.NonConsensusPolicyRevised;
import org.reformplatform.admissions.intake.IntakeEventEvent.SeatReleased;
import org.reformplatform.admissions.intake.IntakeEventEvent.SeatTaken;
import org.reformplatform.eventsourcing.domain.AggregateType;
import org.reformplatform.eventsourcing.domain.Decider;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * An intake event (营期活动): a camp, maker contest or project sprint with its own application
 * window and places. Admission is rolling: any number of events may be open at once, at any time
 * of year. Nothing here looks at a candidate's degree or discipline; there is no such gate.
 *
 * <p>Capacity counts admissions: an application takes a place when it is submitted and holds it
 * while it is reviewed and once it is admitted; a rejection or a withdrawal gives it back. So the
 * admitted never outnumber the places, however many submit at once (the submitters take turns on
 * this stream), and a rejected candidate's place goes to the next one. {@code applicationLimit},
 * if set, caps the applications received in all ({@code applicationsReceived}, never given back), so
 * that reviewers' work stays bounded. Each application needs at least {@link #MIN_REQUIRED_REVIEWS}
 * reviews: one review has no spread, and the non-consensus policy could never see disagreement.
 *
 * @param blindReview whether its reviewers judge the project work without knowing who the candidate is
 * @param nonConsensus the event's own non-consensus policy, or null for an event announced before
 *        events chose one (the service's default judges it)
 */
public record IntakeEvent(
        IntakeEventId id,
        Status status,
        String title,
        IntakeEventKind kind,
        ApplicationWindow window,
        int capacity,
        int requiredReviews,
        List<Challenge> challenges,
        List<ScoringCriterion> criteria,
        Seats seated,
        NonConsensusThresholds nonConsensus,
        Integer applicationLimit,
        int applicationsReceived,
        boolean blindReview) {

    /** Two reviews at least, so that the spread of their totals can show a disagreement. */
    public static final int MIN_REQUIRED_REVIEWS = 2;

    public enum Status { NONE, ANNOUNCED, OPEN, CLOSED }

    public static final AggregateType<IntakeEvent, IntakeEventCommand, IntakeEventEvent> TYPE =
            new AggregateType<>("IntakeEvent", new Lifecycle());

    public static final IntakeEvent NONE = new IntakeEvent(null, Status.NONE, null, null, null, 0, 0, List.of(), List.of(), Seats.none(), null, null, 0, false);

    public boolean exists() {
        return status != Status.NONE;
    }

    public int remainingPlaces() {
        return capacity - seated.size();
    }

    /** How an intake event decides commands and evolves with its events. */
    static final class Lifecycle implements Decider<IntakeEvent, IntakeEventCommand, IntakeEventEvent> {

        @Override
        public IntakeEvent initialState() {
            return NONE;
        }

        @Override
        public List<IntakeEventEvent> decide(IntakeEventCommand command, IntakeEvent state) {
            if (command instanceof CreateIntakeEvent create) {
                return create(create, state);
            }
            assertExists(state);
            if (command instanceof OpenIntakeEvent) {
                return open(state);
            }
            if (command instanceof OpenAtWindowStart open) {
                require(!open.at().isBefore(state.window.opensAt()), () -> RuleViolation.conflict("window-not-started",
                        "The window of \"" + state.title + "\" opens at " + state.window.opensAt()));
                require(state.status != Status.CLOSED, () -> RuleViolation.conflict("intake-event-closed",
                        "An operator closed the intake event before its window opened; it stays closed"));
                return open(state);
            }
            if (command instanceof CloseIntakeEvent) {
                // Closing a closed event changes nothing: its window may have closed it a moment before the operator.
                if (state.status == Status.CLOSED) {
                    return List.of();
                }
                require(state.status == Status.OPEN, () -> RuleViolation.conflict("intake-event-not-open", "The intake event is not open"));
                return List.of(new IntakeEventClosed(state.id));
            }
            if (command instanceof CloseAtWindowEnd close) {
                require(!close.at().isBefore(state.window.closesAt()), () -> RuleViolation.conflict("window-still-open",
                        "The window of \"" + state.title + "\" closes at " + state.window.closesAt()));
                return state.status == Status.CLOSED ? List.of() : List.of(new IntakeEventClosed(state.id));
            }
            if (command instanceof ExtendIntakeEvent extend) {
                require(state.status != Status.CLOSED, () -> RuleViolation.conflict("intake-event-closed", "A closed intake event cannot be extended"));
                require(extend.closesAt().isAfter(state.window.closesAt()), () -> RuleViolation.invalid("extension-not-later",
                        "An extension must close later than " + state.window.closesAt()));
                return List.of(new IntakeEventExtended(state.id, extend.closesAt()));
            }
            if (command instanceof ReviseNonConsensusPolicy revise) {
                require(state.status == Status.ANNOUNCED, () -> RuleViolation.conflict("intake-event-not-announced",
                        "The non-consensus policy is revised before the event opens: its applications are all judged by one policy"));
                NonConsensusThresholds current = state.nonConsensus != null ? state.nonConsensus
                        : new NonConsensusThresholds(revise.admissionBar(), revise.spreadThreshold(), 0);
                NonConsensusThresholds next = current.revisedTo(revise.admissionBar(), revise.spreadThreshold(),
                        revise.scores() == null ? current.basis() : revise.scores());
                assertThresholds(next);
                if (state.nonConsensus != null && next.admissionBar().compareTo(current.admissionBar()) == 0
                        && next.spreadThreshold().compareTo(current.spreadThreshold()) == 0 && next.basis() == current.basis()) {
                    return List.of();
                }
                return List.of(new NonConsensusPolicyRevised(state.id, next));
            }
            if (command instanceof TakeSeat take) {
                return takeSeat(take, state);
            }
            if (command instanceof ReleaseSeat release) {
                return state.seated.isHeldBy(release.applicationId())
                        ? List.of(new SeatReleased(state.id, release.applicationId()))
                        : List.of();
            }
            throw new IllegalArgumentException("unknown command " + command);
        }

        /**
         * Opening is idempotent: an event its window opened (or an operator, a moment before) is open
         * once, whoever comes second changes nothing. A closed event does not reopen.
         */
        private static List<IntakeEventEvent> open(IntakeEvent state) {
            if (state.status == Status.OPEN) {
                return List.of();
            }
            require(state.status == Status.ANNOUNCED, () -> RuleViolation.conflict("intake-event-not-announced",
                    "Only an announced intake event can be opened; this one is " + state.status.name().toLowerCase()));
            return List.of(new IntakeEventOpened(state.id));
        }

        private static List<IntakeEventEvent> create(CreateIntakeEvent create, IntakeEvent state) {
            require(!state.exists(), () -> RuleViolation.conflict("intake-event-exists", "The intake event exists already"));
            require(create.capacity() > 0, () -> RuleViolation.invalid("capacity-not-positive", "Capacity must be at least 1"));
            require(create.requiredReviews() >= MIN_REQUIRED_REVIEWS, () -> RuleViolation.invalid("too-few-required-reviews",
                    "Each application needs at least " + MIN_REQUIRED_REVIEWS + " reviews, so that their spread can show a disagreement")
                    .with("minimum", MIN_REQUIRED_REVIEWS).with("requiredReviews", create.requiredReviews()));
            require(create.applicationLimit() == null || create.applicationLimit() >= create.capacity(), () -> RuleViolation.invalid(
                    "application-limit-below-capacity", "The cap on applications must be at least the event's capacity, "
                            + create.capacity() + ", or its places could never be filled").with("capacity", create.capacity()));
            NonConsensusThresholds policy = new NonConsensusThresholds(create.admissionBar(), create.spreadThreshold(), 1,
                    create.scores() == ScoreBasis.CALIBRATED ? ScoreBasis.CALIBRATED : null);
            assertThresholds(policy);
            require(!create.challenges().isEmpty(), () -> RuleViolation.invalid("no-challenges", "Name at least one project or challenge"));
            require(!create.criteria().isEmpty(), () -> RuleViolation.invalid("no-criteria", "Publish at least one scoring criterion"));
            require(unique(create.challenges().stream().map(Challenge::code).toList()),
                    () -> RuleViolation.invalid("duplicate-challenge", "Challenge codes must be unique"));
            require(unique(create.criteria().stream().map(ScoringCriterion::code).toList()),
                    () -> RuleViolation.invalid("duplicate-criterion", "Criterion codes must be unique"));
            for (ScoringCriterion criterion : create.criteria()) {
                require(criterion.weight().signum() > 0, () -> RuleViolation.invalid("weight-not-positive",
                        "Criterion " + criterion.code() + " must weigh more than 0"));
                require(criterion.maxScore() > 0, () -> RuleViolation.invalid("max-score-not-positive",
                        "Criterion " + criterion.code() + " must have a maximum score of at least 1"));
            }
            BigDecimal total = create.criteria().stream().map(ScoringCriterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
            require(total.compareTo(BigDecimal.ONE) == 0, () -> RuleViolation.invalid("weights-not-one",
                    "The criteria's weights must add up to exactly 1, not " + total.toPlainString()).with("weightTotal", total.toPlainString()));
            return List.of(new IntakeEventCreated(create.id(), create.title(), create.kind(), create.window().opensAt(),
                    create.window().closesAt(), create.capacity(), create.requiredReviews(), List.copyOf(create.challenges()),
                    List.copyOf(create.criteria()), policy, create.applicationLimit(), create.blindReview()));
        }

        private static void assertThresholds(NonConsensusThresholds policy) {
            require(policy.inRange(), () -> RuleViolation.invalid("non-consensus-policy-out-of-range",
                    "The admission bar is a total from 0 to 100; the spread threshold is more than 0 and at most 100"));
        }

        /** Rolling admission: the event must be open, the moment inside its window, and a place left. */
        private static List<IntakeEventEvent> takeSeat(TakeSeat take, IntakeEvent state) {
            if (state.seated.isHeldBy(take.applicationId())) {
                return List.of();
            }
            require(state.status == Status.OPEN, () -> RuleViolation.conflict("intake-event-not-open",
                    "The intake event \"" + state.title + "\" is not open for applications"));
            require(state.window.contains(take.at()), () -> RuleViolation.conflict("outside-application-window",
                    "Applications to \"" + state.title + "\" are accepted from " + state.window.opensAt() + " until " + state.window.closesAt())
                    .with("opensAt", state.window.opensAt().toString()).with("closesAt", state.window.closesAt().toString()));
            require(state.remainingPlaces() > 0, () -> RuleViolation.conflict("intake-event-full",
                    "All " + state.capacity + " places of \"" + state.title + "\" are taken by applications under review or admitted")
                    .with("capacity", state.capacity));
            require(state.applicationLimit == null || state.applicationsReceived < state.applicationLimit, () -> RuleViolation.conflict(
                    "application-limit-reached", "\"" + state.title + "\" received the " + state.applicationLimit + " applications it accepts")
                    .with("applicationLimit", state.applicationLimit));
            return List.of(new SeatTaken(state.id, take.applicationId()));
        }

        private static void assertExists(IntakeEvent state) {
            require(state.exists(), () -> RuleViolation.notFound("unknown-intake-event", "There is no such intake event"));
        }

        private static boolean unique(List<String> codes) {
            return new HashSet<>(codes).size() == codes.size();
        }

        @Override
        public IntakeEvent evolve(IntakeEvent s, IntakeEventEvent event) {
            if (event instanceof IntakeEventCreated c) {
                return new IntakeEvent(c.intakeEventId(), Status.ANNOUNCED, c.title(), c.kind(), new ApplicationWindow(c.opensAt(), c.closesAt()),
                        c.capacity(), c.requiredReviews(), c.challenges(), c.criteria(), Seats.none(), c.nonConsensus(), c.applicationLimit(), 0,
                        Boolean.TRUE.equals(c.blindReview()));
            }
            if (event instanceof IntakeEventOpened) {
                return s.with(Status.OPEN, s.window, s.seated);
            }
            if (event instanceof IntakeEventClosed) {
                return s.with(Status.CLOSED, s.window, s.seated);
            }
            if (event instanceof IntakeEventExtended e) {
                return s.with(s.status, s.window.closingAt(e.closesAt()), s.seated);
            }
            if (event instanceof SeatTaken t) {
                // decide() never seats an application twice, so no look-up here: a replay stays linear.
                return new IntakeEvent(s.id, s.status, s.title, s.kind, s.window, s.capacity, s.requiredReviews, s.challenges, s.criteria,
                        s.seated.takenBy(t.applicationId()), s.nonConsensus, s.applicationLimit, s.applicationsReceived + 1, s.blindReview);
            }
            if (event instanceof NonConsensusPolicyRevised r) {
                return new IntakeEvent(s.id, s.status, s.title, s.kind, s.window, s.capacity, s.requiredReviews, s.challenges, s.criteria,
                        s.seated, r.nonConsensus(), s.applicationLimit, s.applicationsReceived, s.blindReview);
            }
            if (event instanceof SeatReleased r) {
                return s.with(s.status, s.window, s.seated.releasedBy(r.applicationId()));
            }
            return s;
        }
    }

    private IntakeEvent with(Status newStatus, ApplicationWindow newWindow, Seats newSeated) {
        return new IntakeEvent(id, newStatus, title, kind, newWindow, capacity, requiredReviews, challenges, criteria, newSeated, nonConsensus,
                applicationLimit, applicationsReceived, blindReview);
    }
}
