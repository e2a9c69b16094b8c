package org.reformplatform.admissions.intake;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.admissions.intake.IntakeEventEvent.IntakeEventClosed;
import org.reformplatform.admissions.intake.IntakeEventEvent.IntakeEventCreated;
import org.reformplatform.admissions.intake.IntakeEventEvent.IntakeEventExtended;
import org.reformplatform.admissions.intake.IntakeEventEvent.IntakeEventOpened;
import org.reformplatform.admissions.intake.IntakeEventEvent.SeatReleased;
import org.reformplatform.admissions.intake.IntakeEventEvent.SeatTaken;
import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.store.RecordedEvent;

/** Intake events with their status and remaining places: rolling admission made visible. */
@ApplicationScoped
public class OpenIntakeEventsView implements Projection {

    @Override
    public String name() {
        return "intake-events";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(IntakeEventCreated.class, IntakeEventOpened.class, IntakeEventClosed.class, IntakeEventExtended.class,
                SeatTaken.class, SeatReleased.class);
    }

    @Override
    public List<String> tables() {
        return List.of("intake_event_summaries");
    }

    @Override
    public void apply(RecordedEvent<?> recorded) {
        if (recorded.event() instanceof IntakeEventCreated created) {
            IntakeEventSummary row = new IntakeEventSummary();
            row.id = created.intakeEventId().value();
            row.title = created.title();
            row.kind = created.kind();
            row.status = IntakeEvent.Status.ANNOUNCED;
            row.opensAt = created.opensAt();
            row.closesAt = created.closesAt();
            row.capacity = created.capacity();
            row.applicationLimit = created.applicationLimit();
            row.version = recorded.streamVersion();
            row.persist();
            return;
        }
        IntakeEventSummary row = IntakeEventSummary.findById(((IntakeEventEvent) recorded.event()).intakeEventId().value());
        if (row == null) {
            return;
        }
        row.version = recorded.streamVersion();
        Object event = recorded.event();
        if (event instanceof IntakeEventOpened) {
            row.status = IntakeEvent.Status.OPEN;
        } else if (event instanceof IntakeEventClosed) {
            row.status = IntakeEvent.Status.CLOSED;
        } else if (event instanceof IntakeEventExtended extended) {
            row.closesAt = extended.closesAt();
        } else if (event instanceof SeatTaken) {
            row.placesTaken++;
            row.applicationsReceived++;
        } else if (event instanceof SeatReleased) {
            row.placesTaken--;
        }
    }
}
