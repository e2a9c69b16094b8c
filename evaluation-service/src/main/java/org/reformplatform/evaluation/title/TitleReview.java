package org.reformplatform.evaluation.title;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.reformplatform.eventsourcing.domain.AggregateType;
import org.reformplatform.eventsourcing.domain.Decider;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * A professional-title review (职称评审) for one series, discipline and level, e.g. the first
 * senior-title review of the engineering series for digital technology with its 12 specialties.
 * Institutions file applications for their researchers under a specialty; the review panel votes;
 * the authority decides each application: approved when the applicant is eligible (see
 * {@link TitleEligibility}) and at least two thirds of the panel approved.
 */
public record TitleReview(
        TitleReviewId id,
        Status status,
        String title,
        String seriesCode,
        String seriesName,
        String disciplineCode,
        String disciplineName,
        TitleLevel level,
        List<Specialty> specialties,
        EligibilityPolicy policy,
        String organiser,
        Map<String, String> panel,
        Map<TitleApplicationId, TitleApplication> applications) {

    public enum Status { NONE, OPEN, CLOSED }

    public static final AggregateType<TitleReview, TitleReviewCommand, TitleReviewEvent> TYPE = new AggregateType<>("TitleReview", new Lifecycle());

    public static final TitleReview NONE = new TitleReview(null, Status.NONE, null, null, null, null, null, null, List.of(), null, null,
            Map.of(), Map.of());

    public boolean exists() {
        return status != Status.NONE;
    }

    public Optional<TitleApplication> application(TitleApplicationId applicationId) {
        return Optional.ofNullable(applications.get(applicationId));
    }

    /** Whether a series named elsewhere (a held title, a foreign equivalence) is this review's. */
    public boolean seriesMatches(String series) {
        String s = TitleEligibility.normalise(series);
        return !s.isEmpty() && (s.equals(TitleEligibility.normalise(seriesCode)) || s.equals(TitleEligibility.normalise(disciplineCode))
                || s.equals(TitleEligibility.normalise(seriesCode + "_" + disciplineCode)));
    }

    /** Two thirds of the panel, rounded up. */
    public int approvalsNeeded() {
        return (panel.size() * 2 + 2) / 3;
    }

    static final class Lifecycle implements Decider<TitleReview, TitleReviewCommand, TitleReviewEvent> {

        @Override
        public TitleReview initialState() {
            return NONE;
        }

        @Override
        public List<TitleReviewEvent> decide(TitleReviewCommand command, TitleReview state) {
            if (command instanceof OpenTitleReview open) {
                return open(open, state);
            }
            require(state.exists(), () -> RuleViolation.notFound("unknown-title-review", "There is no such title review"));
            require(state.status == Status.OPEN, () -> RuleViolation.conflict("title-review-closed", "The title review is closed"));
            if (command instanceof AppointPanelMember appoint) {
                return state.panel.containsKey(appoint.member()) ? List.of()
                        : List.of(new PanelMemberAppointed(state.id, appoint.member(), appoint.name(), appoint.at()));
            }
            if (command instanceof FileTitleApplication file) {
                return file(file, state);
            }
            if (command instanceof CastVote vote) {
                TitleApplication application = existing(state, vote.applicationId());
                require(state.panel.containsKey(vote.member()), () -> RuleViolation.forbidden("not-on-panel",
                        "Only members of the review panel vote"));
                require(!application.decided(), () -> RuleViolation.conflict("application-decided", "The application is decided already"));
                require(!application.votes().containsKey(vote.member()), () -> RuleViolation.conflict("already-voted",
                        "You have voted on this application already"));
                return List.of(new PanelVoteCast(state.id, application.id(), vote.member(), vote.approve(), vote.at()));
            }
            if (command instanceof DecideTitleApplication decide) {
                return decide(decide, state);
            }
            if (command instanceof CloseTitleReview close) {
                long pending = state.applications.values().stream().filter(a -> !a.decided()).count();
                require(pending == 0, () -> RuleViolation.conflict("applications-pending",
                        pending + " application(s) are not decided yet").with("pending", pending));
                return List.of(new TitleReviewClosed(state.id, state.applications.size(), close.at()));
            }
            throw new IllegalArgumentException("unknown command " + command);
        }

        private static List<TitleReviewEvent> open(OpenTitleReview open, TitleReview state) {
            require(!state.exists(), () -> RuleViolation.conflict("title-review-exists", "The title review exists already"));
            require(!open.specialties().isEmpty(), () -> RuleViolation.invalid("no-specialties", "A review covers at least one specialty"));
            List<String> codes = open.specialties().stream().map(Specialty::code).toList();
            require(new HashSet<>(codes).size() == codes.size(), () -> RuleViolation.invalid("duplicate-specialty", "Specialty codes must be unique"));
            EligibilityPolicy policy = open.policy();
            require(policy.minYearsAtLevelBelow() >= 0 && policy.minAchievements() >= 0 && policy.minPanelSize() >= 1,
                    () -> RuleViolation.invalid("policy-out-of-range", "Years and achievements are 0 or more; a panel has at least 1 member"));
            return List.of(new TitleReviewOpened(open.id(), open.title(), open.seriesCode(), open.seriesName(), open.disciplineCode(),
                    open.disciplineName(), open.level(), List.copyOf(open.specialties()), policy, open.organiser(), open.at()));
        }

        private static List<TitleReviewEvent> file(FileTitleApplication file, TitleReview state) {
            require(state.specialties.stream().anyMatch(s -> s.code().equals(file.specialty())), () -> RuleViolation.invalid("unknown-specialty",
                    "The review covers the specialties " + state.specialties.stream().map(Specialty::code).toList() + ", not " + file.specialty())
                    .with("specialty", file.specialty()));
            require(state.applications.values().stream().noneMatch(a -> a.researcherId().equals(file.researcherId())),
                    () -> RuleViolation.conflict("application-exists", "The researcher has applied in this review already"));
            HeldTitle held = file.heldTitle();
            if (held != null) {
                LocalDate today = file.at().atZone(ZoneOffset.UTC).toLocalDate();
                require(!held.since().isAfter(today), () -> RuleViolation.invalid("held-title-in-future",
                        "A held title is conferred on a past day, not " + held.since()));
                require(!(state.seriesMatches(held.series()) && held.level().atLeast(state.level)), () -> RuleViolation.invalid(
                        "title-already-held", "The applicant holds a " + held.level() + " title of this series already"));
            }
            require(file.achievements() >= 0, () -> RuleViolation.invalid("achievements-negative", "Achievements are counted from 0"));
            return List.of(new TitleApplicationFiled(state.id, file.applicationId(), file.researcherId(), file.institution(), state.seriesCode,
                    state.disciplineCode, file.specialty(), state.level, held, file.achievements(), file.at()));
        }

        private static List<TitleReviewEvent> decide(DecideTitleApplication decide, TitleReview state) {
            TitleApplication application = existing(state, decide.applicationId());
            require(!application.decided(), () -> RuleViolation.conflict("application-decided", "The application is decided already"));
            require(state.panel.size() >= state.policy.minPanelSize(), () -> RuleViolation.conflict("panel-too-small",
                    "The panel has " + state.panel.size() + " member(s); " + state.policy.minPanelSize() + " are needed to decide")
                    .with("panelSize", state.panel.size()).with("minPanelSize", state.policy.minPanelSize()));
            TitleEligibility.Assessment assessment = TitleEligibility.assess(state, application, decide.evidence(),
                    decide.at().atZone(ZoneOffset.UTC).toLocalDate());
            List<String> reasons = new ArrayList<>(assessment.reasons());
            int approvals = (int) application.approvals();
            if (approvals < state.approvalsNeeded()) {
                reasons.add("too-few-approvals");
            }
            TitleDecision decision = reasons.isEmpty() ? TitleDecision.APPROVED : TitleDecision.REJECTED;
            return List.of(new TitleApplicationDecided(state.id, application.id(), application.researcherId(), application.institution(),
                    state.seriesCode, state.disciplineCode, application.specialty(), state.level, decision, assessment.route(), List.copyOf(reasons),
                    approvals, state.panel.size(), assessment.achievementsCounted(), assessment.evidenceUsed(), decide.at()));
        }

        private static TitleApplication existing(TitleReview state, TitleApplicationId applicationId) {
            return state.application(applicationId).orElseThrow(() -> RuleViolation.notFound("unknown-title-application",
                    "There is no such application in this review"));
        }

        @Override
        public TitleReview evolve(TitleReview s, TitleReviewEvent event) {
            if (event instanceof TitleReviewOpened o) {
                return new TitleReview(o.reviewId(), Status.OPEN, o.title(), o.seriesCode(), o.seriesName(), o.disciplineCode(), o.disciplineName(),
                        o.level(), o.specialties(), o.policy(), o.organiser(), Map.of(), Map.of());
            }
            if (event instanceof PanelMemberAppointed p) {
                Map<String, String> panel = new LinkedHashMap<>(s.panel);
                panel.put(p.member(), p.name());
                return s.with(s.status, panel, s.applications);
            }
            if (event instanceof TitleApplicationFiled f) {
                return s.withApplication(new TitleApplication(f.applicationId(), f.researcherId(), f.institution(), f.specialty(), f.heldTitle(),
                        f.achievements(), f.filedAt(), Map.of(), null, null));
            }
            if (event instanceof PanelVoteCast v) {
                return s.withApplication(s.applications.get(v.applicationId()).vote(v.member(), v.approve()));
            }
            if (event instanceof TitleApplicationDecided d) {
                return s.withApplication(s.applications.get(d.applicationId()).decide(d.decision(), d.route()));
            }
            if (event instanceof TitleReviewClosed) {
                return s.with(Status.CLOSED, s.panel, s.applications);
            }
            return s;
        }
    }

    private TitleReview withApplication(TitleApplication application) {
        Map<TitleApplicationId, TitleApplication> copy = new LinkedHashMap<>(applications);
        copy.put(application.id(), application);
        return with(status, panel, copy);
    }

    private TitleReview with(Status newStatus, Map<String, String> newPanel, Map<TitleApplicationId, TitleApplication> newApplications) {
        return new TitleReview(id, newStatus, title, seriesCode, seriesName, disciplineCode, disciplineName, level, specialties, policy, organiser,
                newPanel, newApplications);
    }
}
