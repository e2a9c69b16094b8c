package org.reformplatform.evaluation.title;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A title review with its panel and applications counted: a row of the title-results read model. */
@Entity
@Table(name = "title_review_listings")
public class TitleReviewSummary extends PanacheEntityBase {

    @Id
    public UUID id;
    public String title;
    public String seriesCode;
    public String disciplineCode;
    @Enumerated(EnumType.STRING)
    public TitleLevel level;
    public int specialties;
    public String organiser;
    @Enumerated(EnumType.STRING)
    public TitleReview.Status status;
    public int panelSize;
    public int applications;
    public Instant openedAt;
    /** The stream version last applied. */
    public int version;
}
