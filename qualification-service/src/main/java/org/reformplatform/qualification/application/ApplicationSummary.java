package org.reformplatform.qualification.application;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of the applications read model: one application and where it stands. */
@Entity
@Table(name = "application_summaries")
public class ApplicationSummary extends PanacheEntityBase {

    @Id
    public UUID id;
    public String organisation;
    public UUID holderId;
    public UUID qualificationId;
    public String qualificationName;
    public String country;
    public String listVersion;
    @Enumerated(EnumType.STRING)
    public RecognitionApplication.Status status;
    public LocalDate appliedOn;
    public LocalDate decidedOn;
    @Enumerated(EnumType.STRING)
    public RefusalGround refusalGround;
    public String refusalReason;
    /** The stream version last applied: an older event never overwrites a newer state. */
    public int streamVersion;
}
