package org.reformplatform.eventsourcing.sample;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.projection.Contract;
import org.reformplatform.eventsourcing.projection.ForeignEvent;
import org.reformplatform.eventsourcing.projection.ForeignEventHandler;
import org.reformplatform.eventsourcing.projection.ParkedEvents;

/**
 * Sample handler of another service's events: a "ThingHappened" may name a thing it follows; if
 * that thing is not known yet, the event waits (parked) until it is.
 */
@ApplicationScoped
public class ForeignThings implements ForeignEventHandler {

    @Inject
    ParkedEvents parked;

    @Override
    public String name() {
        return "foreign-things";
    }

    @Override
    public List<String> topics() {
        return List.of("othersvc.events");
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("othersvc.ThingHappened");
    }

    /** What this handler reads of {@code othersvc.ThingHappened.v1}. */
    @Contract(event = "othersvc.ThingHappened", version = 1)
    record ThingHappened(String name, @Contract.Optional String follows) {
    }

    /**
     * A defect the dead-letter tests switch on and off: while on, a thing whose name starts with
     * {@value #REFUSED_PREFIX} is refused, as a handler with a bug refuses an event it should take.
     */
    public static volatile boolean refusing;

    public static final String REFUSED_PREFIX = "refused:";

    @Override
    public void handle(ForeignEvent event) {
        if (refusing && event.as(ThingHappened.class).name().startsWith(REFUSED_PREFIX)) {
            throw new IllegalArgumentException("cannot take " + event.as(ThingHappened.class).name() + " (the defect under test)");
        }
        String follows = event.as(ThingHappened.class).follows();
        if (follows != null && ForeignThing.count("subject", follows) == 0) {
            parked.park(name(), "thing:" + follows, event);
            return;
        }
        record(event);
    }

    private void record(ForeignEvent event) {
        ForeignThing thing = new ForeignThing();
        thing.subject = event.envelope().subject();
        thing.name = event.as(ThingHappened.class).name();
        thing.persist();
        for (ForeignEvent waiting : parked.release(name(), "thing:" + thing.subject)) {
            handle(waiting);
        }
    }
}
