package org.reformplatform.evaluation.history;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.evaluation.cycle.CycleEvent.DossierSubmitted;
import org.reformplatform.evaluation.cycle.CycleEvent.OutcomeDetermined;
import org.reformplatform.evaluation.pledge.PledgeEvent.PledgeFailed;
import org.reformplatform.evaluation.pledge.PledgeEvent.PledgeFulfilled;
import org.reformplatform.evaluation.pledge.PledgeEvent.PledgeSigned;
import org.reformplatform.evaluation.researcher.HistoryEntry;
import org.reformplatform.evaluation.researcher.MobilityRecord;
import org.reformplatform.evaluation.researcher.ResearcherEvent.MobilityResultsRecorded;
import org.reformplatform.evaluation.researcher.ResearcherEvent.TitleEquivalenceRecorded;
import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.evaluation.researcher.TitleEquivalence;
import org.reformplatform.evaluation.title.TitleReviewEvent.TitleApplicationDecided;
import org.reformplatform.evaluation.title.TitleReviewEvent.TitleApplicationFiled;
import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.store.RecordedEvent;

/**
 * A researcher's evaluation history with the evidence other services sent: everything that names them, in order.
 *
 * <p>It reads the events of cycles, pledges and title reviews as well as the researcher's own, so it
 * lives above all of them: each of those features names researchers, and the researcher's feature
 * knows none of them. The rows it keeps ({@code researcher.HistoryEntry}) are served by
 * {@code ResearcherResource}.
 */
@ApplicationScoped
public class ResearcherHistoryView implements Projection {

    @Override
    public String name() {
        return "researcher-history";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(TitleEquivalenceRecorded.class, MobilityResultsRecorded.class, DossierSubmitted.class, OutcomeDetermined.class,
                PledgeSigned.class, PledgeFulfilled.class, PledgeFailed.class, TitleApplicationFiled.class, TitleApplicationDecided.class);
    }

    @Override
    public List<String> tables() {
        return List.of("researcher_history");
    }

    @Override
    public void apply(RecordedEvent<?> recorded) {
        Object event = recorded.event();
        if (event instanceof TitleEquivalenceRecorded e) {
            TitleEquivalence q = e.equivalence();
            add(recorded, e.researcherId(), "title-equivalence", null, q.applicationId(), "Foreign qualification " + q.qualificationName() + " ("
                    + q.country() + ") recognised on " + q.recognisedOn() + " as " + q.titleSeries() + " " + q.titleLevel() + ", list "
                    + q.listVersion());
        } else if (event instanceof MobilityResultsRecorded e) {
            MobilityRecord m = e.mobility();
            add(recorded, e.researcherId(), "mobility-results", null, m.arrangementId(), m.form() + " from " + m.institution() + " to "
                    + m.enterprise() + " (" + m.from() + " to " + m.to() + "): " + m.outcome() + (m.results().isEmpty() ? "" : "; " + String.join("; ", m.results())));
        } else if (event instanceof DossierSubmitted e) {
            add(recorded, e.researcherId(), "dossier-submitted", e.institution(), e.cycleId().value(),
                    "Dossier under track " + e.track() + " for " + e.use() + ", " + e.evidence().size() + " piece(s) of evidence");
        } else if (event instanceof OutcomeDetermined e) {
            add(recorded, e.researcherId(), "outcome", e.institution(), e.cycleId().value(), "Track " + e.track() + ": total " + e.total().toPlainString()
                    + ", " + e.result() + (e.rank() == null ? "" : " (rank " + e.rank() + ")") + "; " + e.use() + (e.useGranted() ? " granted" : " not granted"));
        } else if (event instanceof PledgeSigned e) {
            for (ResearcherId who : everyone(e.leaderId(), e.team())) {
                add(recorded, who, "pledge-signed", e.institution(), e.pledgeId().value(), (who.equals(e.leaderId()) ? "Leads" : "Member of")
                        + " pledge \"" + e.title() + "\": " + e.targets().size() + " target(s) by " + e.deadline());
            }
        } else if (event instanceof PledgeFulfilled e) {
            for (ResearcherId who : everyone(e.leaderId(), e.team())) {
                add(recorded, who, "pledge-fulfilled", e.institution(), e.pledgeId().value(), "Pledge fulfilled on " + e.fulfilledOn()
                        + (e.use() == null ? "" : ", credited to " + e.use()));
            }
        } else if (event instanceof PledgeFailed e) {
            for (ResearcherId who : everyone(e.leaderId(), e.team())) {
                add(recorded, who, "pledge-failed", e.institution(), e.pledgeId().value(), "Pledge failed, targets unmet " + e.unmetTargets()
                        + "; consequences: " + e.consequences());
            }
        } else if (event instanceof TitleApplicationFiled e) {
            add(recorded, e.researcherId(), "title-application", e.institution(), e.reviewId().value(), "Applied for " + e.level() + " "
                    + e.seriesCode() + "/" + e.disciplineCode() + ", specialty " + e.specialty());
        } else if (event instanceof TitleApplicationDecided e) {
            add(recorded, e.researcherId(), "title-decision", e.institution(), e.reviewId().value(), e.decision() + ": " + e.level() + " "
                    + e.seriesCode() + "/" + e.disciplineCode() + ", specialty " + e.specialty() + ", route " + e.route()
                    + (e.reasons().isEmpty() ? "" : ", reasons " + e.reasons()) + ", " + e.approvals() + "/" + e.panelSize() + " approvals");
        }
    }

    private static List<ResearcherId> everyone(ResearcherId leader, List<ResearcherId> team) {
        List<ResearcherId> all = new ArrayList<>();
        all.add(leader);
        all.addAll(team);
        return all;
    }

    private static void add(RecordedEvent<?> recorded, ResearcherId researcher, String kind, String institution, UUID reference, String summary) {
        HistoryEntry entry = new HistoryEntry();
        entry.id = UUID.nameUUIDFromBytes((recorded.eventId() + "/" + researcher.value()).getBytes(StandardCharsets.UTF_8));
        entry.researcherId = researcher.value();
        entry.eventPosition = recorded.position();
        entry.occurredAt = recorded.occurredAt() == null ? Instant.now() : recorded.occurredAt();
        entry.kind = kind;
        entry.institution = institution;
        entry.referenceId = reference;
        entry.summary = summary;
        entry.persist();
    }
}
