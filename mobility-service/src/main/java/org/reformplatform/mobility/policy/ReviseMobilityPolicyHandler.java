package org.reformplatform.mobility.policy;

import java.util.List;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.mobility.arrangement.FormPolicy;
import org.reformplatform.mobility.policy.MobilityPolicyCommand.ReviseMobilityPolicy;

/** New rules for the forms named, the others kept: a new version of the policy, unless nothing changes. */
@ApplicationScoped
public class ReviseMobilityPolicyHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    RegionalCalendar calendar;

    public Decision<MobilityPolicy> handle(List<FormPolicy> forms, String note, OptionalInt expectedVersion) {
        return aggregates.handle(MobilityPolicy.TYPE, MobilityPolicyId.REGION, new ReviseMobilityPolicy(forms, note, calendar.now()),
                expectedVersion);
    }
}
