package org.reformplatform.qualification.recognitionlist;

import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.qualification.recognitionlist.RecognitionListCommand.DraftVersion;

/** An operator opens a draft of a new version of the list, a copy of the latest published one. */
@ApplicationScoped
public class DraftVersionHandler {

    @Inject
    RegionalList list;

    @Inject
    RegionalCalendar calendar;

    public Decision<RecognitionList> handle(VersionLabel version, OptionalInt expectedVersion) {
        return list.decide(new DraftVersion(version, calendar.now()), expectedVersion);
    }
}
