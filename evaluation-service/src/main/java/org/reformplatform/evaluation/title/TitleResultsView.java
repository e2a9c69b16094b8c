package org.reformplatform.evaluation.title;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.evaluation.title.TitleReviewEvent.PanelMemberAppointed;
import org.reformplatform.evaluation.title.TitleReviewEvent.TitleApplicationDecided;
import org.reformplatform.evaluation.title.TitleReviewEvent.TitleApplicationFiled;
import org.reformplatform.evaluation.title.TitleReviewEvent.TitleReviewClosed;
import org.reformplatform.evaluation.title.TitleReviewEvent.TitleReviewOpened;
import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.store.RecordedEvent;

/** Title reviews, and their applications' results by series, specialty and level. */
@ApplicationScoped
public class TitleResultsView implements Projection {

    @Override
    public String name() {
        return "title-results";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(TitleReviewOpened.class, PanelMemberAppointed.class, TitleApplicationFiled.class, TitleApplicationDecided.class,
                TitleReviewClosed.class);
    }

    @Override
    public List<String> tables() {
        return List.of("title_review_listings", "title_applications");
    }

    @Override
    public void apply(RecordedEvent<?> recorded) {
        Object event = recorded.event();
        if (event instanceof TitleReviewOpened opened) {
            if (TitleReviewSummary.findById(opened.reviewId().value()) != null) {
                return;
            }
            TitleReviewSummary row = new TitleReviewSummary();
            row.id = opened.reviewId().value();
            row.title = opened.title();
            row.seriesCode = opened.seriesCode();
            row.disciplineCode = opened.disciplineCode();
            row.level = opened.level();
            row.specialties = opened.specialties().size();
            row.organiser = opened.organiser();
            row.status = TitleReview.Status.OPEN;
            row.openedAt = opened.openedAt();
            row.version = recorded.streamVersion();
            row.persist();
            return;
        }
        TitleReviewSummary review = TitleReviewSummary.findById(((TitleReviewEvent) event).reviewId().value());
        if (review == null) {
            return;
        }
        review.version = recorded.streamVersion();
        if (event instanceof PanelMemberAppointed) {
            review.panelSize++;
        } else if (event instanceof TitleApplicationFiled filed) {
            review.applications++;
            TitleApplicationResult row = new TitleApplicationResult();
            row.applicationId = filed.applicationId().value();
            row.reviewId = review.id;
            row.researcherId = filed.researcherId().value();
            row.institution = filed.institution();
            row.seriesCode = filed.seriesCode();
            row.disciplineCode = filed.disciplineCode();
            row.specialty = filed.specialty();
            row.level = filed.level();
            row.status = TitleApplicationResult.Status.FILED;
            row.filedAt = filed.filedAt();
            row.persist();
        } else if (event instanceof TitleApplicationDecided decided) {
            TitleApplicationResult row = TitleApplicationResult.findById(decided.applicationId().value());
            row.status = decided.decision() == TitleDecision.APPROVED ? TitleApplicationResult.Status.APPROVED : TitleApplicationResult.Status.REJECTED;
            row.route = decided.route();
            row.decidedAt = decided.decidedAt();
        } else if (event instanceof TitleReviewClosed) {
            review.status = TitleReview.Status.CLOSED;
        }
    }
}
