package org.reformplatform.qualification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.security.Visibility;

/** Reading one application for a caller, from its stream: visible, or 404 (another organisation's is unknown to a partner). */
@ApplicationScoped
public class RecognitionApplicationAccess {

    @Inject
    Visibility visibility;

    public Loaded<RecognitionApplication> visible(RecognitionApplicationId id) {
        return visibility.visible(RecognitionApplication.TYPE, id, RecognitionApplication::organisation,
                () -> RecognitionApplications.unknown(id));
    }
}
