package org.reformplatform.qualification.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.reformplatform.qualification.recognitionlist.ListEntry;
import org.reformplatform.qualification.recognitionlist.QualificationId;
import org.reformplatform.qualification.recognitionlist.SubList;
import org.reformplatform.qualification.recognitionlist.TitleLevel;

/** What happens to a recognition application. Published on {@code qualification.events}. */
public sealed interface RecognitionApplicationEvent {

    RecognitionApplicationId applicationId();

    /**
     * Submitted on {@code appliedOn}, judged against {@code listVersion}, the version in force on
     * that date; {@code qualification} is the entry as that version lists it.
     */
    record ApplicationSubmitted(RecognitionApplicationId applicationId, HolderId holderId, String organisation, String listVersion,
            ListEntry qualification, Certificate certificate, LocalDate appliedOn, Instant submittedAt) implements RecognitionApplicationEvent {
    }

    /** The certificate was checked and its issuer is the body the list names. */
    record ApplicationVerified(RecognitionApplicationId applicationId, LocalDate verifiedOn) implements RecognitionApplicationEvent {
    }

    record ApplicationRefused(RecognitionApplicationId applicationId, RefusalGround ground, String reason, LocalDate refusedOn)
            implements RecognitionApplicationEvent {
    }

    /** The holder's qualification is recognised, as listed in {@code listVersion}. */
    record QualificationRecognised(RecognitionApplicationId applicationId, HolderId holderId, String organisation,
            QualificationId qualificationId, String qualificationName, String country, String profession, List<SubList> subLists,
            String listVersion, LocalDate recognisedOn) implements RecognitionApplicationEvent {
    }

    /**
     * A recognised qualification on the title-equivalence list gives its holder the domestic title
     * it maps to. The contract with evaluation-service: exactly these fields.
     */
    record TitleEquivalenceRecognised(RecognitionApplicationId applicationId, HolderId holderId, QualificationId qualificationId,
            String qualificationName, String country, String titleSeries, TitleLevel titleLevel, String listVersion,
            LocalDate recognisedOn) implements RecognitionApplicationEvent {
    }
}
