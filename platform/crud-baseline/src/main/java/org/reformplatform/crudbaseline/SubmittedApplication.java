package org.reformplatform.crudbaseline;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One submitted application: a row, overwritten in place by later changes. No history, no events. */
@Entity
@Table(name = "applications")
public class SubmittedApplication extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID intakeEventId;
    public String organisation;
    public String status;
    public String candidateName;
    public String contactEmail;
    @Enumerated(EnumType.STRING)
    public DegreeLevel degreeLevel;
    public String discipline;
    public String backgroundDescription;
    public Instant submittedAt;
}
