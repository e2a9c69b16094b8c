package org.reformplatform.incubation.industryeducation;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.reformplatform.eventsourcing.domain.AggregateType;
import org.reformplatform.eventsourcing.domain.Decider;
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

/**
 * An industry–education platform (产教融合平台): an applied-undergraduate pilot university, an
 * excellence-engineer college, a modern industry college or an industry–education centre, with its
 * host institution, partner enterprises and functions; proposed → recognised (level, batch) →
 * active → closed. A pilot university's reform plan lives here: drafted, published, revised.
 */
public record EducationPlatform(
        EducationPlatformId id,
        String centre,
        PlatformKind kind,
        String name,
        String hostInstitution,
        List<PartnerEnterprise> enterprises,
        Set<PlatformFunction> functions,
        boolean illustrative,
        PlatformStatus status,
        LocalDate proposedOn,
        RecognitionLevel recognitionLevel,
        String recognitionBatch,
        LocalDate recognisedOn,
        LocalDate activatedOn,
        LocalDate closedOn,
        String closedReason,
        ReformPlan plan) {

    public static final AggregateType<EducationPlatform, EducationPlatformCommand, EducationPlatformEvent> TYPE =
            new AggregateType<>("EducationPlatform", new Lifecycle());

    public static final EducationPlatform NONE = new EducationPlatform(null, null, null, null, null, List.of(), Set.of(), false, null, null,
            null, null, null, null, null, null, null);

    public boolean exists() {
        return id != null;
    }

    /** Whether facilities may be co-built and students placed under it: recognised or active, not closed or merely proposed. */
    public boolean isRunning() {
        return status == PlatformStatus.RECOGNISED || status == PlatformStatus.ACTIVE;
    }

    /** The organisations that may see it: the host institution and the partner enterprises. */
    public boolean involves(String organisation) {
        return organisation != null && (organisation.equals(hostInstitution)
                || enterprises.stream().anyMatch(e -> organisation.equals(e.organisation())));
    }

    static final class Lifecycle implements Decider<EducationPlatform, EducationPlatformCommand, EducationPlatformEvent> {

        @Override
        public EducationPlatform initialState() {
            return NONE;
        }

        @Override
        public List<EducationPlatformEvent> decide(EducationPlatformCommand command, EducationPlatform s) {
            if (command instanceof ProposePlatform p) {
                require(!s.exists(), () -> RuleViolation.conflict("platform-exists", "This platform is recorded already"));
                requireText(p.name(), "name-required", "A platform needs a name");
                requireText(p.hostInstitution(), "host-required", "A platform needs its host institution");
                require(p.functions() != null && !p.functions().isEmpty(), () -> RuleViolation.invalid("functions-required",
                        "Say which functions the platform carries"));
                require(p.enterprises().stream().map(PartnerEnterprise::partnerId).distinct().count() == p.enterprises().size(),
                        () -> RuleViolation.invalid("enterprise-repeated", "An enterprise is a partner of the platform once"));
                return List.of(new PlatformProposed(p.id(), p.centre(), p.kind(), p.name().strip(), p.hostInstitution(),
                        List.copyOf(p.enterprises()), Set.copyOf(p.functions()), p.illustrative(), p.proposedOn()));
            }
            require(s.exists(), () -> RuleViolation.notFound("unknown-platform", "There is no such platform"));
            require(s.status != PlatformStatus.CLOSED, () -> RuleViolation.conflict("platform-closed", "The platform closed on " + s.closedOn));
            if (command instanceof RecognisePlatform r) {
                require(s.status == PlatformStatus.PROPOSED, () -> RuleViolation.conflict("illegal-status-change",
                        "Only a proposed platform is recognised; it is " + s.status));
                require(!r.recognisedOn().isBefore(s.proposedOn), () -> RuleViolation.invalid("date-before-proposal",
                        "A platform is recognised after it was proposed on " + s.proposedOn));
                String batch = r.batch() == null || r.batch().isBlank() ? null : r.batch().strip();
                return List.of(new PlatformRecognised(s.id, r.level(), batch, r.recognisedOn()));
            }
            if (command instanceof ActivatePlatform a) {
                require(s.status == PlatformStatus.RECOGNISED, () -> RuleViolation.conflict("illegal-status-change",
                        "Only a recognised platform becomes active; it is " + s.status));
                require(!a.activatedOn().isBefore(s.recognisedOn), () -> RuleViolation.invalid("date-before-recognition",
                        "A platform becomes active after it was recognised on " + s.recognisedOn));
                return List.of(new PlatformActivated(s.id, a.activatedOn()));
            }
            if (command instanceof ClosePlatform c) {
                requireText(c.reason(), "reason-required", "Say why the platform closes");
                require(!c.closedOn().isBefore(s.proposedOn), () -> RuleViolation.invalid("date-before-proposal",
                        "A platform closes after it was proposed on " + s.proposedOn));
                return List.of(new PlatformClosed(s.id, c.reason().strip(), c.closedOn()));
            }
            require(s.kind == PlatformKind.APPLIED_UNDERGRADUATE_PILOT, () -> RuleViolation.conflict("not-a-pilot",
                    "Only an applied-undergraduate pilot university has a reform plan"));
            if (command instanceof DraftReformPlan d) {
                require(s.plan == null, () -> RuleViolation.conflict("plan-exists", "The pilot has a reform plan already; revise it"));
                requireText(d.title(), "title-required", "A reform plan needs a title");
                return List.of(new ReformPlanDrafted(s.id, d.title().strip(), d.draftedOn()));
            }
            require(s.plan != null, () -> RuleViolation.conflict("no-plan", "The pilot has drafted no reform plan"));
            if (command instanceof PublishReformPlan p) {
                require(!s.plan.isPublished(), () -> RuleViolation.conflict("plan-published",
                        "The plan was published on " + s.plan.publishedOn() + "; revise it"));
                requireText(p.summary(), "summary-required", "A published plan has a summary");
                require(!p.publishedOn().isBefore(s.plan.draftedOn()), () -> RuleViolation.invalid("date-before-draft",
                        "A plan is published after it was drafted on " + s.plan.draftedOn()));
                return List.of(new ReformPlanPublished(s.id, p.summary().strip(), p.publishedOn()));
            }
            if (command instanceof ReviseReformPlan r) {
                require(s.plan.isPublished(), () -> RuleViolation.conflict("plan-not-published", "Only a published plan is revised"));
                requireText(r.summary(), "summary-required", "A revision has a summary");
                LocalDate last = s.plan.revisedOn() != null ? s.plan.revisedOn() : s.plan.publishedOn();
                require(r.revisedOn().isAfter(last), () -> RuleViolation.invalid("date-before-last-version",
                        "A revision comes after the version of " + last));
                return List.of(new ReformPlanRevised(s.id, s.plan.revisions() + 1, r.summary().strip(), r.revisedOn()));
            }
            throw new IllegalArgumentException("unknown command " + command);
        }

        private static void requireText(String value, String code, String detail) {
            require(value != null && !value.isBlank(), () -> RuleViolation.invalid(code, detail));
        }

        @Override
        public EducationPlatform evolve(EducationPlatform s, EducationPlatformEvent event) {
            if (event instanceof PlatformProposed p) {
                return new EducationPlatform(p.platformId(), p.centre(), p.kind(), p.name(), p.hostInstitution(), p.enterprises(),
                        p.functions(), p.illustrative(), PlatformStatus.PROPOSED, p.proposedOn(), null, null, null, null, null, null, null);
            }
            if (event instanceof PlatformRecognised r) {
                return new EducationPlatform(s.id, s.centre, s.kind, s.name, s.hostInstitution, s.enterprises, s.functions, s.illustrative,
                        PlatformStatus.RECOGNISED, s.proposedOn, r.level(), r.batch(), r.recognisedOn(), null, null, null, s.plan);
            }
            if (event instanceof PlatformActivated a) {
                return new EducationPlatform(s.id, s.centre, s.kind, s.name, s.hostInstitution, s.enterprises, s.functions, s.illustrative,
                        PlatformStatus.ACTIVE, s.proposedOn, s.recognitionLevel, s.recognitionBatch, s.recognisedOn, a.activatedOn(), null,
                        null, s.plan);
            }
            if (event instanceof PlatformClosed c) {
                return new EducationPlatform(s.id, s.centre, s.kind, s.name, s.hostInstitution, s.enterprises, s.functions, s.illustrative,
                        PlatformStatus.CLOSED, s.proposedOn, s.recognitionLevel, s.recognitionBatch, s.recognisedOn, s.activatedOn,
                        c.closedOn(), c.reason(), s.plan);
            }
            if (event instanceof ReformPlanDrafted d) {
                return s.withPlan(new ReformPlan(d.title(), ReformPlan.Status.DRAFTED, d.draftedOn(), null, null, 0, null));
            }
            if (event instanceof ReformPlanPublished p) {
                return s.withPlan(new ReformPlan(s.plan.title(), ReformPlan.Status.PUBLISHED, s.plan.draftedOn(), p.publishedOn(), p.summary(),
                        0, null));
            }
            if (event instanceof ReformPlanRevised r) {
                return s.withPlan(new ReformPlan(s.plan.title(), ReformPlan.Status.PUBLISHED, s.plan.draftedOn(), s.plan.publishedOn(),
                        r.summary(), r.revision(), r.revisedOn()));
            }
            return s;
        }
    }

    private EducationPlatform withPlan(ReformPlan newPlan) {
        return new EducationPlatform(id, centre, kind, name, hostInstitution, enterprises, functions, illustrative, status, proposedOn,
                recognitionLevel, recognitionBatch, recognisedOn, activatedOn, closedOn, closedReason, newPlan);
    }
}
