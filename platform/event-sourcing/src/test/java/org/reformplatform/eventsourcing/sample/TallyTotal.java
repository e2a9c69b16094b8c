package org.reformplatform.eventsourcing.sample;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "tally_totals")
public class TallyTotal extends PanacheEntityBase {

    @Id
    public String streamId;
    public int total;
    public int increments;
    public String trail;
    public String owner;
}
