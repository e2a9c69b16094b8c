package org.reformplatform.mobility.integration;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reformplatform.eventsourcing.command.CommandMetadata;
import org.reformplatform.eventsourcing.config.PlatformSettings;
import org.reformplatform.eventsourcing.projection.Contract;
import org.reformplatform.eventsourcing.projection.ForeignEvent;
import org.reformplatform.eventsourcing.projection.ForeignEventHandler;
import org.reformplatform.eventsourcing.projection.ParkedEvents;
import org.reformplatform.eventsourcing.store.EventMetadata;
import org.reformplatform.mobility.arrangement.ArrangementForm;
import org.reformplatform.mobility.arrangement.ArrangementId;
import org.reformplatform.mobility.arrangement.RecordFundingRoundHandler;
import org.reformplatform.mobility.arrangement.RecordStartupMilestoneHandler;
import org.reformplatform.mobility.arrangement.RecordVentureClosureHandler;
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

    /** The records each event type read is decoded into, by the event type they are the contract of. */
    static final Map<String, Class<? extends Record>> CONTRACTS = Stream.of(FounderJoined.class, VentureMilestoneReached.class,
            FundingRoundClosed.class, VentureClosed.class, ArrangementActivated.class, ArrangementEnded.class)
            .collect(Collectors.toUnmodifiableMap(contract -> contract.getAnnotation(Contract.class).event(), Function.identity()));

    @ConfigProperty(name = "mobility.incubation-topic", defaultValue = "incubation.events")
    String incubationTopic;

    @Inject
    PlatformSettings settings;

    @Inject
    ParkedEvents parked;

    @Inject
    RecordStartupMilestoneHandler milestones;

    @Inject
    RecordFundingRoundHandler fundingRounds;

    @Inject
    RecordVentureClosureHandler closures;

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
        return CONTRACTS.keySet();
    }

    @Override
    public void handle(ForeignEvent event) {
        Record data = event.as(CONTRACTS.get(event.typeWithoutVersion()));
        if (data instanceof FounderJoined joined) {
            founderJoined(joined);
        } else if (data instanceof ArrangementActivated activated) {
            arrangementActivated(activated);
        } else if (data instanceof ArrangementEnded ended) {
            arrangementEnded(ended);
        } else {
            ventureFact((VentureFact) data, event);
        }
    }

    private void founderJoined(FounderJoined joined) {
        if (!joined.isResearcher()) {
            return; // students and external founders have no mobility arrangement
        }
        VentureFounder link = VentureFounder.of(joined.ventureId(), joined.researcherId());
        if (VentureFounder.findById(link.id) == null) {
            link.persist();
        }
        release("venture:" + joined.ventureId());
    }

    private void arrangementActivated(ArrangementActivated activated) {
        if (activated.form() != ArrangementForm.LEAVE_TO_FOUND) {
            return;
        }
        LeaveToFoundLink link = LeaveToFoundLink.findById(activated.researcherId());
        if (link == null) {
            link = new LeaveToFoundLink();
            link.researcherId = activated.researcherId();
            link.arrangementId = activated.arrangementId();
            link.persist();
        } else {
            link.arrangementId = activated.arrangementId();
            link.endedOn = null;
        }
        release("researcher:" + activated.researcherId());
    }

    private void arrangementEnded(ArrangementEnded ended) {
        if (ended.form() != ArrangementForm.LEAVE_TO_FOUND) {
            return;
        }
        LeaveToFoundLink link = LeaveToFoundLink.findById(ended.researcherId());
        if (link != null && link.arrangementId.equals(ended.arrangementId())) {
            link.endedOn = ended.endedOn();
        }
    }

    /** A milestone, round or closure: recorded for every researcher founder whose arrangement it belongs to; parked for the rest. */
    private void ventureFact(VentureFact fact, ForeignEvent event) {
        List<VentureFounder> founders = VentureFounder.list("ventureId", fact.ventureId());
        if (founders.isEmpty()) {
            parked.park(name(), "venture:" + fact.ventureId(), event);
            return;
        }
        for (VentureFounder founder : founders) {
            LeaveToFoundLink link = LeaveToFoundLink.findById(founder.researcherId);
            if (link != null && link.covers(fact.day())) {
                record(fact, new ArrangementId(link.arrangementId), event);
            } else {
                parked.park(name(), "researcher:" + founder.researcherId, event);
            }
        }
    }

    /** Through the same handlers as every other caller, with events that point at the incubation event that caused them. */
    private void record(VentureFact fact, ArrangementId arrangement, ForeignEvent cause) {
        UUID source = cause.envelope().id();
        EventMetadata causedBy = EventMetadata.causedBy(source, cause.envelope().correlationId(), cause.envelope().source());
        try {
            metadata.runAs(causedBy, () -> {
                if (fact instanceof VentureMilestoneReached reached) {
                    return milestones.handle(arrangement, reached.milestone(), reached.reachedOn(), reached.ventureId(),
                            StartupFact.Source.INCUBATION, source, OptionalInt.empty());
                }
                if (fact instanceof FundingRoundClosed round) {
                    return fundingRounds.handle(arrangement, round.ventureId(), round.roundName(), round.amount(), round.investorNames(),
                            round.closedOn(), source);
                }
                VentureClosed closed = (VentureClosed) fact;
                return closures.handle(arrangement, closed.ventureId(), closed.reason(), closed.closedOn(), source);
            });
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
}
