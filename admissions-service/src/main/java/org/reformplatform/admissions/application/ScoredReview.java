package org.reformplatform.admissions.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.reformplatform.admissions.review.Recommendation;

/** One review's total (0–100), as calibration reads it. */
@Entity
@Table(name = "calibration_reviews")
@IdClass(ScoredReview.Key.class)
public class ScoredReview extends PanacheEntityBase {

    @Id
    public UUID applicationId;
    @Id
    public String reviewer;
    public BigDecimal total;
    @Enumerated(EnumType.STRING)
    public Recommendation recommendation;

    /** The composite key. */
    public static class Key implements Serializable {
        public UUID applicationId;
        public String reviewer;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(key.applicationId, applicationId)
                    && java.util.Objects.equals(key.reviewer, reviewer);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(applicationId, reviewer);
        }
    }
}
