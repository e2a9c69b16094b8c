package org.reformplatform.incubation.venture;

import java.util.Locale;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.store.RecordedEvent;
import org.reformplatform.incubation.venture.VentureEvent.FounderJoined;
import org.reformplatform.incubation.venture.VentureEvent.FounderVerified;
import org.reformplatform.incubation.venture.VentureEvent.FundingRoundClosed;
import org.reformplatform.incubation.venture.VentureEvent.MentorAssigned;
import org.reformplatform.incubation.venture.VentureEvent.VentureApplied;
import org.reformplatform.incubation.venture.VentureEvent.VentureClosed;
import org.reformplatform.incubation.venture.VentureEvent.VentureMilestoneReached;
import org.reformplatform.incubation.venture.VentureEvent.VentureStageChanged;

/** A venture's timeline: every event of its stream as a dated line, in stream order. */
@ApplicationScoped
public class VentureTimelineView implements Projection {

    @Override
    public String name() {
        return "venture-timeline";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(VentureApplied.class, VentureStageChanged.class, VentureClosed.class, FounderJoined.class, FounderVerified.class,
                MentorAssigned.class, VentureMilestoneReached.class, FundingRoundClosed.class);
    }

    @Override
    public List<String> tables() {
        return List.of("venture_timeline");
    }

    @Override
    public void apply(RecordedEvent<?> recorded) {
        if (TimelineEntry.findById(recorded.eventId()) != null) {
            return;
        }
        VentureEvent event = (VentureEvent) recorded.event();
        TimelineEntry entry = new TimelineEntry();
        entry.eventId = recorded.eventId();
        entry.ventureId = event.ventureId().value();
        entry.streamVersion = recorded.streamVersion();
        entry.kind = event.getClass().getSimpleName();
        entry.recordedAt = recorded.occurredAt();
        describe(event, entry);
        entry.persist();
    }

    private static void describe(VentureEvent event, TimelineEntry entry) {
        if (event instanceof VentureApplied e) {
            entry.occurredOn = e.appliedOn();
            entry.summary = "Applied to " + e.centre() + " as a " + e.origin().name().toLowerCase(Locale.ROOT) + " start-up";
        } else if (event instanceof VentureStageChanged e) {
            entry.occurredOn = e.changedOn();
            entry.summary = "Moved from " + lower(e.from()) + " to " + lower(e.to());
        } else if (event instanceof VentureClosed e) {
            entry.occurredOn = e.closedOn();
            entry.summary = "Closed: " + e.reason();
        } else if (event instanceof FounderJoined e) {
            entry.summary = lower(e.founderKind()) + " founder " + e.name() + " joined";
        } else if (event instanceof FounderVerified e) {
            entry.occurredOn = java.time.LocalDate.ofInstant(e.verifiedAt(), java.time.ZoneOffset.UTC);
            entry.summary = lower(e.founderKind()) + " founder verified by " + e.evidence();
        } else if (event instanceof MentorAssigned e) {
            entry.occurredOn = e.assignedOn();
            entry.summary = "Mentor " + e.name() + (e.organisation() == null ? "" : " (" + e.organisation() + ")") + " assigned";
        } else if (event instanceof VentureMilestoneReached e) {
            entry.occurredOn = e.reachedOn();
            entry.summary = "Reached " + e.milestone();
        } else if (event instanceof FundingRoundClosed e) {
            entry.occurredOn = e.closedOn();
            entry.amount = e.amount().amount();
            entry.currency = e.amount().currency();
            entry.summary = e.roundName() + " closed: " + e.amount() + " from "
                    + e.investors().stream().map(Investor::name).collect(Collectors.joining(", "));
        }
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
