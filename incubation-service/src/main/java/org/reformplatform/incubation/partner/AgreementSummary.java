package org.reformplatform.incubation.partner;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An agreement of a partner with a centre, as the portfolio counts partners by kind. */
@Entity
@Table(name = "partner_agreements")
public class AgreementSummary extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID partnerId;
    @Enumerated(EnumType.STRING)
    public PartnerKind partnerKind;
    public String centre;
    public String title;
    public LocalDate signedOn;
    public LocalDate validUntil;
    @Enumerated(EnumType.STRING)
    public Agreement.Status status;
    public int renewals;
    /** The day it ended or expired on. */
    public LocalDate endedOn;
}
