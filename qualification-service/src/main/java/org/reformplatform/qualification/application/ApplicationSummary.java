package org.reformplatform.qualification.application;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.reformplatform.eventsourcing.http.ListFilter;

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
    /** The decision is owed by the end of this day (while the clock runs; kept once decided). */
    public LocalDate decisionDueOn;
    /** What the applicant was asked for, while the decision clock is paused. */
    public String documentsRequested;
    public LocalDate escalatedOn;
    /** The decision clock ran out before the decision: the application was escalated. */
    public boolean overdue;
    public LocalDate appealUntil;
    public LocalDate refusalFinalOn;
    public LocalDate appealedOn;
    @Enumerated(EnumType.STRING)
    public AppealOutcome appealOutcome;
    @Enumerated(EnumType.STRING)
    public CompensationMeasure compensationMeasure;
    public LocalDate compensationDueOn;
    /** The stream version last applied: an older event never overwrites a newer state. */
    public int streamVersion;

    /** How many of the rows the filter selects were escalated because their decision clock ran out. */
    static long countOverdue(ListFilter rows) {
        var query = getEntityManager().createQuery("select count(*) from ApplicationSummary where " + rows.query() + " and overdue = true",
                Long.class);
        rows.params().forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** How many of the rows the filter selects are in each status; a status none is in is absent. */
    static Map<RecognitionApplication.Status, Long> countByStatus(ListFilter rows) {
        var query = getEntityManager().createQuery("select status, count(*) from ApplicationSummary where " + rows.query() + " group by status",
                Object[].class);
        rows.params().forEach(query::setParameter);
        Map<RecognitionApplication.Status, Long> counts = new EnumMap<>(RecognitionApplication.Status.class);
        query.getResultList().forEach(row -> counts.put((RecognitionApplication.Status) row[0], (Long) row[1]));
        return counts;
    }
}
