package org.reformplatform.qualification.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.reformplatform.qualification.recognitionlist.ListEntry;
import org.reformplatform.qualification.recognitionlist.QualificationId;
import org.reformplatform.qualification.recognitionlist.SubList;
import org.reformplatform.qualification.recognitionlist.TitleLevel;
import org.reformplatform.eventsourcing.domain.DataSubject;
import org.reformplatform.eventsourcing.domain.NotPersonalData;

/** What happens to a recognition application. Published on {@code qualification.events}. */
public sealed interface RecognitionApplicationEvent {

    RecognitionApplicationId applicationId();

    /**
     * Submitted on {@code appliedOn}, judged against {@code listVersion}, the version in force on
     * that date; {@code qualification} is the entry as that version lists it. The decision is owed by
     * the end of {@code decisionDueOn} (absent on applications made before the decision clock existed).
     */
    record ApplicationSubmitted(RecognitionApplicationId applicationId, @DataSubject HolderId holderId, String organisation, String listVersion,
            ListEntry qualification, Certificate certificate, LocalDate appliedOn, Instant submittedAt, LocalDate decisionDueOn)
            implements RecognitionApplicationEvent {
    }

    /** The certificate was checked and its issuer is the body the list names. */
    record ApplicationVerified(RecognitionApplicationId applicationId, LocalDate verifiedOn) implements RecognitionApplicationEvent {
    }

    /**
     * Refused, with the reasons, by {@code refusedBy} (the officer); the holder's organisation may appeal
     * until the end of {@code appealUntil} (both absent on refusals made before appeals existed).
     */
    record ApplicationRefused(RecognitionApplicationId applicationId, RefusalGround ground, String reason, LocalDate refusedOn,
            String refusedBy, LocalDate appealUntil) implements RecognitionApplicationEvent {
    }

    /** The applicant was asked for documents: the decision clock stopped with {@code remainingWorkingDays} left. */
    record DocumentsRequested(RecognitionApplicationId applicationId, String documents, LocalDate requestedOn, int remainingWorkingDays)
            implements RecognitionApplicationEvent {
    }

    /** The documents came: the decision clock runs again, and the decision is now owed by the end of {@code decisionDueOn}. */
    record DocumentsSupplied(RecognitionApplicationId applicationId, LocalDate suppliedOn, LocalDate decisionDueOn)
            implements RecognitionApplicationEvent {
    }

    /** The decision clock ran out on {@code decisionDueOn} with the application undecided: it is escalated. */
    record DecisionOverdueEscalated(RecognitionApplicationId applicationId, LocalDate decisionDueOn, LocalDate escalatedOn)
            implements RecognitionApplicationEvent {
    }

    /** The holder's organisation appealed the refusal, within its window. */
    record RefusalAppealed(RecognitionApplicationId applicationId, String reason, LocalDate appealedOn) implements RecognitionApplicationEvent {
    }

    /** Another officer ({@code decidedBy}) upheld the refusal, with reasons: it is final. */
    record AppealUpheld(RecognitionApplicationId applicationId, String reasons, String decidedBy, LocalDate decidedOn)
            implements RecognitionApplicationEvent {
    }

    /** Another officer ({@code decidedBy}) overturned the refusal, with reasons: the qualification is recognised (the next event). */
    record AppealOverturned(RecognitionApplicationId applicationId, String reasons, String decidedBy, LocalDate decidedOn)
            implements RecognitionApplicationEvent {
    }

    /** The appeal window closed unused on {@code appealUntil}: the refusal is final. */
    record RefusalBecameFinal(RecognitionApplicationId applicationId, LocalDate appealUntil, LocalDate finalOn)
            implements RecognitionApplicationEvent {
    }

    /**
     * Recognised on condition that the holder completes a compensation measure for the substantial
     * differences found, by the end of {@code completeBy}.
     */
    record ConditionallyRecognised(RecognitionApplicationId applicationId, CompensationMeasure measure, String substantialDifferences,
            LocalDate completeBy, LocalDate decidedOn) implements RecognitionApplicationEvent {
    }

    /** The holder completed the compensation measure: the qualification is recognised (the next event). */
    record CompensationCompleted(RecognitionApplicationId applicationId, CompensationMeasure measure, LocalDate completedOn)
            implements RecognitionApplicationEvent {
    }

    /** The compensation measure was not completed by {@code completeBy}: the qualification is not recognised. */
    record CompensationLapsed(RecognitionApplicationId applicationId, CompensationMeasure measure, LocalDate completeBy, LocalDate lapsedOn)
            implements RecognitionApplicationEvent {
    }

    /** The holder's qualification is recognised, as listed in {@code listVersion}. */
    record QualificationRecognised(RecognitionApplicationId applicationId, HolderId holderId, String organisation,
            QualificationId qualificationId, @NotPersonalData("the name of a qualification") String qualificationName, String country, String profession, List<SubList> subLists,
            String listVersion, LocalDate recognisedOn) implements RecognitionApplicationEvent {
    }

    /**
     * A recognised qualification on the title-equivalence list gives its holder the domestic title
     * it maps to. The contract with evaluation-service: exactly these fields.
     */
    record TitleEquivalenceRecognised(RecognitionApplicationId applicationId, HolderId holderId, QualificationId qualificationId,
            @NotPersonalData("the name of a qualification") String qualificationName, String country, String titleSeries, TitleLevel titleLevel, String listVersion,
            LocalDate recognisedOn) implements RecognitionApplicationEvent {
    }
}
