package org.reformplatform.mobility;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.eventsourcing.store.EventCatalog;
import org.reformplatform.mobility.arrangement.ArrangementEvent;
import org.reformplatform.mobility.policy.MobilityPolicyEvent;
import org.reformplatform.mobility.post.SpecialPostEvent;

/** Every event mobility-service publishes on {@code mobility.events}. */
@ApplicationScoped
public class MobilityEvents implements EventCatalog {

    @Override
    public List<Class<?>> eventFamilies() {
        return List.of(MobilityPolicyEvent.class, ArrangementEvent.class, SpecialPostEvent.class);
    }
}
