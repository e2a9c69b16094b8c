package org.reformplatform.qualification.application;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.reformplatform.eventsourcing.domain.WorkingCalendar;

/**
 * The time limits of a recognition, fixed in advance as the Lisbon Recognition Convention asks: a
 * decision within {@code decisionWorkingDays} working days of a complete application (the clock stops
 * while the applicant is asked for documents), an appeal within {@code appealWindow} of a refusal, and
 * compensation measures (an adaptation period, an aptitude test) no longer than their maximum. Data,
 * not code: a new version takes effect on its date and applies to what is decided from then.
 */
public record RecognitionTimeLimits(String version, LocalDate effectiveFrom, int decisionWorkingDays, Period appealWindow,
        Period longestAdaptationPeriod, Period longestAptitudeTest) {

    /** The limits the region applies: 20 working days to decide, 30 days to appeal, 3 years of adaptation, 6 months to a test. */
    public static final List<RecognitionTimeLimits> VERSIONS = List.of(
            new RecognitionTimeLimits("2026.1", LocalDate.of(2026, 1, 1), 20, Period.ofDays(30), Period.ofYears(3), Period.ofMonths(6)));

    public RecognitionTimeLimits {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (decisionWorkingDays < 1) {
            throw new IllegalArgumentException("a decision clock needs at least one working day");
        }
    }

    /** The version in force on a date (the earliest one before the first took effect: the rule existed before the platform). */
    public static RecognitionTimeLimits inForceOn(LocalDate day) {
        return VERSIONS.stream().filter(v -> !v.effectiveFrom.isAfter(day)).max(Comparator.comparing(RecognitionTimeLimits::effectiveFrom))
                .orElse(VERSIONS.get(0));
    }

    /** The last day of a decision clock that (re)starts on {@code from} with {@code workingDays} left. */
    public static LocalDate decisionDueOn(LocalDate from, int workingDays, WorkingCalendar calendar) {
        return calendar.plusWorkingDays(from, workingDays);
    }

    /** The last day a refusal of {@code refusedOn} can be appealed. */
    public LocalDate appealUntil(LocalDate refusedOn) {
        return refusedOn.plus(appealWindow);
    }

    /** The latest day a compensation measure decided on {@code decidedOn} may be set to complete by. */
    public LocalDate latestCompletion(CompensationMeasure measure, LocalDate decidedOn) {
        return decidedOn.plus(measure == CompensationMeasure.ADAPTATION_PERIOD ? longestAdaptationPeriod : longestAptitudeTest);
    }
}
