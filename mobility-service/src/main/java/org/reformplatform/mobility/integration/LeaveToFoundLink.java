package org.reformplatform.mobility.integration;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A researcher's latest leave-to-found arrangement that became active, and the day it ended (null
 * while active): where the facts of their ventures are recorded.
 */
@Entity
@Table(name = "leave_to_found_links")
public class LeaveToFoundLink extends PanacheEntityBase {

    @Id
    public UUID researcherId;
    public UUID arrangementId;
    public LocalDate endedOn;

    /** Whether a venture fact of that day belongs to this arrangement: it is active, or the fact came before it ended. */
    boolean covers(LocalDate factDate) {
        return endedOn == null || !factDate.isAfter(endedOn);
    }
}
