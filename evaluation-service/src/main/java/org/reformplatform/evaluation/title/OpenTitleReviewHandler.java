package org.reformplatform.evaluation.title;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reformplatform.evaluation.title.TitleReviewCommand.OpenTitleReview;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/** The title authority opens a review on its terms, with the service's default policy where the terms name none. */
@ApplicationScoped
public class OpenTitleReviewHandler {

    @ConfigProperty(name = "evaluation.title.min-years-at-level-below", defaultValue = "5")
    int defaultMinYears;

    @ConfigProperty(name = "evaluation.title.min-achievements", defaultValue = "2")
    int defaultMinAchievements;

    @ConfigProperty(name = "evaluation.title.min-panel-size", defaultValue = "5")
    int defaultMinPanelSize;

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    public Decision<TitleReview> handle(TitleReviewId id, TitleReviewTerms terms) {
        EligibilityPolicy policy = terms.policy() != null ? terms.policy()
                : new EligibilityPolicy(defaultMinYears, defaultMinAchievements, defaultMinPanelSize);
        return aggregates.handle(TitleReview.TYPE, id, new OpenTitleReview(id, terms.title(), terms.seriesCode(), terms.seriesName(),
                terms.disciplineCode(), terms.disciplineName(), terms.level(), terms.specialties(), policy, terms.organiser(), clock.instant()));
    }
}
