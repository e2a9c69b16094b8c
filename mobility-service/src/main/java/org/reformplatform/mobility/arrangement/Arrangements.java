package org.reformplatform.mobility.arrangement;

import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.store.RecordedEvent;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementActivated;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementEnded;
import org.reformplatform.mobility.post.SpecialPost;
import org.reformplatform.mobility.post.SpecialPostCommand.FillPost;
import org.reformplatform.mobility.post.SpecialPostCommand.VacatePost;

/**
 * Runs commands on arrangements together with what they entail elsewhere, in the same
 * transaction: enterprise talent takes its special post when the arrangement becomes active, and
 * leaves it when the arrangement ends. If the post cannot be taken (filled meanwhile), the
 * signature that would have activated the arrangement is refused as a whole.
 */
@ApplicationScoped
public class Arrangements {

    @Inject
    Aggregates aggregates;

    public Loaded<Arrangement> load(ArrangementId id) {
        return aggregates.load(Arrangement.TYPE, id);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Decision<Arrangement> handle(ArrangementId id, ArrangementCommand command, OptionalInt expectedVersion) {
        Decision<Arrangement> decision = aggregates.handle(Arrangement.TYPE, id, command, expectedVersion);
        Arrangement arrangement = decision.state();
        if (arrangement.form() != ArrangementForm.ENTERPRISE_TALENT || arrangement.postId() == null) {
            return decision;
        }
        for (RecordedEvent<Object> recorded : decision.recorded()) {
            if (recorded.event() instanceof ArrangementActivated activated) {
                aggregates.handle(SpecialPost.TYPE, arrangement.postId(), new FillPost(arrangement.researcherId(),
                        arrangement.researcherName(), arrangement.id(), activated.startsOn()));
            } else if (recorded.event() instanceof ArrangementEnded ended) {
                aggregates.handle(SpecialPost.TYPE, arrangement.postId(), new VacatePost(ended.endedOn(),
                        "arrangement ended: " + ended.ending(), arrangement.id()));
            }
        }
        return decision;
    }

    /** An application under an id just drawn at random: nothing to read first (the kernel refuses a clash). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Decision<Arrangement> apply(ArrangementId id, ArrangementCommand.ApplyForArrangement application) {
        return aggregates.create(Arrangement.TYPE, id, application);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Decision<Arrangement> handle(ArrangementId id, ArrangementCommand command) {
        return handle(id, command, OptionalInt.empty());
    }
}
