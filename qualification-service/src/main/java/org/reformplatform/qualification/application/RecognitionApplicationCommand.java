package org.reformplatform.qualification.application;

import java.time.Instant;
import java.time.LocalDate;

import org.reformplatform.qualification.recognitionlist.QualificationId;
import org.reformplatform.qualification.recognitionlist.RecognitionList;

/** What partners and operators ask of a recognition application. Dates come from the service's clock, never from the decider. */
public sealed interface RecognitionApplicationCommand {

    /**
     * A holder applies, on {@code appliedOn}, to have a certificate for a listed qualification
     * recognised. {@code list} is the recognition list as it stands: the decider picks from it the
     * version in force on the application date.
     */
    record SubmitApplication(RecognitionApplicationId id, HolderId holderId, String organisation, QualificationId qualificationId,
            Certificate certificate, LocalDate appliedOn, Instant at, RecognitionList list) implements RecognitionApplicationCommand {
    }

    /** An operator has checked the certificate; the service checks the issuer against the listed issuing body. */
    record VerifyApplication(LocalDate on) implements RecognitionApplicationCommand {
    }

    record RecogniseApplication(LocalDate on) implements RecognitionApplicationCommand {
    }

    record RefuseApplication(String reason, LocalDate on) implements RecognitionApplicationCommand {
    }
}
