package org.reformplatform.evaluation.title;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reformplatform.evaluation.title.TitleReviewCommand.OpenTitleReview;
import org.reformplatform.evaluation.title.TitleReviewResource.OpenTitleReviewRequest;
import org.reformplatform.evaluation.title.TitleReviewResource.PolicyRequest;

/** Turns a request to open a title review into its command, with the service's default policy where the request has none. */
@ApplicationScoped
public class TitleReviewOpening {

    @ConfigProperty(name = "evaluation.title.min-years-at-level-below", defaultValue = "5")
    int defaultMinYears;

    @ConfigProperty(name = "evaluation.title.min-achievements", defaultValue = "2")
    int defaultMinAchievements;

    @ConfigProperty(name = "evaluation.title.min-panel-size", defaultValue = "5")
    int defaultMinPanelSize;

    @Inject
    Clock clock;

    public OpenTitleReview command(TitleReviewId id, OpenTitleReviewRequest request) {
        PolicyRequest p = request.policy();
        EligibilityPolicy policy = p == null ? new EligibilityPolicy(defaultMinYears, defaultMinAchievements, defaultMinPanelSize)
                : new EligibilityPolicy(p.minYearsAtLevelBelow(), p.minAchievements(), p.minPanelSize());
        return new OpenTitleReview(id, request.title(), request.seriesCode(), request.seriesName(), request.disciplineCode(),
                request.disciplineName(), request.level(), request.specialties().stream().map(s -> new Specialty(s.code(), s.name())).toList(),
                policy, request.organiser(), clock.instant());
    }
}
