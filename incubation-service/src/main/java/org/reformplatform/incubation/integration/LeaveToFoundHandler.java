package org.reformplatform.incubation.integration;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reformplatform.eventsourcing.command.CommandMetadata;
import org.reformplatform.eventsourcing.projection.ForeignEvent;
import org.reformplatform.eventsourcing.projection.ForeignEventHandler;
import org.reformplatform.incubation.founder.VouchForFounderHandler;
import org.reformplatform.incubation.founder.FounderRecordCommand.RecordLeaveToFound;
import org.reformplatform.incubation.founder.FounderRecordId;
import org.reformplatform.incubation.venture.FounderKind;

/**
 * {@code mobility.ArrangementActivated.v1} with form {@code LEAVE_TO_FOUND}: the researcher left
 * the post to found a start-up (离岗创业); any venture that named the researcher as a founder gets the
 * founder verified. Other forms of mobility are not the centre's business and are skipped. Fields
 * as in docs/architecture.md: arrangementId, researcherId, form, institution, enterprise, startsOn, endsOn.
 */
@ApplicationScoped
public class LeaveToFoundHandler implements ForeignEventHandler {

    static final String LEAVE_TO_FOUND = "LEAVE_TO_FOUND";

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
        ForeignFields fields = new ForeignFields(event);
        if (!LEAVE_TO_FOUND.equals(fields.requiredText("form"))) {
            return;
        }
        UUID researcherId = fields.uuid("researcherId");
        RecordLeaveToFound leave = new RecordLeaveToFound(FounderRecordId.of(FounderKind.RESEARCHER, researcherId), researcherId,
                fields.uuid("arrangementId"), fields.text("institution"), fields.text("enterprise"), fields.optionalDate("startsOn"),
                fields.optionalDate("endsOn"));
        Caused.by(metadata, event, () -> vouching.handle(leave, event.envelope().time()));
    }
}
