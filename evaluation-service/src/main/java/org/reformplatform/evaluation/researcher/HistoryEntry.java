package org.reformplatform.evaluation.researcher;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One entry of a researcher's evaluation history: evidence, dossiers, outcomes, pledges, title applications. */
@Entity
@Table(name = "researcher_history")
public class HistoryEntry extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID researcherId;
    /** Position in the store: the order of entries that share a moment. */
    public long eventPosition;
    public Instant occurredAt;
    public String kind;
    /** The institution the entry belongs to; null for evidence from other services. */
    public String institution;
    /** The cycle, pledge, title review or evidence source the entry is about. */
    public UUID referenceId;
    public String summary;
}
