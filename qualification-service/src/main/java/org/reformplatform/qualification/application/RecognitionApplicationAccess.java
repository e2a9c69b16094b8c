package org.reformplatform.qualification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.security.Caller;

/** Reading one application for a caller, from its stream: visible, or 404 (another organisation's is unknown to a partner). */
@ApplicationScoped
public class RecognitionApplicationAccess {

    @Inject
    RecognitionApplications applications;

    @Inject
    Caller caller;

    public Loaded<RecognitionApplication> visible(RecognitionApplicationId id) {
        return caller.visible(applications.existing(id), application -> application.state().organisation(),
                () -> RecognitionApplications.unknown(id));
    }
}
