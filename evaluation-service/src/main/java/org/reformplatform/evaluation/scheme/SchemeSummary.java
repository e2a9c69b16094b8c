package org.reformplatform.evaluation.scheme;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of the schemes read model. */
@Entity
@Table(name = "scheme_summaries")
public class SchemeSummary extends PanacheEntityBase {

    @Id
    public UUID id;
    public String institution;
    public String name;
    public int currentVersion;
    public int tracks;
    public Instant definedAt;
    public Instant revisedAt;
    /** The stream version last applied. */
    public int version;
}
