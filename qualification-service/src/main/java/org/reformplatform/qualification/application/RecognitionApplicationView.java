package org.reformplatform.qualification.application;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reformplatform.qualification.recognitionlist.ListEntryView;

/** A recognition application as the API shows it, from its stream. */
@Schema(name = "RecognitionApplication")
public record RecognitionApplicationView(
        UUID id,
        @Schema(description = "submitted, verified, recognised, refused, appealed, conditionally_recognised or lapsed") String status,
        UUID holderId,
        String organisation,
        @Schema(description = "The list version in force on the application date, which the application is judged against", example = "3.0")
        String listVersion,
        @Schema(description = "The qualification as that version lists it") ListEntryView qualification,
        Certificate certificate,
        LocalDate appliedOn,
        LocalDate decidedOn,
        RefusalGround refusalGround,
        String refusalReason,
        @Schema(description = "The statutory decision clock while the application is undecided (absent on applications made before it)")
        DecisionClockView decisionClock,
        @Schema(description = "The right of appeal a refusal opened, and the appeal if one was made") AppealView appeal,
        @Schema(description = "The compensation measure of a conditional recognition") CompensationView compensation) {

    @Schema(name = "DecisionClock")
    public record DecisionClockView(
            @Schema(description = "running, paused (documents awaited), escalated or stopped (decided)") String state,
            @Schema(description = "The decision is owed by the end of this day in the region (while running)") LocalDate dueOn,
            @Schema(description = "The documents the applicant was asked for, while the clock is paused") String documentsRequested,
            @Schema(description = "Working days left when the clock was paused") Integer remainingWorkingDays,
            @Schema(description = "When the application was escalated because the clock ran out") LocalDate escalatedOn,
            @Schema(description = "Whether the clock ran out before the decision") boolean overdue) {

        static DecisionClockView of(RecognitionApplication a) {
            RecognitionApplication.DecisionClock c = a.clock();
            if (c == null) {
                return null;
            }
            String state = !a.undecided() ? "stopped" : c.paused() ? "paused" : c.escalatedOn() != null ? "escalated" : "running";
            return new DecisionClockView(state, c.dueOn(), c.documentsRequested(), c.paused() ? c.remainingWorkingDays() : null,
                    c.escalatedOn(), c.escalatedOn() != null);
        }
    }

    @Schema(name = "RecognitionAppeal")
    public record AppealView(
            @Schema(description = "The refusal can be appealed until the end of this day") LocalDate appealUntil,
            @Schema(description = "When the refusal became final (window closed unused, or the appeal upheld)") LocalDate refusalFinalOn,
            String reason, LocalDate appealedOn,
            @Schema(description = "UPHELD or OVERTURNED, once another officer decided") AppealOutcome outcome,
            @Schema(description = "The reviewing officer's reasons") String reasons, LocalDate decidedOn) {

        static AppealView of(RecognitionApplication.Appeal a) {
            return a == null ? null : new AppealView(a.appealUntil(), a.refusalFinalOn(), a.reason(), a.appealedOn(), a.outcome(), a.reasons(),
                    a.decidedOn());
        }
    }

    @Schema(name = "CompensationMeasure")
    public record CompensationView(CompensationMeasure measure, String substantialDifferences,
            @Schema(description = "Due by the end of this day; the conditional recognition lapses after it") LocalDate completeBy,
            LocalDate completedOn, LocalDate lapsedOn) {

        static CompensationView of(RecognitionApplication.Compensation c) {
            return c == null ? null : new CompensationView(c.measure(), c.substantialDifferences(), c.completeBy(), c.completedOn(), c.lapsedOn());
        }
    }

    static RecognitionApplicationView of(RecognitionApplication a) {
        return new RecognitionApplicationView(a.id().value(), a.status().name().toLowerCase(), a.holderId().value(), a.organisation(),
                a.listVersion(), ListEntryView.of(a.listVersion(), a.qualification()), a.certificate(), a.appliedOn(), a.decidedOn(),
                a.refusalGround(), a.refusalReason(), DecisionClockView.of(a), AppealView.of(a.appeal()), CompensationView.of(a.compensation()));
    }
}
