package org.reformplatform.admissions.intake;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reformplatform.admissions.ids.IntakeEventId;
import org.reformplatform.admissions.intake.IntakeEventCommand.CreateIntakeEvent;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/**
 * Announcing an intake event (a camp, a maker contest, a project sprint): its window, its places,
 * its challenges and the criteria reviewers score by. It opens and closes itself at its window's
 * bounds (the two deadlines are scheduled here, in the same transaction); an operator may open or
 * close it sooner.
 */
@ApplicationScoped
public class CreateIntakeEventHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    IntakeWindowDeadlines windowDeadlines;

    /** Reviews each application needs when the event does not say. */
    @ConfigProperty(name = "admissions.reviews.required-default", defaultValue = "3")
    int defaultRequiredReviews;

    /**
     * The service's non-consensus policy, which an event that names none adopts when it is announced
     * (the same settings judge the applications of events announced before events chose their own).
     */
    @ConfigProperty(name = "admissions.non-consensus.admission-bar", defaultValue = "70")
    BigDecimal defaultAdmissionBar;

    @ConfigProperty(name = "admissions.non-consensus.spread-threshold", defaultValue = "25")
    BigDecimal defaultSpreadThreshold;

    /**
     * @param requiredReviews null for the service's default
     * @param admissionBar null for the service's default, as {@code spreadThreshold}
     * @param applicationLimit null for no cap on applications
     * @param blindReview whether reviewers judge without knowing who the candidates are
     * @param scores what the policy reads, null for raw totals
     */
    public Decision<IntakeEvent> handle(String title, IntakeEventKind kind, ApplicationWindow window, int capacity, Integer requiredReviews,
            List<Challenge> challenges, List<ScoringCriterion> criteria, BigDecimal admissionBar, BigDecimal spreadThreshold,
            Integer applicationLimit, boolean blindReview, ScoreBasis scores) {
        IntakeEventId id = IntakeEventId.random();
        Decision<IntakeEvent> decision = aggregates.create(IntakeEvent.TYPE, id, new CreateIntakeEvent(id, title, kind, window, capacity,
                requiredReviews == null ? defaultRequiredReviews : requiredReviews, challenges, criteria,
                admissionBar == null ? defaultAdmissionBar : admissionBar, spreadThreshold == null ? defaultSpreadThreshold : spreadThreshold,
                applicationLimit, blindReview, scores));
        windowDeadlines.announced(id, title, window);
        return decision;
    }
}
