package org.reformplatform.incubation.industryeducation;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of the facilities read model: a co-built facility with its places and the students placed there. */
@Entity
@Table(name = "education_facilities")
public class FacilitySummary extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID platformId;
    public String centre;
    @Enumerated(EnumType.STRING)
    public FacilityKind kind;
    public String name;
    public String institution;
    public UUID enterpriseId;
    public String thirdParty;
    public String parties;
    public int placesPerTerm;
    @Enumerated(EnumType.STRING)
    public Facility.Status status;
    public LocalDate signedOn;
    /** Students placed there, all terms. */
    public int placements;
    public int version;
}
