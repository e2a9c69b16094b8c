package org.reformplatform.incubation.industryeducation;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of the placements read model. */
@Entity
@Table(name = "education_placements")
public class PlacementRecord extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID facilityId;
    public UUID platformId;
    public String centre;
    @Enumerated(EnumType.STRING)
    public FacilityKind facilityKind;
    public String term;
    public String studentName;
    public boolean studentFromAdmissions;
    public String academicMentor;
    public String industryMentor;
    public String parties;
    @Enumerated(EnumType.STRING)
    public Placement.Status status;
    @Enumerated(EnumType.STRING)
    public PlacementOutcome outcome;
    public LocalDate placedOn;
}
