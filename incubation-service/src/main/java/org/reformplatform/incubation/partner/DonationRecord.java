package org.reformplatform.incubation.partner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.reformplatform.eventsourcing.domain.Money;

/** A donation or sponsorship in the read model: the amount is an exact NUMERIC with its currency. */
@Entity
@Table(name = "partner_donations")
public class DonationRecord extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID partnerId;
    public String centre;
    @Enumerated(EnumType.STRING)
    public DonationKind kind;
    public BigDecimal amount;
    public String currency;
    public String purpose;
    public LocalDate receivedOn;

    public Money money() {
        return new Money(amount, currency);
    }
}
