package org.reformplatform.qualification.application;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reformplatform.qualification.recognitionlist.ListEntryView;

/** A recognition application as the API shows it, from its stream. */
@Schema(name = "RecognitionApplication")
public record RecognitionApplicationView(
        UUID id,
        @Schema(description = "submitted, verified, recognised or refused") String status,
        UUID holderId,
        String organisation,
        @Schema(description = "The list version in force on the application date, which the application is judged against", example = "3.0")
        String listVersion,
        @Schema(description = "The qualification as that version lists it") ListEntryView qualification,
        Certificate certificate,
        LocalDate appliedOn,
        LocalDate decidedOn,
        RefusalGround refusalGround,
        String refusalReason) {

    static RecognitionApplicationView of(RecognitionApplication a) {
        return new RecognitionApplicationView(a.id().value(), a.status().name().toLowerCase(), a.holderId().value(), a.organisation(),
                a.listVersion(), ListEntryView.of(a.listVersion(), a.qualification()), a.certificate(), a.appliedOn(), a.decidedOn(),
                a.refusalGround(), a.refusalReason());
    }
}
