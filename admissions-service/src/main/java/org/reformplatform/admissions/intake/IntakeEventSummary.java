package org.reformplatform.admissions.intake;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of the intake events read model: what a candidate browsing open events needs. */
@Entity
@Table(name = "intake_event_summaries")
public class IntakeEventSummary extends PanacheEntityBase {

    @Id
    public UUID id;
    public String title;
    @Enumerated(EnumType.STRING)
    public IntakeEventKind kind;
    @Enumerated(EnumType.STRING)
    public IntakeEvent.Status status;
    public Instant opensAt;
    public Instant closesAt;
    public int capacity;
    /** Places held by applications under review or admitted (a rejection or withdrawal gives one back). */
    public int placesTaken;
    /** The cap on applications received in all, or null. */
    public Integer applicationLimit;
    /** Applications received in all, withdrawn and rejected ones included. */
    public int applicationsReceived;
    /** The stream version last applied: an older event never overwrites a newer state. */
    public int version;

    public int remainingPlaces() {
        return capacity - placesTaken;
    }
}
