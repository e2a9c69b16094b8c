package org.reformplatform.evaluation.pledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A pledge with its status and the targets met so far: a row of the pledges read model. */
@Entity
@Table(name = "pledge_listings")
public class PledgeSummary extends PanacheEntityBase {

    @Id
    public UUID id;
    public String institution;
    public UUID leaderId;
    public String title;
    public String challengeCode;
    public LocalDate deadline;
    @Enumerated(EnumType.STRING)
    public Pledge.Status status;
    public int targets;
    public int targetsMet;
    public Instant signedAt;
    /** The stream version last applied. */
    public int version;
}
