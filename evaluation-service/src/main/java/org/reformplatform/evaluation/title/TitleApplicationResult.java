package org.reformplatform.evaluation.title;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A title application and, once decided, its result: the rows title-review results are counted from. */
@Entity
@Table(name = "title_applications")
public class TitleApplicationResult extends PanacheEntityBase {

    public enum Status { FILED, APPROVED, REJECTED }

    @Id
    public UUID applicationId;
    public UUID reviewId;
    public UUID researcherId;
    public String institution;
    public String seriesCode;
    public String disciplineCode;
    public String specialty;
    @Enumerated(EnumType.STRING)
    public TitleLevel level;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Enumerated(EnumType.STRING)
    public EligibilityRoute route;
    public Instant filedAt;
    public Instant decidedAt;
}
