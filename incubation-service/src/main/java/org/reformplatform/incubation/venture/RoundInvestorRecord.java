package org.reformplatform.incubation.venture;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An investor of a round in the read model; partner investors find their investments by {@code partnerId}. */
@Entity
@Table(name = "round_investors")
public class RoundInvestorRecord extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID roundId;
    public UUID ventureId;
    public int ordinal;
    public String name;
    public UUID partnerId;
    public String organisation;
    /** What this investor put in, when the round said so; null otherwise. */
    public BigDecimal commitment;
    public String currency;

    /**
     * The round and the venture of {@code roundId} and {@code ventureId}, read with the investor
     * (the projection writes the ids): a partner's investments are listed by the day the round closed.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "roundId", insertable = false, updatable = false)
    public FundingRoundRecord fundingRound;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ventureId", insertable = false, updatable = false)
    public VentureSummary venture;
}
