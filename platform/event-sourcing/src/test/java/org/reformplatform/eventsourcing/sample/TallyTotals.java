package org.reformplatform.eventsourcing.sample;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.sample.TallyEvent.TallyIncremented;
import org.reformplatform.eventsourcing.sample.TallyEvent.TallyOpened;
import org.reformplatform.eventsourcing.store.RecordedEvent;

/**
 * Sample read model. Its trail shows the order increments were applied in, and each increment also
 * goes into a table of its own, so that both a reordering and a double application show. It refuses
 * increments noted "poison", as a projector with a bug would.
 */
@ApplicationScoped
public class TallyTotals implements Projection {

    @Override
    public String name() {
        return "tally-totals";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(TallyOpened.class, TallyIncremented.class);
    }

    @Override
    public List<String> tables() {
        return List.of("tally_totals", "tally_increments");
    }

    @Override
    public void apply(RecordedEvent<?> event) {
        if (event.event() instanceof TallyOpened opened) {
            TallyTotal row = new TallyTotal();
            row.streamId = event.streamId();
            row.owner = opened.owner();
            row.trail = "";
            row.persist();
        } else if (event.event() instanceof TallyIncremented incremented) {
            if ("poison".equals(incremented.note())) {
                throw new IllegalStateException("this projector cannot take a poison increment");
            }
            TallyTotal row = TallyTotal.findById(event.streamId());
            row.total += incremented.by();
            row.increments++;
            row.trail = row.trail + incremented.by() + ";";
            TallyIncrement increment = new TallyIncrement();
            increment.eventId = event.eventId();
            increment.streamId = event.streamId();
            increment.byAmount = incremented.by();
            increment.persist();
        }
    }
}
