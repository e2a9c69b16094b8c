package org.reformplatform.qualification.application;

import java.time.Instant;
import java.time.LocalDate;

import org.reformplatform.eventsourcing.domain.WorkingCalendar;
import org.reformplatform.qualification.recognitionlist.QualificationId;
import org.reformplatform.qualification.recognitionlist.RecognitionList;

/**
 * What partners, operators and the application's deadlines ask of a recognition application. Dates,
 * the time limits in force and the region's working days come from the service's clock and calendar,
 * never from the decider.
 */
public sealed interface RecognitionApplicationCommand {

    /**
     * A holder applies, on {@code appliedOn}, to have a certificate for a listed qualification
     * recognised. {@code list} is the recognition list as it stands: the decider picks from it the
     * version in force on the application date. The application is complete: its decision clock
     * starts with the {@code limits}' working days, counted on {@code workingDays}.
     */
    record SubmitApplication(RecognitionApplicationId id, HolderId holderId, String organisation, QualificationId qualificationId,
            Certificate certificate, LocalDate appliedOn, Instant at, RecognitionList list, RecognitionTimeLimits limits,
            WorkingCalendar workingDays) implements RecognitionApplicationCommand {
    }

    /**
     * An operator ({@code officer}) has checked the certificate; the service checks the issuer against
     * the listed issuing body, and a mismatch is a refusal that opens the {@code limits}' appeal window.
     */
    record VerifyApplication(LocalDate on, String officer, RecognitionTimeLimits limits) implements RecognitionApplicationCommand {
    }

    record RecogniseApplication(LocalDate on) implements RecognitionApplicationCommand {
    }

    /** An officer refuses, stating the reasons; the refusal can be appealed within the {@code limits}' window. */
    record RefuseApplication(String reason, LocalDate on, String officer, RecognitionTimeLimits limits) implements RecognitionApplicationCommand {
    }

    /** An officer asks the applicant for documents: the decision clock stops with the working days it has left. */
    record RequestDocuments(String documents, LocalDate on, WorkingCalendar workingDays) implements RecognitionApplicationCommand {
    }

    /** The applicant supplied what was asked for: the decision clock resumes with the working days it had left. */
    record SupplyDocuments(LocalDate on, WorkingCalendar workingDays) implements RecognitionApplicationCommand {
    }

    /** The decision clock ran out with the application undecided (its deadline). */
    record EscalateOverdueDecision(LocalDate on) implements RecognitionApplicationCommand {
    }

    /** The holder's organisation appeals a refusal, within its window, with its reasons. */
    record AppealRefusal(String reason, LocalDate on) implements RecognitionApplicationCommand {
    }

    /** Another officer than the one who refused decides the appeal, with reasons. */
    record DecideAppeal(AppealOutcome outcome, String reasons, String officer, LocalDate on) implements RecognitionApplicationCommand {
    }

    /** The appeal window closed unused (its deadline): the refusal is final. */
    record MakeRefusalFinal(LocalDate on) implements RecognitionApplicationCommand {
    }

    /**
     * A verified application is recognised on condition that the holder completes a compensation
     * measure for the substantial differences found, by {@code completeBy} (no later than the
     * {@code limits} allow).
     */
    record RecogniseOnCondition(CompensationMeasure measure, String substantialDifferences, LocalDate completeBy, LocalDate on,
            RecognitionTimeLimits limits) implements RecognitionApplicationCommand {
    }

    /** An officer records that the holder completed the compensation measure: the recognition is unconditional. */
    record CompleteCompensation(LocalDate on) implements RecognitionApplicationCommand {
    }

    /** The compensation measure's due date passed uncompleted (its deadline): the qualification is not recognised. */
    record LapseCompensation(LocalDate on) implements RecognitionApplicationCommand {
    }
}
