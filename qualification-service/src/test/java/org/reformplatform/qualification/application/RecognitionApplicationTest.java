package org.reformplatform.qualification.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.domain.RuleViolation;
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

    static final RecognitionApplicationId ID = RecognitionApplicationId.random();
    static final HolderId HOLDER = new HolderId(UUID.randomUUID());
    static final LocalDate APPLIED = LocalDate.of(2025, 6, 1);
    static final Certificate ENGINEER_CERTIFICATE = new Certificate("CEng-4711", "Engineering Council", LocalDate.of(2019, 6, 15),
            LocalDate.of(2029, 6, 14));
    static final ApplicationSubmitted SUBMITTED = new ApplicationSubmitted(ID, HOLDER, "uni-a", "2.0", ENGINEER_2, ENGINEER_CERTIFICATE,
            APPLIED, AT);
    static final ApplicationVerified VERIFIED = new ApplicationVerified(ID, APPLIED.plusDays(3));

    final DeciderSpec<RecognitionApplication, RecognitionApplicationCommand, RecognitionApplicationEvent> spec = DeciderSpec.of(
            RecognitionApplication.TYPE.decider()::initialState, RecognitionApplication.TYPE.decider()::decide,
            RecognitionApplication.TYPE.decider()::evolve).covering(RecognitionApplicationCommand.class, RecognitionApplicationEvent.class);

    @AfterAll
    static void every_command_and_event_is_specified() {
        DeciderSpec.assertCovered(RecognitionApplicationCommand.class);
    }

    static SubmitApplication submit(ListEntry entry, Certificate certificate, LocalDate appliedOn) {
        return submit(entry.qualificationId(), certificate, appliedOn);
    }

    static SubmitApplication submit(QualificationId qualification, Certificate certificate, LocalDate appliedOn) {
        return new SubmitApplication(ID, HOLDER, "uni-a", qualification, certificate, appliedOn, AT, LIST_STATE);
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
                    .then(new ApplicationSubmitted(ID, HOLDER, "uni-a", "2.0", NURSE, nurse, EFFECTIVE_3.minusDays(1), AT));
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
            spec.given(SUBMITTED).when(new VerifyApplication(APPLIED.plusDays(3))).then(VERIFIED);
        }

        @Test
        void case_and_spacing_do_not_make_another_issuer() {
            ApplicationSubmitted sloppy = new ApplicationSubmitted(ID, HOLDER, "uni-a", "2.0", ENGINEER_2,
                    certificate("  engineering   COUNCIL ", LocalDate.of(2019, 1, 1), null), APPLIED, AT);
            spec.given(sloppy).when(new VerifyApplication(APPLIED)).then(new ApplicationVerified(ID, APPLIED));
        }

        @Test
        void an_issuer_other_than_the_listed_one_refuses_the_application() {
            ApplicationSubmitted other = new ApplicationSubmitted(ID, HOLDER, "uni-a", "2.0", ENGINEER_2,
                    certificate("Engineering Academy", LocalDate.of(2019, 1, 1), null), APPLIED, AT);
            List<RecognitionApplicationEvent> events = spec.given(other).when(new VerifyApplication(APPLIED)).events();
            assertThat(events).hasSize(1).first().isInstanceOf(ApplicationRefused.class);
            ApplicationRefused refusal = (ApplicationRefused) events.get(0);
            assertThat(refusal.ground()).isEqualTo(RefusalGround.ISSUER_MISMATCH);
            assertThat(refusal.reason()).contains("Engineering Academy").contains("Engineering Council").contains("2.0");
        }

        @Test
        void the_issuer_is_the_one_the_application_version_names_not_todays() {
            // 3.0 renamed the issuer; the application was made under 2.0, which names the old one.
            LocalDate today = EFFECTIVE_3.plusMonths(2);
            spec.given(SUBMITTED).when(new VerifyApplication(today)).then(new ApplicationVerified(ID, today));
        }

        @Test
        void only_a_submitted_application_is_verified() {
            assertThat(refused(new VerifyApplication(APPLIED), SUBMITTED, VERIFIED).code()).isEqualTo("application-not-submitted");
            assertThat(refused(new VerifyApplication(APPLIED)).kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
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
            ApplicationSubmitted submitted = new ApplicationSubmitted(ID, HOLDER, "uni-a", "2.0", NURSE, nurse, EFFECTIVE_3.minusDays(1), AT);
            LocalDate afterWithdrawal = EFFECTIVE_3.plusDays(10);
            spec.given(submitted, new ApplicationVerified(ID, EFFECTIVE_3)).when(new RecogniseApplication(afterWithdrawal)).then(
                    new QualificationRecognised(ID, HOLDER, "uni-a", NURSE.qualificationId(), "Registered Nurse", "Australia", "Nursing",
                            List.of(SubList.RECOGNISED, SubList.URGENTLY_NEEDED), "2.0", afterWithdrawal));
        }

        @Test
        void a_qualification_off_the_title_equivalence_list_gives_no_title() {
            Certificate nurse = certificate("Nursing Board", LocalDate.of(2020, 1, 1), null);
            List<RecognitionApplicationEvent> events = spec.given(new ApplicationSubmitted(ID, HOLDER, "uni-a", "2.0", NURSE, nurse, APPLIED, AT),
                    new ApplicationVerified(ID, APPLIED)).when(new RecogniseApplication(APPLIED)).events();
            assertThat(events).hasSize(1).first().isInstanceOf(QualificationRecognised.class);
        }

        @Test
        void only_a_verified_application_is_recognised() {
            assertThat(refused(new RecogniseApplication(APPLIED), SUBMITTED).code()).isEqualTo("application-not-verified");
            RecognitionApplicationEvent recognised = new QualificationRecognised(ID, HOLDER, "uni-a", ENGINEER_2.qualificationId(), "x", "y", "z",
                    List.of(SubList.RECOGNISED), "2.0", APPLIED);
            assertThat(refused(new RecogniseApplication(APPLIED), SUBMITTED, VERIFIED, recognised).kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
            ApplicationRefused mismatch = new ApplicationRefused(ID, RefusalGround.ISSUER_MISMATCH, "other issuer", APPLIED);
            assertThat(refused(new RecogniseApplication(APPLIED), SUBMITTED, mismatch).code()).isEqualTo("application-not-verified");
        }

        @Test
        void an_operator_refuses_a_submitted_or_verified_application_with_a_reason() {
            spec.given(SUBMITTED).when(new RefuseApplication(" Forged stamp ", APPLIED))
                    .then(new ApplicationRefused(ID, RefusalGround.DECIDED_BY_OPERATOR, "Forged stamp", APPLIED));
            spec.given(SUBMITTED, VERIFIED).when(new RefuseApplication("Not confirmed by the issuer", APPLIED))
                    .then(new ApplicationRefused(ID, RefusalGround.DECIDED_BY_OPERATOR, "Not confirmed by the issuer", APPLIED));
            assertThat(refused(new RefuseApplication(" ", APPLIED), SUBMITTED).code()).isEqualTo("refusal-reason-missing");
        }

        @Test
        void a_decided_application_stays_decided() {
            ApplicationRefused refusedOnce = new ApplicationRefused(ID, RefusalGround.DECIDED_BY_OPERATOR, "no", APPLIED);
            assertThat(refused(new RefuseApplication("again", APPLIED), SUBMITTED, refusedOnce).code()).isEqualTo("application-decided");
        }
    }
}
