package org.reformplatform.mobility.post;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Who held which post from when to when: the post half of a researcher's mobility record. */
@Entity
@Table(name = "post_holdings")
public class PostHolding extends PanacheEntityBase {

    /** The id of the PostFilled event that began the holding. */
    @Id
    public UUID id;
    public UUID postId;
    public UUID researcherId;
    public String holderName;
    public String institution;
    @Enumerated(EnumType.STRING)
    public PostKind kind;
    public String title;
    public UUID arrangementId;
    public LocalDate filledOn;
    public LocalDate vacatedOn;
}
