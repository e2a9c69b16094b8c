package org.reformplatform.qualification.recognitionlist;

import java.time.LocalDate;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.qualification.recognitionlist.RecognitionListCommand.PublishVersion;

/** An operator publishes a draft as a whole, in force from a date after the previous version's. */
@ApplicationScoped
public class PublishVersionHandler {

    @Inject
    RegionalList list;

    @Inject
    RegionalCalendar calendar;

    public Decision<RecognitionList> handle(VersionLabel version, LocalDate effectiveOn, OptionalInt expectedVersion) {
        return list.decide(new PublishVersion(version, effectiveOn, calendar.now()), expectedVersion);
    }
}
