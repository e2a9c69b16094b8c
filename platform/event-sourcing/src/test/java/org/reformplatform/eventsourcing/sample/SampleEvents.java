package org.reformplatform.eventsourcing.sample;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.eventsourcing.store.EventCatalog;

@ApplicationScoped
public class SampleEvents implements EventCatalog {

    @Override
    public List<Class<?>> eventFamilies() {
        return List.of(TallyEvent.class);
    }
}
