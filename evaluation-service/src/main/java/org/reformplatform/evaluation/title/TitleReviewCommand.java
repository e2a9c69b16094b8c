package org.reformplatform.evaluation.title;

import java.time.Instant;
import java.util.List;

import org.reformplatform.evaluation.researcher.Researcher.Evidence;
import org.reformplatform.evaluation.researcher.ResearcherId;

/** What the title authority, institutions and panel members ask of a title review. */
public sealed interface TitleReviewCommand {

    record OpenTitleReview(TitleReviewId id, String title, String seriesCode, String seriesName, String disciplineCode, String disciplineName,
            TitleLevel level, List<Specialty> specialties, EligibilityPolicy policy, String organiser, Instant at) implements TitleReviewCommand {
    }

    record AppointPanelMember(String member, String name, Instant at) implements TitleReviewCommand {
    }

    record FileTitleApplication(TitleApplicationId applicationId, ResearcherId researcherId, String institution, String specialty,
            HeldTitle heldTitle, int achievements, Instant at) implements TitleReviewCommand {
    }

    record CastVote(TitleApplicationId applicationId, String member, boolean approve, Instant at) implements TitleReviewCommand {
    }

    /** Decides an application on the researcher's evidence as it stands now, and the panel's votes. */
    record DecideTitleApplication(TitleApplicationId applicationId, Evidence evidence, Instant at) implements TitleReviewCommand {
    }

    record CloseTitleReview(Instant at) implements TitleReviewCommand {
    }
}
