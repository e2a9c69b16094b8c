package org.reformplatform.mobility.policy;

import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Decision;

/** The default rules of every form as the policy in force: a revision like any other, a new version only if the rules differ. */
@ApplicationScoped
public class LoadDefaultPolicyHandler {

    @Inject
    ReviseMobilityPolicyHandler revise;

    public Decision<MobilityPolicy> handle(OptionalInt expectedVersion) {
        return revise.handle(DefaultPolicy.forms(), "default policy", expectedVersion);
    }
}
