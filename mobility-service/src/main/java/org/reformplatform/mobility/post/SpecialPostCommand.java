package org.reformplatform.mobility.post;

import java.time.Instant;
import java.time.LocalDate;

import org.reformplatform.mobility.arrangement.ArrangementId;
import org.reformplatform.mobility.researcher.ResearcherId;

/** What institutions (and enterprise-talent arrangements) ask of a special post. */
public sealed interface SpecialPostCommand {

    record DefinePost(SpecialPostId id, String institution, PostKind kind, String title, Instant at) implements SpecialPostCommand {
    }

    /** {@code arrangementId} when an enterprise-talent arrangement becomes active on the post. */
    record FillPost(ResearcherId researcherId, String holderName, ArrangementId arrangementId, LocalDate since) implements SpecialPostCommand {
    }

    /** {@code byArrangement} when the holder's arrangement ended; otherwise the institution vacates the post. */
    record VacatePost(LocalDate on, String reason, ArrangementId byArrangement) implements SpecialPostCommand {
    }
}
