package org.reformplatform.mobility.arrangement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.reformplatform.eventsourcing.http.ListFilter;
import org.reformplatform.eventsourcing.security.Caller;

/** A row of the arrangements read model: lists by form and institution, due dates, a researcher's record. */
@Entity
@Table(name = "arrangement_summaries")
public class ArrangementSummary extends PanacheEntityBase {

    /** The format of the results column: JSON, written and read only here. */
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<ReviewedResult>> RESULTS = new TypeReference<>() {
    };

    @Id
    public UUID id;
    public UUID researcherId;
    public String researcherName;
    @Enumerated(EnumType.STRING)
    public ArrangementForm form;
    public String institution;
    public String enterprise;
    public UUID postId;
    @Enumerated(EnumType.STRING)
    public Arrangement.Status status;
    public LocalDate startsOn;
    public LocalDate endsOn;
    public LocalDate deferredUntil;
    /** While approved: the last day to sign before the approval lapses. */
    public LocalDate signBy;
    /** While a decision is due: the last day to return or resign. */
    public LocalDate decideBy;
    public Integer policyVersion;
    public int agreementVersion;
    /** Parties that signed the current agreement version, comma-separated. */
    public String signedBy;
    public int milestones;
    public int fundingRounds;
    @Enumerated(EnumType.STRING)
    public Ending ending;
    public LocalDate endedOn;
    @Enumerated(EnumType.STRING)
    public ReviewOutcome reviewOutcome;
    /** The reviewed results as JSON, as published in ResultsReviewed: see {@link #results()}. */
    public String reviewResults;
    public Instant appliedAt;
    /** The stream version last applied: an older event never overwrites a newer state. */
    public int version;

    /** The results of the review, none before it. */
    public List<ReviewedResult> results() {
        if (reviewResults == null) {
            return List.of();
        }
        try {
            return JSON.readValue(reviewResults, RESULTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the read model holds unreadable results", e);
        }
    }

    void reviewed(ReviewOutcome outcome, List<ReviewedResult> results) {
        reviewOutcome = outcome;
        try {
            reviewResults = JSON.writeValueAsString(results);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The rows a caller may see: staff see every one, a partner those its organisation is party to,
     * as home institution or as enterprise (two columns, where {@link ListFilter#owned} names one).
     */
    public static ListFilter visibleTo(Caller caller) {
        return ListFilter.all().where("(institution = :party or enterprise = :party)", "party", caller.organisationFilter(null));
    }
}
