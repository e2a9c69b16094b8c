package org.reformplatform.mobility.integration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reformplatform.eventsourcing.command.CommandMetadata;
import org.reformplatform.eventsourcing.config.PlatformSettings;
import org.reformplatform.eventsourcing.domain.Money;
import org.reformplatform.eventsourcing.projection.ForeignEvent;
import org.reformplatform.eventsourcing.projection.ForeignEventHandler;
import org.reformplatform.eventsourcing.projection.ParkedEvents;
import org.reformplatform.eventsourcing.store.EventMetadata;
import org.reformplatform.mobility.arrangement.ArrangementCommand;
import org.reformplatform.mobility.arrangement.ArrangementCommand.RecordFundingRound;
import org.reformplatform.mobility.arrangement.ArrangementCommand.RecordStartupMilestone;
import org.reformplatform.mobility.arrangement.ArrangementCommand.RecordVentureClosure;
import org.reformplatform.mobility.arrangement.ArrangementForm;
import org.reformplatform.mobility.arrangement.ArrangementId;
import org.reformplatform.mobility.arrangement.Arrangements;
import org.reformplatform.mobility.arrangement.StartupFact;

/**
 * Key start-up facts from incubation-service, recorded on the founder's leave-to-found
 * arrangement: a venture's milestones, funding rounds and closure, for each researcher who joined it
 * as a founder.
 *
 * <p>Two facts are needed before a venture's event can be recorded: who founded the venture
 * (incubation's FounderJoined) and which leave-to-found arrangement the researcher is on (this
 * service's own ArrangementActivated, read back from {@code mobility.events}). Either may come
 * later than the venture's event. The event then waits, parked under the missing fact
 * ({@code venture:<id>} or {@code researcher:<id>}), and is handled again in the transaction that
 * records that fact. Because all of this runs in one consumer loop, a fact and the events waiting
 * for it can never pass each other. Recording is idempotent on the incubation event id.
 */
@ApplicationScoped
public class VentureEvents implements ForeignEventHandler {

    static final String FOUNDER_JOINED = "incubation.FounderJoined";
    static final String MILESTONE_REACHED = "incubation.VentureMilestoneReached";
    static final String ROUND_CLOSED = "incubation.FundingRoundClosed";
    static final String VENTURE_CLOSED = "incubation.VentureClosed";
    static final String ARRANGEMENT_ACTIVATED = "mobility.ArrangementActivated";
    static final String ARRANGEMENT_ENDED = "mobility.ArrangementEnded";

    @ConfigProperty(name = "mobility.incubation-topic", defaultValue = "incubation.events")
    String incubationTopic;

    @Inject
    PlatformSettings settings;

    @Inject
    ParkedEvents parked;

    @Inject
    Arrangements arrangements;

    @Inject
    CommandMetadata metadata;

    @Override
    public String name() {
        return "venture-events";
    }

    @Override
    public List<String> topics() {
        return List.of(incubationTopic, settings.eventsTopic());
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(FOUNDER_JOINED, MILESTONE_REACHED, ROUND_CLOSED, VENTURE_CLOSED, ARRANGEMENT_ACTIVATED, ARRANGEMENT_ENDED);
    }

    @Override
    public void handle(ForeignEvent event) {
        String type = event.typeWithoutVersion();
        if (type.equals(FOUNDER_JOINED)) {
            founderJoined(event);
        } else if (type.equals(ARRANGEMENT_ACTIVATED)) {
            arrangementActivated(event);
        } else if (type.equals(ARRANGEMENT_ENDED)) {
            arrangementEnded(event);
        } else {
            ventureFact(event);
        }
    }

    private void founderJoined(ForeignEvent event) {
        if (!"RESEARCHER".equals(event.text("founderKind")) || event.text("researcherId") == null) {
            return; // students and external founders have no mobility arrangement
        }
        UUID ventureId = uuid(event, "ventureId");
        VentureFounder link = VentureFounder.of(ventureId, uuid(event, "researcherId"));
        if (VentureFounder.findById(link.id) == null) {
            link.persist();
        }
        release("venture:" + ventureId);
    }

    private void arrangementActivated(ForeignEvent event) {
        if (!ArrangementForm.LEAVE_TO_FOUND.name().equals(event.text("form"))) {
            return;
        }
        UUID researcherId = uuid(event, "researcherId");
        UUID arrangementId = uuid(event, "arrangementId");
        LeaveToFoundLink link = LeaveToFoundLink.findById(researcherId);
        if (link == null) {
            link = new LeaveToFoundLink();
            link.researcherId = researcherId;
            link.arrangementId = arrangementId;
            link.persist();
        } else {
            link.arrangementId = arrangementId;
            link.endedOn = null;
        }
        release("researcher:" + researcherId);
    }

    private void arrangementEnded(ForeignEvent event) {
        if (!ArrangementForm.LEAVE_TO_FOUND.name().equals(event.text("form"))) {
            return;
        }
        LeaveToFoundLink link = LeaveToFoundLink.findById(uuid(event, "researcherId"));
        if (link != null && link.arrangementId.equals(uuid(event, "arrangementId"))) {
            link.endedOn = LocalDate.parse(event.text("endedOn"));
        }
    }

    /** A milestone, round or closure: recorded for every researcher founder whose arrangement it belongs to; parked for the rest. */
    private void ventureFact(ForeignEvent event) {
        UUID ventureId = uuid(event, "ventureId");
        List<VentureFounder> founders = VentureFounder.list("ventureId", ventureId);
        if (founders.isEmpty()) {
            parked.park(name(), "venture:" + ventureId, event);
            return;
        }
        ArrangementCommand command = command(event, ventureId);
        LocalDate factDate = factDate(event);
        for (VentureFounder founder : founders) {
            LeaveToFoundLink link = LeaveToFoundLink.findById(founder.researcherId);
            if (link != null && link.covers(factDate)) {
                record(new ArrangementId(link.arrangementId), command, event);
            } else {
                parked.park(name(), "researcher:" + founder.researcherId, event);
            }
        }
    }

    private ArrangementCommand command(ForeignEvent event, UUID ventureId) {
        UUID sourceEventId = event.envelope().id();
        String type = event.typeWithoutVersion();
        if (type.equals(MILESTONE_REACHED)) {
            LocalDate reachedOn = date(event, "reachedOn");
            return new RecordStartupMilestone(required(event, "milestone"), reachedOn, ventureId, StartupFact.Source.INCUBATION,
                    sourceEventId, reachedOn);
        }
        if (type.equals(ROUND_CLOSED)) {
            JsonNode amount = event.data().path("amount");
            List<String> investors = new ArrayList<>();
            for (JsonNode investor : event.data().path("investors")) {
                investors.add(investor.isTextual() ? investor.asText() : investor.path("name").asText(investor.toString()));
            }
            return new RecordFundingRound(ventureId, required(event, "roundName"),
                    Money.of(amount.path("amount").asText(), amount.path("currency").asText()), investors, date(event, "closedOn"), sourceEventId);
        }
        return new RecordVentureClosure(ventureId, event.text("reason"), date(event, "closedOn"), sourceEventId);
    }

    private static LocalDate factDate(ForeignEvent event) {
        return date(event, event.typeWithoutVersion().equals(MILESTONE_REACHED) ? "reachedOn" : "closedOn");
    }

    private void record(ArrangementId arrangementId, ArrangementCommand command, ForeignEvent cause) {
        EventMetadata causedBy = EventMetadata.causedBy(cause.envelope().id(), cause.envelope().correlationId(), cause.envelope().source());
        try {
            metadata.runAs(causedBy, () -> arrangements.handle(arrangementId, command));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void release(String key) {
        for (ForeignEvent waiting : parked.release(name(), key)) {
            handle(waiting);
        }
    }

    private static UUID uuid(ForeignEvent event, String field) {
        return UUID.fromString(required(event, field));
    }

    private static LocalDate date(ForeignEvent event, String field) {
        return LocalDate.parse(required(event, field));
    }

    private static String required(ForeignEvent event, String field) {
        String value = event.text(field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(event.envelope().type() + " " + event.envelope().id() + " has no " + field);
        }
        return value;
    }
}
