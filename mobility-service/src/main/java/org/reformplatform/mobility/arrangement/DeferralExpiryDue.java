package org.reformplatform.mobility.arrangement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.deadline.DeadlineHandler;
import org.reformplatform.eventsourcing.deadline.DueDeadline;

/** {@value ArrangementDeadlines#DEFERRAL_EXPIRY}: the deferral is over, the researcher must return or resign. */
@ApplicationScoped
public class DeferralExpiryDue implements DeadlineHandler {

    @Inject
    GrantDeferralHandler deferrals;

    @Override
    public String name() {
        return ArrangementDeadlines.DEFERRAL_EXPIRY;
    }

    @Override
    public void fire(DueDeadline deadline) {
        deferrals.expire(new ArrangementId(deadline.streamUuid()));
    }
}
