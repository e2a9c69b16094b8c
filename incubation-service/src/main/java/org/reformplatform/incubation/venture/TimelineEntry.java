package org.reformplatform.incubation.venture;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One line of a venture's timeline: what happened, on which day, in the order it was recorded. */
@Entity
@Table(name = "venture_timeline")
public class TimelineEntry extends PanacheEntityBase {

    @Id
    public UUID eventId;
    public UUID ventureId;
    public int streamVersion;
    /** The event's name, e.g. FundingRoundClosed. */
    public String kind;
    /** The business day it happened (the day a round closed), when the event names one. */
    public LocalDate occurredOn;
    public Instant recordedAt;
    public String summary;
    /** The amount a money event carried, exact; null for other events. */
    public BigDecimal amount;
    public String currency;
}
