package org.reformplatform.eventsourcing.sample;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One increment applied by the sample read model (the table has no key, so a second application would show as a second row). */
@Entity
@Table(name = "tally_increments")
public class TallyIncrement extends PanacheEntityBase {

    @Id
    public UUID eventId;
    public String streamId;
    public int byAmount;
}
