package org.reformplatform.evaluation.challenge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A published challenge list and how many of its challenges are taken: a row of the challenge-lists read model. */
@Entity
@Table(name = "challenge_list_listings")
public class ChallengeListSummary extends PanacheEntityBase {

    @Id
    public UUID id;
    public String institution;
    public String title;
    public int challenges;
    public int taken;
    public Instant publishedAt;
    /** The last day takers are accepted, or null. */
    public LocalDate closesOn;
    /** open or closed */
    public String status;
    /** The stream version last applied. */
    public int version;
}
