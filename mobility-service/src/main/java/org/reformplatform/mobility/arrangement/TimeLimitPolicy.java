package org.reformplatform.mobility.arrangement;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.time.LocalDate;

import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.domain.WorkingCalendar;

/**
 * The time limits of one form, part of its versioned rules: how long the parties have to sign the
 * agreement once the arrangement is approved (it lapses after), and, when a deferral (暂缓期) ends,
 * how many working days the researcher has to decide between returning and resigning, and what the
 * arrangement ends as when nobody decides ({@code ifUndecided}: deemed returned or deemed resigned).
 *
 * <p>Policy versions published before these limits existed carry none; they read as
 * {@link #DEFAULT}, the limits the default policy gives every form.
 */
public record TimeLimitPolicy(int signingDays, int decisionGraceWorkingDays, Ending ifUndecided) {

    public static final int LONGEST_SIGNING_DAYS = 365;
    public static final int LONGEST_DECISION_GRACE_WORKING_DAYS = 120;

    /** 30 days to sign; 20 working days (about a month) to decide; silence keeps the post: deemed returned. */
    public static final TimeLimitPolicy DEFAULT = new TimeLimitPolicy(30, 20, Ending.RETURNED);

    /** The last day on which the agreement can still be signed: the arrangement lapses when it is over. */
    public LocalDate signBy(LocalDate approvedOn) {
        return approvedOn.plusDays(signingDays);
    }

    /** The last day of the decision after a deferral that ended on {@code deferredUntil}, in the region's working days. */
    public LocalDate decideBy(LocalDate deferredUntil, WorkingCalendar calendar) {
        return calendar.plusWorkingDays(deferredUntil, decisionGraceWorkingDays);
    }

    /** Whether these limits make sense at all; refused with a stable code when not. */
    public void validate(ArrangementForm form) {
        require(signingDays >= 1 && signingDays <= LONGEST_SIGNING_DAYS, () -> RuleViolation.invalid("signing-period-out-of-range",
                form + ": the period to sign must be 1 to " + LONGEST_SIGNING_DAYS + " days, not " + signingDays).with("form", form.name()));
        require(decisionGraceWorkingDays >= 1 && decisionGraceWorkingDays <= LONGEST_DECISION_GRACE_WORKING_DAYS, () -> RuleViolation.invalid(
                "decision-grace-out-of-range", form + ": the time to decide must be 1 to " + LONGEST_DECISION_GRACE_WORKING_DAYS
                        + " working days, not " + decisionGraceWorkingDays).with("form", form.name()));
        require(ifUndecided == Ending.RETURNED || ifUndecided == Ending.RESIGNED, () -> RuleViolation.invalid("undecided-outcome-invalid",
                form + ": an undecided researcher is deemed RETURNED or RESIGNED, not " + ifUndecided).with("form", form.name()));
    }
}
