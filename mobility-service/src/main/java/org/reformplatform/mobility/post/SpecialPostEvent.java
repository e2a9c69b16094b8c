package org.reformplatform.mobility.post;

import java.time.Instant;
import java.time.LocalDate;

import org.reformplatform.mobility.arrangement.ArrangementId;
import org.reformplatform.mobility.researcher.ResearcherId;
import org.reformplatform.eventsourcing.domain.DataSubject;
import org.reformplatform.eventsourcing.domain.PersonalData;

/** What happens to a special post. Published on {@code mobility.events}. */
public sealed interface SpecialPostEvent {

    SpecialPostId postId();

    record PostDefined(SpecialPostId postId, String institution, PostKind kind, String title, Instant definedAt) implements SpecialPostEvent {
    }

    record PostFilled(SpecialPostId postId, String institution, PostKind kind, @DataSubject ResearcherId researcherId, @PersonalData String holderName,
            ArrangementId arrangementId, LocalDate filledOn) implements SpecialPostEvent {
    }

    record PostVacated(SpecialPostId postId, String institution, PostKind kind, ResearcherId researcherId, ArrangementId arrangementId,
            LocalDate vacatedOn, String reason) implements SpecialPostEvent {
    }
}
