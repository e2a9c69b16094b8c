package org.reformplatform.incubation.industryeducation;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of the platforms read model. */
@Entity
@Table(name = "education_platforms")
public class PlatformSummary extends PanacheEntityBase {

    @Id
    public UUID id;
    public String centre;
    @Enumerated(EnumType.STRING)
    public PlatformKind kind;
    public String name;
    public String hostInstitution;
    /** "|org|org|": the organisations that may see it. */
    public String parties;
    /** Its functions, comma-separated. */
    public String functions;
    public boolean illustrative;
    @Enumerated(EnumType.STRING)
    public PlatformStatus status;
    @Enumerated(EnumType.STRING)
    public RecognitionLevel recognitionLevel;
    public String recognitionBatch;
    public LocalDate proposedOn;
    @Enumerated(EnumType.STRING)
    public ReformPlan.Status planStatus;
    public LocalDate planPublishedOn;
    public int planRevisions;
    public int version;
}
