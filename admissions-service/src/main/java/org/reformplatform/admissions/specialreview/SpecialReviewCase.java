package org.reformplatform.admissions.specialreview;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A case on the special-review docket, as the docket read model keeps it. */
@Entity
@Table(name = "special_reviews")
public class SpecialReviewCase extends PanacheEntityBase {

    public enum Status { PENDING, ADMITTED, REJECTED, WITHDRAWN }

    @Id
    public UUID applicationId;
    public UUID intakeEventId;
    public String candidateName;
    /** JSON array of the reviewers' totals, as in the referral event. */
    public String reviewerTotals;
    public BigDecimal meanTotal;
    public BigDecimal spread;
    /** Comma-separated reasons. */
    public String reasons;
    public BigDecimal admissionBar;
    public BigDecimal spreadThreshold;
    public Instant referredAt;
    /** The committee's time limit (null for referrals made before it). */
    public Instant decisionDueAt;
    /** The time limit passed with the case undecided. */
    public Instant escalatedAt;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String rationale;
    public String decidedBy;
    public Instant decidedAt;
    public int version;
}
