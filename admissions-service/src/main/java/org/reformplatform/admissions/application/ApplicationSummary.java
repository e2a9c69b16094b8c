package org.reformplatform.admissions.application;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of the application status read model. */
@Entity
@Table(name = "application_statuses")
public class ApplicationSummary extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID intakeEventId;
    public String organisation;
    public String candidateName;
    /** A blind-review event's application: operators see it by pseudonym until it is decided. */
    public boolean blindReview;
    public String reviewPseudonym;
    @Enumerated(EnumType.STRING)
    public ApplicationStatus status;
    public Instant submittedAt;
    public Instant updatedAt;
    public int requiredReviews;
    public int reviewsIn;
    public UUID studentId;
    /** The stream version last applied: an older event never overwrites a newer state. */
    public int version;
}
