package org.reformplatform.admissions.reviewqueue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.application.ReviewDeadlines;
import org.reformplatform.admissions.application.ReviewTimeHandler;
import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.eventsourcing.deadline.DeadlineHandler;
import org.reformplatform.eventsourcing.deadline.DueDeadline;

/**
 * A reviewer's review is overdue: it passes to another reviewer of the same intake event, the one
 * with the fewest reviews waiting in their queue (then by name, so that the choice is reproducible);
 * the application's rules exclude the overdue reviewer, the panel and the conflicted. With nobody
 * eligible it is escalated to the operators.
 */
@ApplicationScoped
public class ReviewOverdueDue implements DeadlineHandler {

    @Inject
    ReviewTimeHandler reviewTime;

    @Override
    public String name() {
        return ReviewDeadlines.OVERDUE;
    }

    @Override
    public void fire(DueDeadline due) {
        ReviewDeadlines.Duty duty = due.payload(ReviewDeadlines.Duty.class);
        reviewTime.reassignOverdue(new ApplicationId(duty.applicationId()), duty.reviewer(), poolOf(duty));
    }

    /** The intake event's reviewers (from the review-queue read model), least loaded first. */
    static List<String> poolOf(ReviewDeadlines.Duty duty) {
        List<ReviewAssignment> rows = ReviewAssignment.list("intakeEventId", duty.intakeEventId());
        Map<String, Long> waiting = rows.stream().collect(Collectors.groupingBy(r -> r.reviewer,
                Collectors.filtering(r -> r.state == ReviewAssignment.State.AWAITING, Collectors.counting())));
        return waiting.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
                .map(Map.Entry::getKey).toList();
    }
}
