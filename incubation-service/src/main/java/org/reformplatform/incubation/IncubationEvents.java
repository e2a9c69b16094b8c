package org.reformplatform.incubation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.eventsourcing.store.EventCatalog;
import org.reformplatform.incubation.founder.FounderRecordEvent;
import org.reformplatform.incubation.industryeducation.EducationPlatformEvent;
import org.reformplatform.incubation.industryeducation.FacilityEvent;
import org.reformplatform.incubation.industryeducation.KnownMentor;
import org.reformplatform.incubation.partner.PartnerEvent;
import org.reformplatform.incubation.venture.VentureEvent;

/** Every event incubation-service publishes on {@code incubation.events}. */
@ApplicationScoped
public class IncubationEvents implements EventCatalog {

    @Override
    public List<Class<?>> eventFamilies() {
        return List.of(PartnerEvent.class, VentureEvent.class, FounderRecordEvent.class, EducationPlatformEvent.class, FacilityEvent.class,
                KnownMentor.Event.class);
    }
}
