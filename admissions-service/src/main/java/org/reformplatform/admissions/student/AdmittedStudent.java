package org.reformplatform.admissions.student;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of the admissions read model: one per admitted student. */
@Entity
@Table(name = "admitted_students")
public class AdmittedStudent extends PanacheEntityBase {

    @Id
    public UUID studentId;
    public UUID applicationId;
    public UUID intakeEventId;
    public String organisation;
    public String candidateName;
    public Instant admittedAt;
    /** YYYY-MM of {@code admittedAt} in UTC. */
    public String admittedMonth;
}
