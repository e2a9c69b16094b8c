package org.reformplatform.admissions.mentoring;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.admissions.mentoring.MentorEvent.MenteeReleased;
import org.reformplatform.admissions.mentoring.MentorEvent.MenteeTaken;
import org.reformplatform.admissions.mentoring.MentorEvent.MentorCapacityChanged;
import org.reformplatform.admissions.mentoring.MentorEvent.MentorRegistered;
import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.store.RecordedEvent;

/** Mentors with their capacity and load: where the report's 81 full-time, 130+ part-time and 120+ industry mentors show. */
@ApplicationScoped
public class MentorLoadView implements Projection {

    @Override
    public String name() {
        return "mentor-load";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(MentorRegistered.class, MentorCapacityChanged.class, MenteeTaken.class, MenteeReleased.class);
    }

    @Override
    public List<String> tables() {
        return List.of("mentor_loads");
    }

    @Override
    public void apply(RecordedEvent<?> recorded) {
        MentorEvent event = (MentorEvent) recorded.event();
        MentorLoad row = MentorLoad.findById(event.mentorId().value());
        if (event instanceof MentorRegistered registered) {
            if (row != null) {
                return;
            }
            row = new MentorLoad();
            row.id = registered.mentorId().value();
            row.name = registered.name();
            row.kind = registered.kind();
            row.affiliation = registered.affiliation();
            row.subject = registered.subject();
            row.researcherId = registered.researcherId();
            row.capacity = registered.capacity();
            row.registeredAt = registered.registeredAt();
            row.version = recorded.streamVersion();
            row.persist();
            return;
        }
        if (row == null) {
            return;
        }
        row.version = recorded.streamVersion();
        if (event instanceof MentorCapacityChanged changed) {
            row.capacity = changed.capacity();
        } else if (event instanceof MenteeTaken) {
            row.students++;
        } else if (event instanceof MenteeReleased) {
            row.students--;
        }
    }
}
