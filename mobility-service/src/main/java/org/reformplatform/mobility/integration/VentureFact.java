package org.reformplatform.mobility.integration;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A key start-up fact of a venture from incubation-service, recorded on the leave-to-found
 * arrangement of each researcher who founded it, if that arrangement covers the fact's day.
 */
sealed interface VentureFact permits VentureMilestoneReached, FundingRoundClosed, VentureClosed {

    UUID ventureId();

    /** The day it happened. */
    LocalDate day();
}
