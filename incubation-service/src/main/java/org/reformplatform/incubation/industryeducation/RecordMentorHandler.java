package org.reformplatform.incubation.industryeducation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/** A mentor registered in admissions-service becomes known here (called by {@code integration.MentorRegisteredHandler}). */
@ApplicationScoped
public class RecordMentorHandler {

    @Inject
    Aggregates aggregates;

    public Decision<KnownMentor> handle(KnownMentor.RecordMentor record) {
        return aggregates.handle(KnownMentor.TYPE, record.id(), record);
    }
}
