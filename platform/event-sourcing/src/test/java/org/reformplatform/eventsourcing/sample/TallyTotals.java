package org.reformplatform.eventsourcing.sample;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.sample.TallyEvent.TallyIncremented;
import org.reformplatform.eventsourcing.sample.TallyEvent.TallyOpened;
import org.reformplatform.eventsourcing.store.RecordedEvent;

/** Sample read model; it refuses increments noted "poison", as a projector with a bug would. */
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
    public void apply(RecordedEvent<?> event) {
        if (event.event() instanceof TallyOpened) {
            TallyTotal row = new TallyTotal();
            row.streamId = event.streamId();
            row.persist();
        } else if (event.event() instanceof TallyIncremented incremented) {
            if ("poison".equals(incremented.note())) {
                throw new IllegalStateException("this projector cannot take a poison increment");
            }
            TallyTotal row = TallyTotal.findById(event.streamId());
            row.total += incremented.by();
            row.increments++;
        }
    }

    @Override
    public void reset() {
        TallyTotal.deleteAll();
    }
}
