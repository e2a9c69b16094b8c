package org.reformplatform.evaluation.title;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.Evaluators;
import org.reformplatform.evaluation.researcher.Researcher;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.security.Caller;

/**
 * Who may see a title review: staff and partners every review, evaluators those whose panel they sit
 * on; in it, partners see only their own institution's applications. Anything else is unknown (404).
 */
@ApplicationScoped
public class TitleReviewAccess {

    @Inject
    Aggregates aggregates;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** The review, whoever asks: for the title authority's commands, which the roles allowed already restrict. */
    public Loaded<TitleReview> existing(TitleReviewId id) {
        return aggregates.load(TitleReview.TYPE, id, () -> unknown(id));
    }

    /** The review, current as of now, if the caller may see it. */
    public Loaded<TitleReview> visible(TitleReviewId id) {
        Loaded<TitleReview> review = existing(id);
        if (Evaluators.only(caller) && !review.state().panel().containsKey(caller.subject())) {
            throw unknown(id);
        }
        return review;
    }

    /** The review as the caller sees it: with the applications they may see. */
    public TitleReviewView view(TitleReview review) {
        return TitleReviewView.of(review, application -> caller.mayAccess(application.institution()));
    }

    /** An application of a review the caller may see, if the caller may see the application too. */
    public TitleApplication application(TitleReview review, TitleApplicationId id) {
        return caller.visible(review.application(id).orElse(null), TitleApplication::institution, () -> unknownApplication(id));
    }

    /** An application as the API shows it: with how the applicant stands today on the evidence now on their record. */
    public TitleApplicationView view(TitleReview review, TitleApplication application) {
        Researcher researcher = aggregates.load(Researcher.TYPE, application.researcherId()).state();
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        return TitleApplicationView.of(review, application, TitleEligibility.assess(review, application, researcher.evidence(), today));
    }

    public static RuleViolation unknown(TitleReviewId id) {
        return RuleViolation.notFound("unknown-title-review", "There is no title review " + id.value());
    }

    public static RuleViolation unknownApplication(TitleApplicationId id) {
        return RuleViolation.notFound("unknown-title-application", "There is no application " + id.value());
    }
}
