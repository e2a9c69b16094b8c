package org.reformplatform.qualification;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.eventsourcing.store.EventCatalog;
import org.reformplatform.qualification.application.RecognitionApplicationEvent;
import org.reformplatform.qualification.recognitionlist.RecognitionListEvent;

/** Every event qualification-service publishes on {@code qualification.events}. */
@ApplicationScoped
public class QualificationEvents implements EventCatalog {

    @Override
    public List<Class<?>> eventFamilies() {
        return List.of(RecognitionListEvent.class, RecognitionApplicationEvent.class);
    }
}
