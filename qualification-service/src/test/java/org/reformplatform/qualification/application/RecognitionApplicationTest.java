package org.reformplatform.qualification.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.domain.WorkingCalendar;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.AppealRefusal;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.CompleteCompensation;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.DecideAppeal;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.EscalateOverdueDecision;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.LapseCompensation;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.MakeRefusalFinal;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.RecogniseOnCondition;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.RequestDocuments;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.SupplyDocuments;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.AppealOverturned;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.AppealUpheld;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.CompensationCompleted;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.CompensationLapsed;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.ConditionallyRecognised;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.DecisionOverdueEscalated;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.DocumentsRequested;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.DocumentsSupplied;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.RefusalAppealed;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.RefusalBecameFinal;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.RecogniseApplication;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.RefuseApplication;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.SubmitApplication;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.VerifyApplication;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.ApplicationRefused;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.ApplicationSubmitted;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.ApplicationVerified;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.QualificationRecognised;
import org.reformplatform.qualification.application.RecognitionApplicationEvent.TitleEquivalenceRecognised;
import org.reformplatform.qualification.recognitionlist.ListEntry;
import org.reformplatform.qualification.recognitionlist.QualificationId;
import org.reformplatform.qualification.recognitionlist.RecognitionList;
import org.reformplatform.qualification.recognitionlist.RecognitionListEvent;
import org.reformplatform.qualification.recognitionlist.RecognitionListEvent.ListEntryAdded;
import org.reformplatform.qualification.recognitionlist.RecognitionListEvent.ListEntryChanged;
import org.reformplatform.qualification.recognitionlist.RecognitionListEvent.ListEntryWithdrawn;
import org.reformplatform.qualification.recognitionlist.RecognitionListEvent.ListVersionDrafted;
import org.reformplatform.qualification.recognitionlist.RecognitionListEvent.ListVersionPublished;
import org.reformplatform.qualification.recognitionlist.RecognitionListId;
import org.reformplatform.qualification.recognitionlist.SubList;
import org.reformplatform.qualification.recognitionlist.SubListCounts;
import org.reformplatform.qualification.recognitionlist.TitleEquivalence;
import org.reformplatform.qualification.recognitionlist.TitleLevel;
import org.reformplatform.testing.DeciderSpec;

/**
 * The rules of a recognition application. The list has three published versions: 2.0 in force from
 * 2025-01-01, 3.0 from 2026-01-01 (the engineer's title level raised and its issuer renamed, the
 * nurse withdrawn) and 4.0 from 2027-01-01 (an architect added).
 */
class RecognitionApplicationTest {

    static final RecognitionListId LIST = RecognitionListId.REGIONAL;
    static final Instant AT = Instant.parse("2026-11-27T08:00:00Z");
    static final LocalDate EFFECTIVE_2 = LocalDate.of(2025, 1, 1);
    static final LocalDate EFFECTIVE_3 = LocalDate.of(2026, 1, 1);
    static final LocalDate EFFECTIVE_4 = LocalDate.of(2027, 1, 1);
    static final SubListCounts ANY_COUNTS = new SubListCounts(0, 0, 0, 0);

    static final ListEntry ENGINEER_2 = new ListEntry(QualificationId.random(), "Chartered Engineer", "Engineering Council", "United Kingdom",
            "Engineering", List.of(SubList.RECOGNISED, SubList.TITLE_EQUIVALENCE), new TitleEquivalence("Engineering", TitleLevel.INTERMEDIATE));
    static final ListEntry ENGINEER_3 = new ListEntry(ENGINEER_2.qualificationId(), "Chartered Engineer", "UK Engineering Council",
            "United Kingdom", "Engineering", List.of(SubList.RECOGNISED, SubList.TITLE_EQUIVALENCE),
            new TitleEquivalence("Engineering", TitleLevel.SENIOR));
    static final ListEntry NURSE = new ListEntry(QualificationId.random(), "Registered Nurse", "Nursing Board", "Australia", "Nursing",
            List.of(SubList.RECOGNISED, SubList.URGENTLY_NEEDED), null);
    static final ListEntry ARCHITECT = new ListEntry(QualificationId.random(), "Registered Architect", "Architects Board", "Germany",
            "Architecture", List.of(SubList.RECOGNISED), null);

    static final RecognitionList LIST_STATE = RecognitionList.TYPE.decider().fold(RecognitionList.EMPTY, List.<RecognitionListEvent>of(
            new ListVersionDrafted(LIST, "2.0", null, AT),
            new ListEntryAdded(LIST, "2.0", ENGINEER_2),
            new ListEntryAdded(LIST, "2.0", NURSE),
            new ListVersionPublished(LIST, "2.0", null, EFFECTIVE_2, AT, 2, ANY_COUNTS),
            new ListVersionDrafted(LIST, "3.0", "2.0", AT),
            new ListEntryChanged(LIST, "3.0", ENGINEER_3),
            new ListEntryWithdrawn(LIST, "3.0", NURSE.qualificationId(), "No longer awarded"),
            new ListVersionPublished(LIST, "3.0", "2.0", EFFECTIVE_3, AT, 1, ANY_COUNTS),
            new ListVersionDrafted(LIST, "4.0", "3.0", AT),
            new ListEntryAdded(LIST, "4.0", ARCHITECT),
            new ListVersionPublished(LIST, "4.0", "3.0", EFFECTIVE_4, AT, 2, ANY_COUNTS)));

    /** Weekdays only, so that the working days are easy to count in a spec; holidays are the kernel's calendar's tests. */
    static final WorkingCalendar WORKING_DAYS = WorkingCalendar.weekdaysOnly("test");
    static final RecognitionTimeLimits LIMITS = new RecognitionTimeLimits("test", LocalDate.of(2020, 1, 1), 20, Period.ofDays(30),
            Period.ofYears(3), Period.ofMonths(6));
    static final String OFFICER = "officer-1";
    static final String OTHER_OFFICER = "officer-2";

    static final RecognitionApplicationId ID = RecognitionApplicationId.random();
    static final HolderId HOLDER = new HolderId(UUID.randomUUID());
    static final LocalDate APPLIED = LocalDate.of(2025, 6, 1);
    static final Certificate ENGINEER_CERTIFICATE = new Certificate("CEng-4711", "Engineering Council", LocalDate.of(2019, 6, 15),
            LocalDate.of(2029, 6, 14));
    static final ApplicationSubmitted SUBMITTED = submitted(ID, HOLDER, "uni-a", "2.0", ENGINEER_2, ENGINEER_CERTIFICATE,
            APPLIED, AT);
    static final ApplicationVerified VERIFIED = new ApplicationVerified(ID, APPLIED.plusDays(3));

    final DeciderSpec<RecognitionApplication, RecognitionApplicationCommand, RecognitionApplicationEvent> spec = DeciderSpec.of(
            RecognitionApplication.TYPE.decider()::initialState, RecognitionApplication.TYPE.decider()::decide,
            RecognitionApplication.TYPE.decider()::evolve).covering(RecognitionApplicationCommand.class, RecognitionApplicationEvent.class);

    @AfterAll
    static void every_command_and_event_is_specified() {
        DeciderSpec.assertCovered(RecognitionApplicationCommand.class);
    }

    /** Submitted: complete as it stands, so its decision is owed 20 working days on. */
    static ApplicationSubmitted submitted(RecognitionApplicationId id, HolderId holder, String organisation, String listVersion, ListEntry entry,
            Certificate certificate, LocalDate appliedOn, Instant at) {
        return new ApplicationSubmitted(id, holder, organisation, listVersion, entry, certificate, appliedOn, at,
                WORKING_DAYS.plusWorkingDays(appliedOn, 20));
    }

    static VerifyApplication verify(LocalDate on) {
        return new VerifyApplication(on, OFFICER, LIMITS);
    }

    static RefuseApplication refuse(String reason, LocalDate on) {
        return new RefuseApplication(reason, on, OFFICER, LIMITS);
    }

    /** Refused by {@link #OFFICER}, appealable for 30 days. */
    static ApplicationRefused refusal(RecognitionApplicationId id, RefusalGround ground, String reason, LocalDate on) {
        return new ApplicationRefused(id, ground, reason, on, OFFICER, on.plusDays(30));
    }

    static SubmitApplication submit(ListEntry entry, Certificate certificate, LocalDate appliedOn) {
        return submit(entry.qualificationId(), certificate, appliedOn);
    }

    static SubmitApplication submit(QualificationId qualification, Certificate certificate, LocalDate appliedOn) {
        return new SubmitApplication(ID, HOLDER, "uni-a", qualification, certificate, appliedOn, AT, LIST_STATE, LIMITS, WORKING_DAYS);
    }

    static Certificate certificate(String issuer, LocalDate issuedOn, LocalDate validUntil) {
        return new Certificate("N-1", issuer, issuedOn, validUntil);
    }

    RuleViolation refused(RecognitionApplicationCommand command, RecognitionApplicationEvent... history) {
        return spec.given(history).when(command).thenRefused(RuleViolation.class);
    }

    @Nested
    class Submission {

        @Test
        void judged_against_the_version_in_force_on_the_application_date() {
            spec.given().when(submit(ENGINEER_2, ENGINEER_CERTIFICATE, APPLIED)).then(SUBMITTED);
        }

        @Test
        void a_version_counts_from_its_effective_date() {
            ApplicationSubmitted dayBefore = (ApplicationSubmitted) spec.given()
                    .when(submit(ENGINEER_2, ENGINEER_CERTIFICATE, EFFECTIVE_3.minusDays(1))).events().get(0);
            assertThat(dayBefore.listVersion()).isEqualTo("2.0");
            assertThat(dayBefore.qualification()).isEqualTo(ENGINEER_2);
            ApplicationSubmitted onTheDay = (ApplicationSubmitted) spec.given()
                    .when(submit(ENGINEER_2, certificate("UK Engineering Council", LocalDate.of(2019, 6, 15), null), EFFECTIVE_3)).events().get(0);
            assertThat(onTheDay.listVersion()).isEqualTo("3.0");
            assertThat(onTheDay.qualification()).isEqualTo(ENGINEER_3);
        }

        @Test
        void a_withdrawn_entry_cannot_be_applied_for_once_its_withdrawal_is_in_force() {
            Certificate nurse = certificate("Nursing Board", LocalDate.of(2020, 1, 1), null);
            RuleViolation refusal = refused(submit(NURSE, nurse, EFFECTIVE_3));
            assertThat(refusal.code()).isEqualTo("qualification-withdrawn");
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.INVALID);
            assertThat(refusal.context()).containsEntry("withdrawnBy", "3.0").containsEntry("withdrawnOn", "2026-01-01");
            assertThat(refused(submit(NURSE, nurse, LocalDate.of(2028, 1, 1))).code()).isEqualTo("qualification-withdrawn");
        }

        @Test
        void a_withdrawn_entry_can_still_be_applied_for_until_its_withdrawal_takes_effect() {
            Certificate nurse = certificate("Nursing Board", LocalDate.of(2020, 1, 1), null);
            spec.given().when(submit(NURSE, nurse, EFFECTIVE_3.minusDays(1)))
                    .then(submitted(ID, HOLDER, "uni-a", "2.0", NURSE, nurse, EFFECTIVE_3.minusDays(1), AT));
        }

        @Test
        void an_entry_of_a_later_version_is_not_in_force_before_that_version() {
            Certificate architect = certificate("Architects Board", LocalDate.of(2020, 1, 1), null);
            assertThat(refused(submit(ARCHITECT, architect, EFFECTIVE_4.minusDays(1))).code()).isEqualTo("qualification-not-in-force");
            assertThat(spec.given().when(submit(ARCHITECT, architect, EFFECTIVE_4)).events()).hasSize(1);
        }

        @Test
        void an_unknown_entry_is_refused() {
            assertThat(refused(submit(QualificationId.random(), ENGINEER_CERTIFICATE, APPLIED)).code()).isEqualTo("unknown-qualification");
        }

        @Test
        void nothing_can_be_recognised_before_a_list_is_in_force() {
            assertThat(refused(submit(ENGINEER_2, ENGINEER_CERTIFICATE, EFFECTIVE_2.minusDays(1))).code()).isEqualTo("no-list-in-force");
        }

        @Test
        void an_expired_certificate_is_refused() {
            RuleViolation refusal = refused(submit(ENGINEER_2, certificate("Engineering Council", LocalDate.of(2015, 1, 1), APPLIED.minusDays(1)), APPLIED));
            assertThat(refusal.code()).isEqualTo("certificate-expired");
            assertThat(refusal.context()).containsEntry("validUntil", "2025-05-31").containsEntry("appliedOn", "2025-06-01");
        }

        @Test
        void a_certificate_is_valid_through_its_last_day() {
            assertThat(spec.given().when(submit(ENGINEER_2, certificate("Engineering Council", LocalDate.of(2015, 1, 1), APPLIED), APPLIED))
                    .events()).hasSize(1);
        }

        @Test
        void a_certificate_without_expiry_stays_valid() {
            assertThat(spec.given().when(submit(ENGINEER_2, certificate("Engineering Council", LocalDate.of(1990, 1, 1), null), APPLIED))
                    .events()).hasSize(1);
        }

        @Test
        void a_certificate_issued_after_the_application_date_is_refused_and_one_issued_that_day_is_not() {
            assertThat(refused(submit(ENGINEER_2, certificate("Engineering Council", APPLIED.plusDays(1), null), APPLIED)).code())
                    .isEqualTo("certificate-not-yet-issued");
            assertThat(spec.given().when(submit(ENGINEER_2, certificate("Engineering Council", APPLIED, null), APPLIED)).events()).hasSize(1);
        }

        @Test
        void a_certificate_cannot_expire_before_it_was_issued() {
            assertThat(refused(submit(ENGINEER_2, certificate("Engineering Council", LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)), APPLIED))
                    .code()).isEqualTo("certificate-dates-inverted");
        }

        @Test
        void an_application_is_submitted_once() {
            assertThat(refused(submit(ENGINEER_2, ENGINEER_CERTIFICATE, APPLIED), SUBMITTED).code()).isEqualTo("application-exists");
        }
    }

    @Nested
    class Verification {

        @Test
        void a_certificate_from_the_listed_issuer_is_verified() {
            spec.given(SUBMITTED).when(verify(APPLIED.plusDays(3))).then(VERIFIED);
        }

        @Test
        void case_and_spacing_do_not_make_another_issuer() {
            ApplicationSubmitted sloppy = submitted(ID, HOLDER, "uni-a", "2.0", ENGINEER_2,
                    certificate("  engineering   COUNCIL ", LocalDate.of(2019, 1, 1), null), APPLIED, AT);
            spec.given(sloppy).when(verify(APPLIED)).then(new ApplicationVerified(ID, APPLIED));
        }

        @Test
        void an_issuer_other_than_the_listed_one_refuses_the_application() {
            ApplicationSubmitted other = submitted(ID, HOLDER, "uni-a", "2.0", ENGINEER_2,
                    certificate("Engineering Academy", LocalDate.of(2019, 1, 1), null), APPLIED, AT);
            List<RecognitionApplicationEvent> events = spec.given(other).when(verify(APPLIED)).events();
            assertThat(events).hasSize(1).first().isInstanceOf(ApplicationRefused.class);
            ApplicationRefused refusal = (ApplicationRefused) events.get(0);
            assertThat(refusal.ground()).isEqualTo(RefusalGround.ISSUER_MISMATCH);
            assertThat(refusal.reason()).contains("Engineering Academy").contains("Engineering Council").contains("2.0");
        }

        @Test
        void the_issuer_is_the_one_the_application_version_names_not_todays() {
            // 3.0 renamed the issuer; the application was made under 2.0, which names the old one.
            LocalDate today = EFFECTIVE_3.plusMonths(2);
            spec.given(SUBMITTED).when(verify(today)).then(new ApplicationVerified(ID, today));
        }

        @Test
        void only_a_submitted_application_is_verified() {
            assertThat(refused(verify(APPLIED), SUBMITTED, VERIFIED).code()).isEqualTo("application-not-submitted");
            assertThat(refused(verify(APPLIED)).kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
        }
    }

    @Nested
    class Decision {

        @Test
        void recognition_uses_the_version_in_force_on_the_application_date_not_todays() {
            // Decided long after 3.0 raised the title level to SENIOR: the application was made under 2.0.
            LocalDate today = LocalDate.of(2026, 3, 1);
            assertThat(LIST_STATE.inForceOn(today).orElseThrow().entry(ENGINEER_2.qualificationId()).orElseThrow().titleEquivalence().level())
                    .isEqualTo(TitleLevel.SENIOR);
            spec.given(SUBMITTED, VERIFIED).when(new RecogniseApplication(today)).then(
                    new QualificationRecognised(ID, HOLDER, "uni-a", ENGINEER_2.qualificationId(), "Chartered Engineer", "United Kingdom",
                            "Engineering", List.of(SubList.RECOGNISED, SubList.TITLE_EQUIVALENCE), "2.0", today),
                    new TitleEquivalenceRecognised(ID, HOLDER, ENGINEER_2.qualificationId(), "Chartered Engineer", "United Kingdom",
                            "Engineering", TitleLevel.INTERMEDIATE, "2.0", today));
        }

        @Test
        void an_application_made_before_a_withdrawal_took_effect_can_still_be_recognised() {
            Certificate nurse = certificate("Nursing Board", LocalDate.of(2020, 1, 1), null);
            ApplicationSubmitted submitted = submitted(ID, HOLDER, "uni-a", "2.0", NURSE, nurse, EFFECTIVE_3.minusDays(1), AT);
            LocalDate afterWithdrawal = EFFECTIVE_3.plusDays(10);
            spec.given(submitted, new ApplicationVerified(ID, EFFECTIVE_3)).when(new RecogniseApplication(afterWithdrawal)).then(
                    new QualificationRecognised(ID, HOLDER, "uni-a", NURSE.qualificationId(), "Registered Nurse", "Australia", "Nursing",
                            List.of(SubList.RECOGNISED, SubList.URGENTLY_NEEDED), "2.0", afterWithdrawal));
        }

        @Test
        void a_qualification_off_the_title_equivalence_list_gives_no_title() {
            Certificate nurse = certificate("Nursing Board", LocalDate.of(2020, 1, 1), null);
            List<RecognitionApplicationEvent> events = spec.given(submitted(ID, HOLDER, "uni-a", "2.0", NURSE, nurse, APPLIED, AT),
                    new ApplicationVerified(ID, APPLIED)).when(new RecogniseApplication(APPLIED)).events();
            assertThat(events).hasSize(1).first().isInstanceOf(QualificationRecognised.class);
        }

        @Test
        void only_a_verified_application_is_recognised() {
            assertThat(refused(new RecogniseApplication(APPLIED), SUBMITTED).code()).isEqualTo("application-not-verified");
            RecognitionApplicationEvent recognised = new QualificationRecognised(ID, HOLDER, "uni-a", ENGINEER_2.qualificationId(), "x", "y", "z",
                    List.of(SubList.RECOGNISED), "2.0", APPLIED);
            assertThat(refused(new RecogniseApplication(APPLIED), SUBMITTED, VERIFIED, recognised).kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
            ApplicationRefused mismatch = refusal(ID, RefusalGround.ISSUER_MISMATCH, "other issuer", APPLIED);
            assertThat(refused(new RecogniseApplication(APPLIED), SUBMITTED, mismatch).code()).isEqualTo("application-not-verified");
        }

        @Test
        void an_operator_refuses_a_submitted_or_verified_application_with_a_reason() {
            spec.given(SUBMITTED).when(refuse(" Forged stamp ", APPLIED))
                    .then(refusal(ID, RefusalGround.DECIDED_BY_OPERATOR, "Forged stamp", APPLIED));
            spec.given(SUBMITTED, VERIFIED).when(refuse("Not confirmed by the issuer", APPLIED))
                    .then(refusal(ID, RefusalGround.DECIDED_BY_OPERATOR, "Not confirmed by the issuer", APPLIED));
            assertThat(refused(refuse(" ", APPLIED), SUBMITTED).code()).isEqualTo("refusal-reason-missing");
        }

        @Test
        void a_decided_application_stays_decided() {
            ApplicationRefused refusedOnce = refusal(ID, RefusalGround.DECIDED_BY_OPERATOR, "no", APPLIED);
            assertThat(refused(refuse("again", APPLIED), SUBMITTED, refusedOnce).code()).isEqualTo("application-decided");
        }
    }

    /** 2025-06-01 is a Sunday: 20 working days (weekdays) from it end on Friday 2025-06-27. */
    static final LocalDate DUE = LocalDate.of(2025, 6, 27);

    @Nested
    class StatutoryDecisionClock {

        @Test
        void a_complete_application_owes_its_decision_within_the_working_days_of_the_limits() {
            assertThat(SUBMITTED.decisionDueOn()).isEqualTo(DUE);
            assertThat(spec.given(SUBMITTED).state().clock()).isEqualTo(new RecognitionApplication.DecisionClock(DUE, null, 0, null));
        }

        @Test
        void asking_for_documents_stops_the_clock_with_the_working_days_it_has_left_and_supplying_them_resumes_it() {
            // Friday 6 June: 15 working days are left up to 27 June.
            DocumentsRequested requested = new DocumentsRequested(ID, "A certified translation", LocalDate.of(2025, 6, 6), 15);
            spec.given(SUBMITTED).when(new RequestDocuments(" A certified translation ", LocalDate.of(2025, 6, 6), WORKING_DAYS)).then(requested);
            // Supplied on Tuesday 1 July: 15 working days on is Tuesday 22 July.
            spec.given(SUBMITTED, requested).when(new SupplyDocuments(LocalDate.of(2025, 7, 1), WORKING_DAYS))
                    .then(new DocumentsSupplied(ID, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 22)));
            assertThat(spec.given(SUBMITTED, requested).state().clock().paused()).isTrue();
        }

        @Test
        void documents_are_asked_for_once_at_a_time_with_a_list_and_only_while_undecided() {
            DocumentsRequested requested = new DocumentsRequested(ID, "A translation", APPLIED, 20);
            assertThat(refused(new RequestDocuments("More", APPLIED, WORKING_DAYS), SUBMITTED, requested).code())
                    .isEqualTo("documents-already-requested");
            assertThat(refused(new RequestDocuments(" ", APPLIED, WORKING_DAYS), SUBMITTED).code()).isEqualTo("documents-missing");
            assertThat(refused(new SupplyDocuments(APPLIED, WORKING_DAYS), SUBMITTED).code()).isEqualTo("no-documents-requested");
            ApplicationRefused no = refusal(ID, RefusalGround.DECIDED_BY_OPERATOR, "no", APPLIED);
            assertThat(refused(new RequestDocuments("A translation", APPLIED, WORKING_DAYS), SUBMITTED, no).code()).isEqualTo("application-decided");
            ApplicationSubmitted beforeClocks = new ApplicationSubmitted(ID, HOLDER, "uni-a", "2.0", ENGINEER_2, ENGINEER_CERTIFICATE, APPLIED, AT, null);
            assertThat(refused(new RequestDocuments("A translation", APPLIED, WORKING_DAYS), beforeClocks).code()).isEqualTo("no-decision-clock");
        }

        @Test
        void a_clock_that_ran_out_undecided_escalates_the_application_once() {
            DecisionOverdueEscalated escalated = new DecisionOverdueEscalated(ID, DUE, DUE.plusDays(1));
            spec.given(SUBMITTED, VERIFIED).when(new EscalateOverdueDecision(DUE.plusDays(1))).then(escalated);
            assertThat(refused(new EscalateOverdueDecision(DUE), SUBMITTED).code()).isEqualTo("decision-not-overdue");
            assertThat(refused(new EscalateOverdueDecision(DUE.plusDays(2)), SUBMITTED, escalated).code()).isEqualTo("decision-escalated-already");
            // still decided after it
            assertThat(spec.given(SUBMITTED, VERIFIED, escalated).when(new RecogniseApplication(DUE.plusDays(5))).events())
                    .first().isInstanceOf(QualificationRecognised.class);
        }

        @Test
        void a_paused_or_decided_application_is_not_escalated() {
            DocumentsRequested requested = new DocumentsRequested(ID, "A translation", APPLIED, 20);
            assertThat(refused(new EscalateOverdueDecision(DUE.plusDays(1)), SUBMITTED, requested).code()).isEqualTo("decision-clock-paused");
            ApplicationRefused no = refusal(ID, RefusalGround.DECIDED_BY_OPERATOR, "no", APPLIED);
            assertThat(refused(new EscalateOverdueDecision(DUE.plusDays(1)), SUBMITTED, no).code()).isEqualTo("application-decided");
        }
    }

    static final LocalDate REFUSED_ON = LocalDate.of(2025, 6, 10);
    static final ApplicationRefused REFUSED = refusal(ID, RefusalGround.DECIDED_BY_OPERATOR, "The stamp could not be confirmed", REFUSED_ON);
    static final LocalDate APPEAL_UNTIL = REFUSED_ON.plusDays(30);
    static final RefusalAppealed APPEALED = new RefusalAppealed(ID, "The issuer confirmed it in writing", APPEAL_UNTIL);

    @Nested
    class RightOfAppeal {

        @Test
        void a_refusal_names_the_officer_and_opens_the_appeal_window_of_the_limits() {
            spec.given(SUBMITTED).when(refuse(" The stamp could not be confirmed ", REFUSED_ON)).then(REFUSED);
            assertThat(REFUSED.appealUntil()).isEqualTo(LocalDate.of(2025, 7, 10));
            ApplicationSubmitted other = submitted(ID, HOLDER, "uni-a", "2.0", ENGINEER_2,
                    certificate("Engineering Academy", LocalDate.of(2019, 1, 1), null), APPLIED, AT);
            ApplicationRefused mismatch = (ApplicationRefused) spec.given(other).when(verify(REFUSED_ON)).events().get(0);
            assertThat(mismatch.refusedBy()).isEqualTo(OFFICER);
            assertThat(mismatch.appealUntil()).isEqualTo(APPEAL_UNTIL);
        }

        @Test
        void the_holders_organisation_appeals_within_the_window_with_reasons() {
            spec.given(SUBMITTED, REFUSED).when(new AppealRefusal(" The issuer confirmed it in writing ", APPEAL_UNTIL)).then(APPEALED);
            RuleViolation late = refused(new AppealRefusal("Late", APPEAL_UNTIL.plusDays(1)), SUBMITTED, REFUSED);
            assertThat(late.code()).isEqualTo("appeal-window-closed");
            assertThat(late.context()).containsEntry("appealUntil", "2025-07-10");
            assertThat(refused(new AppealRefusal(" ", REFUSED_ON), SUBMITTED, REFUSED).code()).isEqualTo("appeal-reason-missing");
        }

        @Test
        void only_an_open_refusal_is_appealed_and_only_once() {
            assertThat(refused(new AppealRefusal("why", APPLIED), SUBMITTED).code()).isEqualTo("refusal-not-appealable");
            assertThat(refused(new AppealRefusal("again", APPEAL_UNTIL), SUBMITTED, REFUSED, APPEALED).code()).isEqualTo("refusal-not-appealable");
            RefusalBecameFinal madeFinal = new RefusalBecameFinal(ID, APPEAL_UNTIL, APPEAL_UNTIL.plusDays(1));
            assertThat(refused(new AppealRefusal("why", APPEAL_UNTIL), SUBMITTED, REFUSED, madeFinal).code()).isEqualTo("refusal-not-appealable");
            ApplicationRefused beforeAppeals = new ApplicationRefused(ID, RefusalGround.DECIDED_BY_OPERATOR, "no", REFUSED_ON, null, null);
            assertThat(refused(new AppealRefusal("why", REFUSED_ON), SUBMITTED, beforeAppeals).code()).isEqualTo("refusal-not-appealable");
        }

        @Test
        void another_officer_upholds_the_refusal_with_reasons_and_it_is_final() {
            LocalDate on = APPEAL_UNTIL.plusDays(5);
            AppealUpheld upheld = new AppealUpheld(ID, "The letter is not from the issuer", OTHER_OFFICER, on);
            spec.given(SUBMITTED, REFUSED, APPEALED).when(new DecideAppeal(AppealOutcome.UPHELD, " The letter is not from the issuer ",
                    OTHER_OFFICER, on)).then(upheld);
            RecognitionApplication state = spec.given(SUBMITTED, REFUSED, APPEALED, upheld).state();
            assertThat(state.status()).isEqualTo(RecognitionApplication.Status.REFUSED);
            assertThat(state.appeal().refusalFinalOn()).isEqualTo(on);
            assertThat(refused(new AppealRefusal("again", APPEAL_UNTIL), SUBMITTED, REFUSED, APPEALED, upheld).code())
                    .isEqualTo("refusal-not-appealable");
        }

        @Test
        void another_officer_overturns_the_refusal_and_the_qualification_is_recognised() {
            LocalDate on = APPEAL_UNTIL.plusDays(5);
            List<RecognitionApplicationEvent> events = spec.given(SUBMITTED, REFUSED, APPEALED)
                    .when(new DecideAppeal(AppealOutcome.OVERTURNED, "The issuer confirmed it", OTHER_OFFICER, on)).events();
            assertThat(events).hasSize(3);
            assertThat(events.get(0)).isEqualTo(new AppealOverturned(ID, "The issuer confirmed it", OTHER_OFFICER, on));
            assertThat(events.get(1)).isInstanceOf(QualificationRecognised.class);
            assertThat(events.get(2)).isInstanceOf(TitleEquivalenceRecognised.class);
            RecognitionApplicationEvent[] history = {SUBMITTED, REFUSED, APPEALED, events.get(0), events.get(1), events.get(2)};
            assertThat(spec.given(history).state().status()).isEqualTo(RecognitionApplication.Status.RECOGNISED);
        }

        @Test
        void the_officer_who_refused_does_not_review_the_appeal() {
            RuleViolation same = refused(new DecideAppeal(AppealOutcome.OVERTURNED, "I was wrong", OFFICER, APPEAL_UNTIL), SUBMITTED, REFUSED, APPEALED);
            assertThat(same.code()).isEqualTo("appeal-reviewer-refused-the-application");
            assertThat(same.kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN);
            assertThat(refused(new DecideAppeal(AppealOutcome.UPHELD, " ", OTHER_OFFICER, APPEAL_UNTIL), SUBMITTED, REFUSED, APPEALED).code())
                    .isEqualTo("appeal-reasons-missing");
            assertThat(refused(new DecideAppeal(AppealOutcome.UPHELD, "no", OTHER_OFFICER, APPEAL_UNTIL), SUBMITTED, REFUSED).code())
                    .isEqualTo("no-appeal-pending");
        }

        @Test
        void a_window_that_closed_unused_makes_the_refusal_final_and_not_before() {
            spec.given(SUBMITTED, REFUSED).when(new MakeRefusalFinal(APPEAL_UNTIL.plusDays(1)))
                    .then(new RefusalBecameFinal(ID, APPEAL_UNTIL, APPEAL_UNTIL.plusDays(1)));
            assertThat(refused(new MakeRefusalFinal(APPEAL_UNTIL), SUBMITTED, REFUSED).code()).isEqualTo("appeal-window-open");
            assertThat(refused(new MakeRefusalFinal(APPEAL_UNTIL.plusDays(1)), SUBMITTED, REFUSED, APPEALED).code()).isEqualTo("refusal-not-open");
        }
    }

    static final LocalDate CONDITION_ON = LocalDate.of(2025, 6, 10);
    static final LocalDate COMPLETE_BY = LocalDate.of(2025, 9, 30);
    static final ConditionallyRecognised CONDITIONAL = new ConditionallyRecognised(ID, CompensationMeasure.APTITUDE_TEST,
            "Domestic building regulations", COMPLETE_BY, CONDITION_ON);

    @Nested
    class CompensationMeasures {

        static RecogniseOnCondition onCondition(CompensationMeasure measure, String differences, LocalDate completeBy) {
            return new RecogniseOnCondition(measure, differences, completeBy, CONDITION_ON, LIMITS);
        }

        @Test
        void substantial_differences_met_by_a_measure_recognise_on_condition() {
            spec.given(SUBMITTED, VERIFIED).when(onCondition(CompensationMeasure.APTITUDE_TEST, " Domestic building regulations ", COMPLETE_BY))
                    .then(CONDITIONAL);
            assertThat(spec.given(SUBMITTED, VERIFIED, CONDITIONAL).state().status()).isEqualTo(RecognitionApplication.Status.CONDITIONALLY_RECOGNISED);
        }

        @Test
        void a_measure_is_due_after_the_decision_and_no_later_than_the_limits_allow() {
            // an aptitude test within 6 months, an adaptation period within 3 years
            assertThat(spec.given(SUBMITTED, VERIFIED).when(onCondition(CompensationMeasure.APTITUDE_TEST, "x", LocalDate.of(2025, 12, 10)))
                    .events()).hasSize(1);
            RuleViolation tooLong = refused(onCondition(CompensationMeasure.APTITUDE_TEST, "x", LocalDate.of(2025, 12, 11)), SUBMITTED, VERIFIED);
            assertThat(tooLong.code()).isEqualTo("compensation-too-long");
            assertThat(tooLong.context()).containsEntry("latest", "2025-12-10");
            assertThat(spec.given(SUBMITTED, VERIFIED).when(onCondition(CompensationMeasure.ADAPTATION_PERIOD, "x", LocalDate.of(2028, 6, 10)))
                    .events()).hasSize(1);
            assertThat(refused(onCondition(CompensationMeasure.ADAPTATION_PERIOD, "x", LocalDate.of(2028, 6, 11)), SUBMITTED, VERIFIED).code())
                    .isEqualTo("compensation-too-long");
            assertThat(refused(onCondition(CompensationMeasure.APTITUDE_TEST, "x", CONDITION_ON), SUBMITTED, VERIFIED).code())
                    .isEqualTo("compensation-due-date-not-ahead");
            assertThat(refused(onCondition(CompensationMeasure.APTITUDE_TEST, " ", COMPLETE_BY), SUBMITTED, VERIFIED).code())
                    .isEqualTo("substantial-differences-missing");
            assertThat(refused(onCondition(CompensationMeasure.APTITUDE_TEST, "x", COMPLETE_BY), SUBMITTED).code())
                    .isEqualTo("application-not-verified");
        }

        @Test
        void a_measure_completed_by_its_due_date_recognises_the_qualification() {
            List<RecognitionApplicationEvent> events = spec.given(SUBMITTED, VERIFIED, CONDITIONAL).when(new CompleteCompensation(COMPLETE_BY)).events();
            assertThat(events.get(0)).isEqualTo(new CompensationCompleted(ID, CompensationMeasure.APTITUDE_TEST, COMPLETE_BY));
            assertThat(events.get(1)).isInstanceOf(QualificationRecognised.class);
            assertThat(((QualificationRecognised) events.get(1)).recognisedOn()).isEqualTo(COMPLETE_BY);
            RuleViolation late = refused(new CompleteCompensation(COMPLETE_BY.plusDays(1)), SUBMITTED, VERIFIED, CONDITIONAL);
            assertThat(late.code()).isEqualTo("compensation-lapsed");
        }

        @Test
        void a_measure_not_completed_by_its_due_date_lapses_and_the_qualification_is_not_recognised() {
            CompensationLapsed lapsed = new CompensationLapsed(ID, CompensationMeasure.APTITUDE_TEST, COMPLETE_BY, COMPLETE_BY.plusDays(1));
            spec.given(SUBMITTED, VERIFIED, CONDITIONAL).when(new LapseCompensation(COMPLETE_BY.plusDays(1))).then(lapsed);
            assertThat(spec.given(SUBMITTED, VERIFIED, CONDITIONAL, lapsed).state().status()).isEqualTo(RecognitionApplication.Status.LAPSED);
            assertThat(refused(new LapseCompensation(COMPLETE_BY), SUBMITTED, VERIFIED, CONDITIONAL).code()).isEqualTo("compensation-not-due");
            assertThat(refused(new CompleteCompensation(COMPLETE_BY), SUBMITTED, VERIFIED, CONDITIONAL, lapsed).code())
                    .isEqualTo("no-compensation-pending");
            assertThat(refused(new LapseCompensation(COMPLETE_BY.plusDays(1)), SUBMITTED, VERIFIED).code()).isEqualTo("no-compensation-pending");
        }
    }
}
