package org.reformplatform.admissions.application;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.reformplatform.admissions.intake.ScoreBasis;

/** An application as calibration needs it: its intake event and where it stands. */
@Entity
@Table(name = "calibration_applications")
public class ScoredApplication extends PanacheEntityBase {

    @Id
    public UUID applicationId;
    public UUID intakeEventId;
    @Enumerated(EnumType.STRING)
    public ApplicationStatus status;
    @Enumerated(EnumType.STRING)
    public ScoreBasis scoreBasis;
    public int version;
}
