package org.reformplatform.mobility.post;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of the posts read model: each post with its current holder, for posts filled and vacant by kind. */
@Entity
@Table(name = "special_posts")
public class SpecialPostSummary extends PanacheEntityBase {

    @Id
    public UUID id;
    public String institution;
    @Enumerated(EnumType.STRING)
    public PostKind kind;
    @Enumerated(EnumType.STRING)
    public PostKind.Family family;
    public String title;
    public boolean filled;
    public UUID holderId;
    public String holderName;
    public UUID arrangementId;
    public LocalDate filledOn;
    /** The stream version last applied: an older event never overwrites a newer state. */
    public int version;
}
