package org.reformplatform.admissions.application;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One event in an application's history, as the status read model keeps it. */
@Entity
@Table(name = "application_history")
public class ApplicationHistoryEntry extends PanacheEntityBase {

    @Id
    public UUID eventId;
    public UUID applicationId;
    public int streamVersion;
    public String eventType;
    public Instant occurredAt;
}
