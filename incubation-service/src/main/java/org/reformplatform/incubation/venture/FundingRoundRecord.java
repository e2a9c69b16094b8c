package org.reformplatform.incubation.venture;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.reformplatform.eventsourcing.domain.Money;

/** A round in the read model: the amount is an exact NUMERIC with its currency. */
@Entity
@Table(name = "funding_rounds")
public class FundingRoundRecord extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID ventureId;
    public String centre;
    public String roundName;
    public BigDecimal amount;
    public String currency;
    public LocalDate closedOn;

    public Money money() {
        return new Money(amount, currency);
    }

    /** A round is named once per venture, so its row id is derived from both. */
    public static UUID idOf(UUID ventureId, String roundName) {
        return UUID.nameUUIDFromBytes((ventureId + ":" + roundName).getBytes(StandardCharsets.UTF_8));
    }
}
