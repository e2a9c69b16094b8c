package org.reformplatform.evaluation.pledge;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.evaluation.pledge.PledgeEvent.PledgeFailed;
import org.reformplatform.evaluation.pledge.PledgeEvent.PledgeFulfilled;
import org.reformplatform.evaluation.pledge.PledgeEvent.PledgeSigned;
import org.reformplatform.evaluation.pledge.PledgeEvent.PledgeTargetMet;
import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.store.RecordedEvent;

/** Pledge agreements with their status and targets met. */
@ApplicationScoped
public class PledgesView implements Projection {

    @Override
    public String name() {
        return "pledges";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(PledgeSigned.class, PledgeTargetMet.class, PledgeFulfilled.class, PledgeFailed.class);
    }

    @Override
    public List<String> tables() {
        return List.of("pledge_listings");
    }

    @Override
    public void apply(RecordedEvent<?> recorded) {
        if (recorded.event() instanceof PledgeSigned signed) {
            PledgeSummary row = new PledgeSummary();
            row.id = signed.pledgeId().value();
            row.institution = signed.institution();
            row.leaderId = signed.leaderId().value();
            row.title = signed.title();
            row.challengeCode = signed.challengeCode();
            row.deadline = signed.deadline();
            row.status = Pledge.Status.SIGNED;
            row.targets = signed.targets().size();
            row.signedAt = signed.signedAt();
            row.version = recorded.streamVersion();
            row.persist();
            return;
        }
        PledgeSummary row = PledgeSummary.findById(((PledgeEvent) recorded.event()).pledgeId().value());
        if (row == null) {
            return;
        }
        row.version = recorded.streamVersion();
        Object event = recorded.event();
        if (event instanceof PledgeTargetMet) {
            row.targetsMet++;
        } else if (event instanceof PledgeFulfilled) {
            row.status = Pledge.Status.FULFILLED;
        } else if (event instanceof PledgeFailed) {
            row.status = Pledge.Status.FAILED;
        }
    }
}
