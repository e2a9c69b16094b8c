package org.reformplatform.mobility.arrangement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.deadline.DeadlineHandler;
import org.reformplatform.eventsourcing.deadline.DueDeadline;

/** {@value ArrangementDeadlines#SIGNING_LAPSE}: an approval whose agreement is still incomplete lapses (refused, and so closed, once it is signed or withdrawn). */
@ApplicationScoped
public class SigningLapseDue implements DeadlineHandler {

    @Inject
    SignAgreementHandler signing;

    @Override
    public String name() {
        return ArrangementDeadlines.SIGNING_LAPSE;
    }

    @Override
    public void fire(DueDeadline deadline) {
        signing.lapse(new ArrangementId(deadline.streamUuid()));
    }
}
