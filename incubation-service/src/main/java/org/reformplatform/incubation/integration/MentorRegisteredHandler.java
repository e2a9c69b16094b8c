package org.reformplatform.incubation.integration;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reformplatform.eventsourcing.command.CommandMetadata;
import org.reformplatform.eventsourcing.projection.ForeignEvent;
import org.reformplatform.eventsourcing.projection.ForeignEventHandler;
import org.reformplatform.incubation.industryeducation.RecordMentorHandler;

/**
 * {@code admissions.MentorRegistered.v1}: a mentor of admissions-service becomes known here, so that a
 * placement at a co-built facility can name them by their mentorId. Read as the {@link MentorRegistered} contract.
 */
@ApplicationScoped
public class MentorRegisteredHandler implements ForeignEventHandler {

    @Inject
    RecordMentorHandler recording;

    @Inject
    CommandMetadata metadata;

    @ConfigProperty(name = "incubation.integration.admissions-topic", defaultValue = "admissions.events")
    String topic;

    @Override
    public String name() {
        return "admissions-mentors";
    }

    @Override
    public List<String> topics() {
        return List.of(topic);
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("admissions.MentorRegistered");
    }

    @Override
    public void handle(ForeignEvent event) {
        Caused.by(metadata, event, () -> recording.handle(event.as(MentorRegistered.class).record()));
    }
}
