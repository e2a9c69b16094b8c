package org.reformplatform.incubation.industryeducation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
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
import org.reformplatform.testing.DeciderSpec;

/** A co-built facility: signed, opened, closed; students placed within the places of a term, each with both mentors; placements run and are assessed. */
class FacilityTest {

    static final FacilityId ID = FacilityId.random();
    static final EducationPlatformId PLATFORM = EducationPlatformId.random();
    static final PartnerId ENTERPRISE = PartnerId.forOrganisation("ict-co");
    static final LocalDate SIGNED_ON = LocalDate.of(2025, 4, 1);
    static final LocalDate OPENED_ON = LocalDate.of(2025, 9, 1);
    static final String TERM = "2025-autumn";
    static final FacilitySigned SIGNED = new FacilitySigned(ID, PLATFORM, "c", FacilityKind.TRAINING_BASE, "AI training centre", "college-x",
            ENTERPRISE, "ict-co", null, 2, SIGNED_ON);
    static final FacilityOpened OPENED = new FacilityOpened(ID, OPENED_ON);
    static final PlacedPerson ACADEMIC = PlacedPerson.registered("Prof. Wang", "college-x");
    static final PlacedPerson INDUSTRY = PlacedPerson.registered("Engineer Li", "ict-co");
    static final PlacementId FIRST = PlacementId.random();
    static final StudentPlaced PLACED = new StudentPlaced(ID, FIRST, TERM, PlacedPerson.registered("Chen Yu", null), ACADEMIC, INDUSTRY,
            OPENED_ON.plusDays(1));
    static final PlacementStarted STARTED = new PlacementStarted(ID, FIRST, OPENED_ON.plusDays(7));
    static final PlacementEnded ENDED = new PlacementEnded(ID, FIRST, OPENED_ON.plusMonths(4));

    final DeciderSpec<Facility, FacilityCommand, FacilityEvent> spec = DeciderSpec.of(
            Facility.TYPE.decider()::initialState, Facility.TYPE.decider()::decide, Facility.TYPE.decider()::evolve)
            .covering(FacilityCommand.class, FacilityEvent.class);

    @AfterAll
    static void every_command_and_event_is_specified() {
        DeciderSpec.assertCovered(FacilityCommand.class);
    }

    String code(DeciderSpec<Facility, FacilityCommand, FacilityEvent>.When when) {
        return when.thenRefused(RuleViolation.class).code();
    }

    static PlaceStudent place(String student, String term) {
        return new PlaceStudent(PlacementId.random(), term, PlacedPerson.registered(student, null), ACADEMIC, INDUSTRY, OPENED_ON.plusDays(2));
    }

    @Nested
    class Facilities {

        @Test
        void a_facility_is_signed_with_places_per_term_and_opened() {
            spec.given().when(new SignFacility(ID, PLATFORM, "c", FacilityKind.TRAINING_BASE, " AI training centre ", "college-x", ENTERPRISE,
                    "ict-co", null, 2, SIGNED_ON)).then(SIGNED);
            spec.given(SIGNED).when(new OpenFacility(OPENED_ON)).then(OPENED);
            assertThat(spec.given(SIGNED, OPENED).state().status()).isEqualTo(Facility.Status.OPEN);
        }

        @Test
        void a_three_sided_facility_shows_its_third_party() {
            FacilitySigned threeSided = new FacilitySigned(ID, PLATFORM, "c", FacilityKind.LABORATORY, "IC lab", "university-e", ENTERPRISE,
                    "ict-co", "putuo-district", 10, SIGNED_ON);
            spec.given().when(new SignFacility(ID, PLATFORM, "c", FacilityKind.LABORATORY, "IC lab", "university-e", ENTERPRISE, "ict-co",
                    "putuo-district", 10, SIGNED_ON)).then(threeSided);
            Facility facility = spec.given(threeSided).state();
            assertThat(facility.involves("putuo-district")).isTrue();
            assertThat(facility.involves("ict-co")).isTrue();
            assertThat(facility.involves("university-e")).isTrue();
            assertThat(facility.involves("other")).isFalse();
            assertThat(code(spec.given().when(new SignFacility(ID, PLATFORM, "c", FacilityKind.LABORATORY, "IC lab", "university-e", ENTERPRISE,
                    "ict-co", "ict-co", 10, SIGNED_ON)))).isEqualTo("third-party-repeated");
        }

        @Test
        void a_facility_takes_at_least_one_student_a_term_and_needs_a_name_and_institution() {
            assertThat(code(spec.given().when(new SignFacility(ID, PLATFORM, "c", FacilityKind.TRAINING_BASE, "Base", "u", ENTERPRISE, "e",
                    null, 0, SIGNED_ON)))).isEqualTo("capacity-not-positive");
            assertThat(code(spec.given().when(new SignFacility(ID, PLATFORM, "c", FacilityKind.TRAINING_BASE, " ", "u", ENTERPRISE, "e",
                    null, 1, SIGNED_ON)))).isEqualTo("name-required");
            assertThat(code(spec.given().when(new SignFacility(ID, PLATFORM, "c", FacilityKind.TRAINING_BASE, "B", " ", ENTERPRISE, "e",
                    null, 1, SIGNED_ON)))).isEqualTo("institution-required");
            assertThat(code(spec.given(SIGNED).when(new SignFacility(ID, PLATFORM, "c", FacilityKind.TRAINING_BASE, "B", "u", ENTERPRISE, "e",
                    null, 1, SIGNED_ON)))).isEqualTo("facility-exists");
        }

        @Test
        void opening_and_closing_follow_the_signing() {
            assertThat(code(spec.given(SIGNED).when(new OpenFacility(SIGNED_ON.minusDays(1))))).isEqualTo("date-before-signing");
            assertThat(code(spec.given(SIGNED, OPENED).when(new OpenFacility(OPENED_ON)))).isEqualTo("facility-open");
            spec.given(SIGNED, OPENED, PLACED).when(new CloseFacility(" Moved ", OPENED_ON.plusYears(1)))
                    .then(new FacilityClosed(ID, "Moved", OPENED_ON.plusYears(1)));
            assertThat(code(spec.given(SIGNED, OPENED, PLACED, STARTED).when(new CloseFacility("Moved", OPENED_ON.plusYears(1)))))
                    .isEqualTo("placements-running");
            assertThat(code(spec.given(SIGNED).when(new CloseFacility(" ", OPENED_ON)))).isEqualTo("reason-required");
            assertThat(code(spec.given(SIGNED).when(new CloseFacility("Early", SIGNED_ON.minusDays(1))))).isEqualTo("date-before-signing");
            FacilityClosed closed = new FacilityClosed(ID, "Moved", OPENED_ON);
            assertThat(code(spec.given(SIGNED, closed).when(new OpenFacility(OPENED_ON)))).isEqualTo("facility-closed");
            assertThat(spec.given().when(new OpenFacility(OPENED_ON)).thenRefused(RuleViolation.class).kind())
                    .isEqualTo(RuleViolation.Kind.NOT_FOUND);
        }
    }

    @Nested
    class Capacity {

        @Test
        void students_are_placed_up_to_the_places_of_the_term() {
            PlaceStudent second = place("Liu Yang", TERM);
            assertThat(spec.given(SIGNED, OPENED, PLACED).when(second).events()).hasSize(1);
            StudentPlaced secondPlaced = (StudentPlaced) spec.given(SIGNED, OPENED, PLACED).when(second).events().get(0);
            RuleViolation full = spec.given(SIGNED, OPENED, PLACED, secondPlaced).when(place("Zhao Lei", TERM)).thenRefused(RuleViolation.class);
            assertThat(full.code()).isEqualTo("facility-full");
            // Another term has its own places.
            assertThat(spec.given(SIGNED, OPENED, PLACED, secondPlaced).when(place("Zhao Lei", "2026-spring")).events()).hasSize(1);
            assertThat(spec.given(SIGNED, OPENED, PLACED, secondPlaced).state().placedIn(TERM)).isEqualTo(2);
        }

        @Test
        void a_place_stays_taken_for_its_term_after_the_placement_ended() {
            PlacementId other = PlacementId.random();
            StudentPlaced second = new StudentPlaced(ID, other, TERM, PlacedPerson.registered("Liu Yang", null), ACADEMIC, INDUSTRY, OPENED_ON);
            assertThat(code(spec.given(SIGNED, OPENED, PLACED, STARTED, ENDED, second).when(place("Zhao Lei", TERM)))).isEqualTo("facility-full");
        }

        @Test
        void students_are_placed_only_at_an_open_facility_after_it_opened() {
            assertThat(code(spec.given(SIGNED).when(place("Chen Yu", TERM)))).isEqualTo("facility-not-open");
            assertThat(code(spec.given(SIGNED, OPENED).when(new PlaceStudent(PlacementId.random(), TERM, PlacedPerson.registered("A", null),
                    ACADEMIC, INDUSTRY, OPENED_ON.minusDays(1))))).isEqualTo("date-before-opening");
        }

        @Test
        void a_student_is_placed_once_a_term_at_a_facility() {
            assertThat(code(spec.given(SIGNED, OPENED, PLACED).when(place("Chen Yu", TERM)))).isEqualTo("student-placed-already");
            UUID admitted = UUID.randomUUID();
            PlacedPerson fromAdmissions = new PlacedPerson(admitted, "Chen Yu", null, true);
            StudentPlaced placed = new StudentPlaced(ID, PlacementId.random(), "2026-spring", fromAdmissions, ACADEMIC, INDUSTRY, OPENED_ON);
            assertThat(code(spec.given(SIGNED, OPENED, placed).when(new PlaceStudent(PlacementId.random(), "2026-spring",
                    new PlacedPerson(admitted, "Chen Y.", null, true), ACADEMIC, INDUSTRY, OPENED_ON)))).isEqualTo("student-placed-already");
            assertThat(code(spec.given(SIGNED, OPENED, PLACED).when(new PlaceStudent(FIRST, "2026-spring", PlacedPerson.registered("B", null),
                    ACADEMIC, INDUSTRY, OPENED_ON)))).isEqualTo("placement-exists");
        }
    }

    @Nested
    class Mentors {

        @Test
        void a_placement_needs_an_academic_and_an_industry_mentor() {
            PlacementId id = PlacementId.random();
            spec.given(SIGNED, OPENED).when(new PlaceStudent(id, TERM, PlacedPerson.registered("Chen Yu", null), ACADEMIC, INDUSTRY, OPENED_ON))
                    .then(new StudentPlaced(ID, id, TERM, PlacedPerson.registered("Chen Yu", null), ACADEMIC, INDUSTRY, OPENED_ON));
            assertThat(code(spec.given(SIGNED, OPENED).when(new PlaceStudent(id, TERM, PlacedPerson.registered("Chen Yu", null), null, INDUSTRY,
                    OPENED_ON)))).isEqualTo("academic-mentor-required");
            assertThat(code(spec.given(SIGNED, OPENED).when(new PlaceStudent(id, TERM, PlacedPerson.registered("Chen Yu", null), ACADEMIC,
                    PlacedPerson.registered(" ", null), OPENED_ON)))).isEqualTo("industry-mentor-required");
            assertThat(code(spec.given(SIGNED, OPENED).when(new PlaceStudent(id, TERM, null, ACADEMIC, INDUSTRY, OPENED_ON))))
                    .isEqualTo("student-required");
            assertThat(code(spec.given(SIGNED, OPENED).when(new PlaceStudent(id, " ", PlacedPerson.registered("Chen Yu", null), ACADEMIC, INDUSTRY,
                    OPENED_ON)))).isEqualTo("term-required");
        }

        @Test
        void the_two_mentors_are_two_people() {
            assertThat(code(spec.given(SIGNED, OPENED).when(new PlaceStudent(PlacementId.random(), TERM, PlacedPerson.registered("Chen Yu", null),
                    ACADEMIC, PlacedPerson.registered("prof. wang", "ict-co"), OPENED_ON)))).isEqualTo("mentors-the-same");
        }

        @Test
        void a_mentor_from_admissions_is_known_once() {
            DeciderSpec<KnownMentor, KnownMentor.Command, KnownMentor.Event> mentors = DeciderSpec.of(KnownMentor.TYPE.decider()::initialState,
                    KnownMentor.TYPE.decider()::decide, KnownMentor.TYPE.decider()::evolve);
            KnownMentorId id = new KnownMentorId(UUID.randomUUID());
            Instant at = Instant.parse("2026-03-01T02:00:00Z");
            KnownMentor.MentorRecorded recorded = new KnownMentor.MentorRecorded(id, "Engineer Li", MentorKind.INDUSTRY, "ict-co", at);
            mentors.given().when(new KnownMentor.RecordMentor(id, "Engineer Li", MentorKind.INDUSTRY, "ict-co", at)).then(recorded);
            assertThat(mentors.given(recorded).when(new KnownMentor.RecordMentor(id, "Engineer Li", MentorKind.INDUSTRY, "ict-co", at)).events())
                    .isEmpty();
            assertThat(MentorKind.FULL_TIME.isAcademic()).isTrue();
            assertThat(MentorKind.PART_TIME.isAcademic()).isTrue();
            assertThat(MentorKind.INDUSTRY.isAcademic()).isFalse();
        }
    }

    @Nested
    class Placements {

        @Test
        void a_placement_starts_ends_and_is_assessed_once() {
            spec.given(SIGNED, OPENED, PLACED).when(new StartPlacement(FIRST, OPENED_ON.plusDays(7))).then(STARTED);
            spec.given(SIGNED, OPENED, PLACED, STARTED).when(new EndPlacement(FIRST, OPENED_ON.plusMonths(4))).then(ENDED);
            PlacementAssessed assessed = new PlacementAssessed(ID, FIRST, PlacementOutcome.EXCELLENT, "Shipped a model", OPENED_ON.plusMonths(5));
            spec.given(SIGNED, OPENED, PLACED, STARTED, ENDED).when(new AssessPlacement(FIRST, PlacementOutcome.EXCELLENT, "Shipped a model",
                    OPENED_ON.plusMonths(5))).then(assessed);
            Placement placement = spec.given(SIGNED, OPENED, PLACED, STARTED, ENDED, assessed).state().placement(FIRST).orElseThrow();
            assertThat(placement.status()).isEqualTo(Placement.Status.ASSESSED);
            assertThat(placement.outcome()).isEqualTo(PlacementOutcome.EXCELLENT);
            assertThat(code(spec.given(SIGNED, OPENED, PLACED, STARTED, ENDED, assessed).when(new AssessPlacement(FIRST, PlacementOutcome.GOOD,
                    null, OPENED_ON.plusMonths(6))))).isEqualTo("placement-not-ended");
        }

        @Test
        void each_step_in_its_order_and_not_before_the_last() {
            assertThat(code(spec.given(SIGNED, OPENED, PLACED).when(new EndPlacement(FIRST, OPENED_ON.plusMonths(4))))).isEqualTo("placement-not-running");
            assertThat(code(spec.given(SIGNED, OPENED, PLACED, STARTED).when(new StartPlacement(FIRST, OPENED_ON.plusDays(8)))))
                    .isEqualTo("placement-started");
            assertThat(code(spec.given(SIGNED, OPENED, PLACED).when(new StartPlacement(FIRST, OPENED_ON)))).isEqualTo("date-before-placement");
            assertThat(code(spec.given(SIGNED, OPENED, PLACED, STARTED).when(new EndPlacement(FIRST, OPENED_ON)))).isEqualTo("date-before-start");
            assertThat(code(spec.given(SIGNED, OPENED, PLACED, STARTED, ENDED).when(new AssessPlacement(FIRST, null, null, OPENED_ON.plusYears(1)))))
                    .isEqualTo("outcome-required");
            assertThat(code(spec.given(SIGNED, OPENED, PLACED, STARTED, ENDED).when(new AssessPlacement(FIRST, PlacementOutcome.PASSED, null,
                    OPENED_ON)))).isEqualTo("date-before-end");
            assertThat(code(spec.given(SIGNED, OPENED).when(new StartPlacement(PlacementId.random(), OPENED_ON)))).isEqualTo("unknown-placement");
        }
    }
}
