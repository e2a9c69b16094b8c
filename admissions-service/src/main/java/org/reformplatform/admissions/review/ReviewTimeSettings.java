package org.reformplatform.admissions.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The review time rules in force, from configuration: {@code admissions.review-due.working-days},
 * {@code admissions.review-due.reminder-working-days-before} and {@code admissions.committee.decision-working-days}.
 */
@ApplicationScoped
public class ReviewTimeSettings {

    @ConfigProperty(name = "admissions.review-due.working-days", defaultValue = "10")
    int workingDaysToReview;

    @ConfigProperty(name = "admissions.review-due.reminder-working-days-before", defaultValue = "3")
    int reminderWorkingDaysBefore;

    @ConfigProperty(name = "admissions.committee.decision-working-days", defaultValue = "15")
    int committeeWorkingDays;

    @Produces
    @Singleton
    ReviewDuePolicy reviewDuePolicy() {
        return new ReviewDuePolicy(workingDaysToReview, reminderWorkingDaysBefore);
    }

    @Produces
    @Singleton
    CommitteeTimeLimit committeeTimeLimit() {
        return new CommitteeTimeLimit(committeeWorkingDays);
    }
}
