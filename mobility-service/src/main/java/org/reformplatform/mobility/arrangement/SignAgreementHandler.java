package org.reformplatform.mobility.arrangement;

import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.store.RecordedEvent;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.mobility.arrangement.ArrangementCommand.SignAgreement;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementActivated;
import org.reformplatform.mobility.post.FillPostHandler;
import org.reformplatform.mobility.post.SpecialPostId;
import org.reformplatform.mobility.researcher.ResearcherId;

/**
 * A party signs the agreement version it read; the last required signature activates the
 * arrangement. Enterprise talent then takes its post in the same transaction: if the post cannot be
 * taken (filled meanwhile), the signature is refused as a whole. An agreement not complete by the
 * end of its signing period lapses.
 */
@ApplicationScoped
public class SignAgreementHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    FillPostHandler fillPost;

    @Inject
    RegionalCalendar calendar;

    @Inject
    ArrangementDeadlines deadlines;

    public Decision<Arrangement> handle(ArrangementId id, Actor actor, Party party, int agreementVersion, String signatory,
            ResearcherId declaredResearcher, OptionalInt expectedVersion) {
        Decision<Arrangement> decision = aggregates.handle(Arrangement.TYPE, id,
                new SignAgreement(actor, party, agreementVersion, signatory, declaredResearcher, calendar.now()), expectedVersion);
        Arrangement arrangement = decision.state();
        for (RecordedEvent<Object> recorded : decision.recorded()) {
            // Only enterprise talent names a post.
            if (recorded.event() instanceof ArrangementActivated activated && arrangement.postId() != null) {
                fillPost.handle(new SpecialPostId(arrangement.postId()), arrangement.researcherId(), arrangement.researcherName(), id,
                        activated.startsOn(), OptionalInt.empty());
            }
        }
        return deadlines.follow(decision);
    }

    /** The signing period is over ({@link ArrangementDeadlines#SIGNING_LAPSE}): an agreement still incomplete lapses. */
    public Decision<Arrangement> lapse(ArrangementId id) {
        return deadlines.follow(aggregates.handle(Arrangement.TYPE, id, DeadlinePlan.command(DeadlinePlan.SIGNING_LAPSE, calendar.today(), calendar.now(), calendar.workingDays()),
                OptionalInt.empty()));
    }
}
