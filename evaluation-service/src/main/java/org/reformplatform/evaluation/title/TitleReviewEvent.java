package org.reformplatform.evaluation.title;

import java.time.Instant;
import java.util.List;

import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.eventsourcing.domain.NotPersonalData;

/** What happens in a professional-title review (职称评审). Published on {@code evaluation.events}. */
public sealed interface TitleReviewEvent {

    TitleReviewId reviewId();

    record TitleReviewOpened(TitleReviewId reviewId, String title, String seriesCode, @NotPersonalData("the name of a title series") String seriesName, String disciplineCode,
            @NotPersonalData("the name of a discipline") String disciplineName, TitleLevel level, List<Specialty> specialties, EligibilityPolicy policy, String organiser, Instant openedAt)
            implements TitleReviewEvent {
    }

    record PanelMemberAppointed(TitleReviewId reviewId, String member, @NotPersonalData(NotPersonalData.ACTING_IN_ROLE) String name, Instant appointedAt) implements TitleReviewEvent {
    }

    record TitleApplicationFiled(TitleReviewId reviewId, TitleApplicationId applicationId, ResearcherId researcherId, String institution,
            String seriesCode, String disciplineCode, String specialty, TitleLevel level, HeldTitle heldTitle, int achievements, Instant filedAt)
            implements TitleReviewEvent {
    }

    record PanelVoteCast(TitleReviewId reviewId, TitleApplicationId applicationId, String member, boolean approve, Instant castAt)
            implements TitleReviewEvent {
    }

    /**
     * The decision, with the route that made the applicant eligible (NONE if none), the reasons for a
     * rejection, the panel's approvals out of its size, and the evidence the decision rests on.
     */
    record TitleApplicationDecided(TitleReviewId reviewId, TitleApplicationId applicationId, ResearcherId researcherId, String institution,
            String seriesCode, String disciplineCode, String specialty, TitleLevel level, TitleDecision decision, EligibilityRoute route,
            List<String> reasons, int approvals, int panelSize, int achievementsCounted, List<String> evidence, Instant decidedAt)
            implements TitleReviewEvent {
    }

    record TitleReviewClosed(TitleReviewId reviewId, int applications, Instant closedAt) implements TitleReviewEvent {
    }
}
