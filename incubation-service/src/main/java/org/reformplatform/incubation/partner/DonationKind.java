package org.reformplatform.incubation.partner;

/** What a partner gives the centre: a donation (捐赠) or a sponsorship (赞助). Both count in the donations total. */
public enum DonationKind {
    DONATION,
    SPONSORSHIP
}
