package org.reformplatform.evaluation.title;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.evaluation.title.TitleReviewCommand.FileTitleApplication;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/** An institution files a researcher's application under one of the review's specialties; eligibility is decided later. */
@ApplicationScoped
public class FileTitleApplicationHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    /** @param heldTitle the domestic title the applicant holds, or null */
    public Decision<TitleReview> handle(TitleReviewId review, TitleApplicationId application, ResearcherId researcher, String institution,
            String specialty, HeldTitle heldTitle, int achievements) {
        return aggregates.handle(TitleReview.TYPE, review, new FileTitleApplication(application, researcher, institution, specialty, heldTitle,
                achievements, clock.instant()));
    }
}
