package org.reformplatform.evaluation.outcome;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.evaluation.cycle.Appeal;
import org.reformplatform.evaluation.cycle.CycleEvent.AppealDecided;
import org.reformplatform.evaluation.cycle.CycleEvent.OutcomeDetermined;
import org.reformplatform.evaluation.pledge.PledgeEvent.PledgeFailed;
import org.reformplatform.evaluation.pledge.PledgeEvent.PledgeFulfilled;
import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.evaluation.scheme.OutcomeUse;
import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.store.RecordedEvent;

/** Outcomes by institution, track and use: of cycles, and of pledges (军令状) fulfilled or failed. */
@ApplicationScoped
public class OutcomesView implements Projection {

    @Override
    public String name() {
        return "outcomes";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(OutcomeDetermined.class, AppealDecided.class, PledgeFulfilled.class, PledgeFailed.class);
    }

    @Override
    public List<String> tables() {
        return List.of("outcomes");
    }

    @Override
    public void apply(RecordedEvent<?> recorded) {
        Object event = recorded.event();
        if (event instanceof OutcomeDetermined o) {
            ResearcherOutcome row = row(recorded.eventId(), o.researcherId());
            row.source = ResearcherOutcome.Source.CYCLE;
            row.referenceId = o.cycleId().value();
            row.dossierId = o.dossierId().value();
            row.institution = o.institution();
            row.track = o.track();
            row.outcomeUse = o.use();
            row.result = o.result().name();
            row.useGranted = o.useGranted();
            row.total = o.total();
            row.determinedAt = o.determinedAt();
            row.persist();
        } else if (event instanceof AppealDecided d && d.decision() == Appeal.AppealDecision.REVISED) {
            // A revised appeal replaces the dossier's outcome.
            ResearcherOutcome row = ResearcherOutcome.find("source = ?1 and dossierId = ?2", ResearcherOutcome.Source.CYCLE, d.dossierId().value())
                    .firstResult();
            if (row != null) {
                row.result = d.result().name();
                row.useGranted = d.useGranted();
                row.total = d.total();
            }
        } else if (event instanceof PledgeFulfilled f) {
            pledge(recorded.eventId(), f.pledgeId().value(), f.institution(), f.leaderId(), f.team(), f.challengeCode(), f.use(), "FULFILLED",
                    true, f.recordedAt());
        } else if (event instanceof PledgeFailed f) {
            pledge(recorded.eventId(), f.pledgeId().value(), f.institution(), f.leaderId(), f.team(), f.challengeCode(), null, "FAILED", false,
                    f.recordedAt());
        }
    }

    private static void pledge(UUID eventId, UUID pledgeId, String institution, ResearcherId leader, List<ResearcherId> team, String challenge,
            OutcomeUse use, String result, boolean granted, Instant at) {
        List<ResearcherId> everyone = new ArrayList<>();
        everyone.add(leader);
        everyone.addAll(team);
        for (ResearcherId researcher : everyone) {
            ResearcherOutcome row = row(eventId, researcher);
            row.source = ResearcherOutcome.Source.PLEDGE;
            row.referenceId = pledgeId;
            row.institution = institution;
            row.track = challenge == null ? "pledge" : "challenge:" + challenge;
            row.outcomeUse = use;
            row.result = result;
            row.useGranted = granted;
            row.determinedAt = at;
            row.persist();
        }
    }

    /** One row per event and researcher, with an id derived from both so that the same pair never yields two. */
    private static ResearcherOutcome row(UUID eventId, ResearcherId researcher) {
        ResearcherOutcome row = new ResearcherOutcome();
        row.id = UUID.nameUUIDFromBytes((eventId + "/" + researcher.value()).getBytes(StandardCharsets.UTF_8));
        row.researcherId = researcher.value();
        return row;
    }
}
