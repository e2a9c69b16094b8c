package org.reformplatform.incubation.integration;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reformplatform.eventsourcing.command.CommandMetadata;
import org.reformplatform.eventsourcing.projection.ForeignEvent;
import org.reformplatform.eventsourcing.projection.ForeignEventHandler;
import org.reformplatform.incubation.founder.FounderRecordCommand.RecordLeaveToFound;
import org.reformplatform.incubation.founder.VouchForFounderHandler;

/**
 * {@code mobility.ArrangementActivated.v1} with form {@code LEAVE_TO_FOUND}: the researcher left
 * the post to found a start-up (离岗创业); any venture that named the researcher as a founder gets the
 * founder verified. Other forms of mobility are not the centre's business and are skipped. Read as
 * the {@link ArrangementActivated} contract.
 */
@ApplicationScoped
public class LeaveToFoundHandler implements ForeignEventHandler {

    @Inject
    VouchForFounderHandler vouching;

    @Inject
    CommandMetadata metadata;

    @ConfigProperty(name = "incubation.integration.mobility-topic", defaultValue = "mobility.events")
    String topic;

    @Override
    public String name() {
        return "leave-to-found";
    }

    @Override
    public List<String> topics() {
        return List.of(topic);
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("mobility.ArrangementActivated");
    }

    @Override
    public void handle(ForeignEvent event) {
        ArrangementActivated arrangement = event.as(ArrangementActivated.class);
        if (!arrangement.isLeaveToFound()) {
            return;
        }
        RecordLeaveToFound leave = arrangement.evidence();
        Caused.by(metadata, event, () -> vouching.handle(leave, event.envelope().time()));
    }
}
