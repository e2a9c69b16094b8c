package org.reformplatform.incubation.industryeducation;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.reformplatform.eventsourcing.domain.AggregateType;
import org.reformplatform.eventsourcing.domain.Decider;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.incubation.industryeducation.FacilityCommand.AssessPlacement;
import org.reformplatform.incubation.industryeducation.FacilityCommand.CloseFacility;
import org.reformplatform.incubation.industryeducation.FacilityCommand.EndPlacement;
import org.reformplatform.incubation.industryeducation.FacilityCommand.OpenFacility;
import org.reformplatform.incubation.industryeducation.FacilityCommand.PlaceStudent;
import org.reformplatform.incubation.industryeducation.FacilityCommand.SignFacility;
import org.reformplatform.incubation.industryeducation.FacilityCommand.StartPlacement;
import org.reformplatform.incubation.industryeducation.FacilityEvent.FacilityClosed;
import org.reformplatform.incubation.industryeducation.FacilityEvent.FacilityOpened;
import org.reformplatform.incubation.industryeducation.FacilityEvent.FacilitySigned;
import org.reformplatform.incubation.industryeducation.FacilityEvent.PlacementAssessed;
import org.reformplatform.incubation.industryeducation.FacilityEvent.PlacementEnded;
import org.reformplatform.incubation.industryeducation.FacilityEvent.PlacementStarted;
import org.reformplatform.incubation.industryeducation.FacilityEvent.StudentPlaced;
import org.reformplatform.incubation.partner.PartnerId;

/**
 * A laboratory, internship/training base or joint engineering programme co-built by an institution and
 * an enterprise under a platform (a three-sided record when a district or college is party), with its
 * places per term: signed → open → closed. Its placements live in its stream because the capacity of
 * a term is its invariant: a base takes a few dozen students a term, so the stream stays cool, and
 * optimistic concurrency makes two placements racing for the last place one winner and one retry.
 */
public record Facility(
        FacilityId id,
        EducationPlatformId platformId,
        String centre,
        FacilityKind kind,
        String name,
        String institution,
        PartnerId enterpriseId,
        String enterpriseOrganisation,
        String thirdParty,
        int placesPerTerm,
        Status status,
        LocalDate signedOn,
        LocalDate openedOn,
        LocalDate closedOn,
        String closedReason,
        List<Placement> placements) {

    public enum Status { SIGNED, OPEN, CLOSED }

    public static final AggregateType<Facility, FacilityCommand, FacilityEvent> TYPE = new AggregateType<>("Facility", new Lifecycle());

    public static final Facility NONE = new Facility(null, null, null, null, null, null, null, null, null, 0, null, null, null, null, null,
            List.of());

    public boolean exists() {
        return id != null;
    }

    public Optional<Placement> placement(PlacementId placementId) {
        return placements.stream().filter(p -> p.id().equals(placementId)).findFirst();
    }

    /** Places taken in a term: every placement of the term holds its place for the term, whatever became of it. */
    public long placedIn(String term) {
        return placements.stream().filter(p -> p.term().equals(term)).count();
    }

    /** The organisations that may see it: the institution, the enterprise and the third party. */
    public boolean involves(String organisation) {
        return organisation != null && (organisation.equals(institution) || organisation.equals(enterpriseOrganisation)
                || organisation.equals(thirdParty));
    }

    static final class Lifecycle implements Decider<Facility, FacilityCommand, FacilityEvent> {

        @Override
        public Facility initialState() {
            return NONE;
        }

        @Override
        public List<FacilityEvent> decide(FacilityCommand command, Facility s) {
            if (command instanceof SignFacility f) {
                require(!s.exists(), () -> RuleViolation.conflict("facility-exists", "This facility is recorded already"));
                requireText(f.name(), "name-required", "A facility needs a name");
                requireText(f.institution(), "institution-required", "A facility is co-built by an institution");
                require(f.placesPerTerm() > 0, () -> RuleViolation.invalid("capacity-not-positive",
                        "A facility takes at least one student a term, not " + f.placesPerTerm()));
                require(f.thirdParty() == null || (!f.thirdParty().equals(f.institution()) && !f.thirdParty().equals(f.enterpriseOrganisation())),
                        () -> RuleViolation.invalid("third-party-repeated", "The third party is neither the institution nor the enterprise"));
                return List.of(new FacilitySigned(f.id(), f.platformId(), f.centre(), f.kind(), f.name().strip(), f.institution(),
                        f.enterpriseId(), f.enterpriseOrganisation(), f.thirdParty(), f.placesPerTerm(), f.signedOn()));
            }
            require(s.exists(), () -> RuleViolation.notFound("unknown-facility", "There is no such facility"));
            require(s.status != Status.CLOSED, () -> RuleViolation.conflict("facility-closed", "The facility closed on " + s.closedOn));
            if (command instanceof OpenFacility o) {
                require(s.status == Status.SIGNED, () -> RuleViolation.conflict("facility-open", "The facility opened on " + s.openedOn));
                require(!o.openedOn().isBefore(s.signedOn), () -> RuleViolation.invalid("date-before-signing",
                        "A facility opens after it was signed on " + s.signedOn));
                return List.of(new FacilityOpened(s.id, o.openedOn()));
            }
            if (command instanceof CloseFacility c) {
                requireText(c.reason(), "reason-required", "Say why the facility closes");
                require(!c.closedOn().isBefore(s.signedOn), () -> RuleViolation.invalid("date-before-signing",
                        "A facility closes after it was signed on " + s.signedOn));
                require(s.placements.stream().noneMatch(p -> p.status() == Placement.Status.STARTED), () -> RuleViolation.conflict(
                        "placements-running", "End the placements under way before closing the facility"));
                return List.of(new FacilityClosed(s.id, c.reason().strip(), c.closedOn()));
            }
            if (command instanceof PlaceStudent p) {
                return place(p, s);
            }
            if (command instanceof StartPlacement st) {
                Placement p = placement(s, st.placementId(), Placement.Status.PLACED, "placement-started", "The placement started already");
                require(!st.startedOn().isBefore(p.placedOn()), () -> RuleViolation.invalid("date-before-placement",
                        "A placement starts after the student was placed on " + p.placedOn()));
                return List.of(new PlacementStarted(s.id, p.id(), st.startedOn()));
            }
            if (command instanceof EndPlacement e) {
                Placement p = placement(s, e.placementId(), Placement.Status.STARTED, "placement-not-running",
                        "Only a placement under way ends");
                require(!e.endedOn().isBefore(p.startedOn()), () -> RuleViolation.invalid("date-before-start",
                        "A placement ends after it started on " + p.startedOn()));
                return List.of(new PlacementEnded(s.id, p.id(), e.endedOn()));
            }
            if (command instanceof AssessPlacement a) {
                Placement p = placement(s, a.placementId(), Placement.Status.ENDED, "placement-not-ended",
                        "A placement is assessed once, after it ended");
                require(a.outcome() != null, () -> RuleViolation.invalid("outcome-required", "An assessment has an outcome"));
                require(!a.assessedOn().isBefore(p.endedOn()), () -> RuleViolation.invalid("date-before-end",
                        "A placement is assessed after it ended on " + p.endedOn()));
                return List.of(new PlacementAssessed(s.id, p.id(), a.outcome(), a.assessment(), a.assessedOn()));
            }
            throw new IllegalArgumentException("unknown command " + command);
        }

        /** Places are bounded per term; a student needs an academic and an industry mentor, two different people. */
        private static List<FacilityEvent> place(PlaceStudent p, Facility s) {
            require(s.status == Status.OPEN, () -> RuleViolation.conflict("facility-not-open", "Students are placed once the facility opened"));
            require(s.placement(p.placementId()).isEmpty(), () -> RuleViolation.conflict("placement-exists", "This placement is recorded already"));
            require(!p.placedOn().isBefore(s.openedOn), () -> RuleViolation.invalid("date-before-opening",
                    "A student is placed after the facility opened on " + s.openedOn));
            require(p.term() != null && !p.term().isBlank(), () -> RuleViolation.invalid("term-required", "Say which term"));
            require(person(p.student()), () -> RuleViolation.invalid("student-required", "A placement is of a student"));
            require(person(p.academicMentor()), () -> RuleViolation.invalid("academic-mentor-required",
                    "A placement needs an academic mentor"));
            require(person(p.industryMentor()), () -> RuleViolation.invalid("industry-mentor-required",
                    "A placement needs an industry mentor"));
            require(!samePerson(p.academicMentor(), p.industryMentor()), () -> RuleViolation.invalid("mentors-the-same",
                    "The academic and the industry mentor are two people"));
            require(s.placements.stream().noneMatch(o -> o.term().equals(p.term()) && samePerson(o.student(), p.student())),
                    () -> RuleViolation.conflict("student-placed-already", "The student is placed here for " + p.term() + " already"));
            require(s.placedIn(p.term()) < s.placesPerTerm, () -> RuleViolation.conflict("facility-full",
                    "All " + s.placesPerTerm + " places of " + p.term() + " are taken").with("placesPerTerm", s.placesPerTerm));
            return List.of(new StudentPlaced(s.id, p.placementId(), p.term().strip(), p.student(), p.academicMentor(), p.industryMentor(),
                    p.placedOn()));
        }

        private static boolean person(PlacedPerson person) {
            return person != null && person.name() != null && !person.name().isBlank();
        }

        private static boolean samePerson(PlacedPerson a, PlacedPerson b) {
            if (a.admissionsId() != null || b.admissionsId() != null) {
                return a.admissionsId() != null && a.admissionsId().equals(b.admissionsId());
            }
            return a.name().strip().equalsIgnoreCase(b.name().strip());
        }

        private static Placement placement(Facility s, PlacementId id, Placement.Status expected, String code, String detail) {
            Placement p = s.placement(id).orElseThrow(() -> RuleViolation.notFound("unknown-placement", "The facility has no such placement"));
            require(p.status() == expected, () -> RuleViolation.conflict(code, detail + " (it is " + p.status() + ")"));
            return p;
        }

        private static void requireText(String value, String code, String detail) {
            require(value != null && !value.isBlank(), () -> RuleViolation.invalid(code, detail));
        }

        @Override
        public Facility evolve(Facility s, FacilityEvent event) {
            if (event instanceof FacilitySigned f) {
                return new Facility(f.facilityId(), f.platformId(), f.centre(), f.kind(), f.name(), f.institution(), f.enterpriseId(),
                        f.enterpriseOrganisation(), f.thirdParty(), f.placesPerTerm(), Status.SIGNED, f.signedOn(), null, null, null, List.of());
            }
            if (event instanceof FacilityOpened o) {
                return new Facility(s.id, s.platformId, s.centre, s.kind, s.name, s.institution, s.enterpriseId, s.enterpriseOrganisation,
                        s.thirdParty, s.placesPerTerm, Status.OPEN, s.signedOn, o.openedOn(), null, null, s.placements);
            }
            if (event instanceof FacilityClosed c) {
                return new Facility(s.id, s.platformId, s.centre, s.kind, s.name, s.institution, s.enterpriseId, s.enterpriseOrganisation,
                        s.thirdParty, s.placesPerTerm, Status.CLOSED, s.signedOn, s.openedOn, c.closedOn(), c.reason(), s.placements);
            }
            if (event instanceof StudentPlaced p) {
                List<Placement> placements = new ArrayList<>(s.placements);
                placements.add(new Placement(p.placementId(), p.term(), p.student(), p.academicMentor(), p.industryMentor(),
                        Placement.Status.PLACED, p.placedOn(), null, null, null, null));
                return s.withPlacements(placements);
            }
            if (event instanceof PlacementStarted st) {
                return s.update(st.placementId(), p -> p.with(Placement.Status.STARTED, st.startedOn(), null, null, null));
            }
            if (event instanceof PlacementEnded e) {
                return s.update(e.placementId(), p -> p.with(Placement.Status.ENDED, p.startedOn(), e.endedOn(), null, null));
            }
            if (event instanceof PlacementAssessed a) {
                return s.update(a.placementId(), p -> p.with(Placement.Status.ASSESSED, p.startedOn(), p.endedOn(), a.outcome(), a.assessment()));
            }
            return s;
        }
    }

    private Facility update(PlacementId placementId, UnaryOperator<Placement> change) {
        return withPlacements(placements.stream().map(p -> p.id().equals(placementId) ? change.apply(p) : p).toList());
    }

    private Facility withPlacements(List<Placement> newPlacements) {
        return new Facility(id, platformId, centre, kind, name, institution, enterpriseId, enterpriseOrganisation, thirdParty, placesPerTerm,
                status, signedOn, openedOn, closedOn, closedReason, List.copyOf(newPlacements));
    }
}
