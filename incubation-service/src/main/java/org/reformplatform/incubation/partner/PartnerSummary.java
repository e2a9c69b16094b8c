package org.reformplatform.incubation.partner;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of the partners read model. */
@Entity
@Table(name = "partner_summaries")
public class PartnerSummary extends PanacheEntityBase {

    @Id
    public UUID id;
    public String organisation;
    public String name;
    @Enumerated(EnumType.STRING)
    public PartnerKind kind;
    /** The stream version last applied: an older event never overwrites a newer state. */
    public int version;
}
