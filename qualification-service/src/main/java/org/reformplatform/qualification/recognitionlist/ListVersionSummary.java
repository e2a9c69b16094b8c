package org.reformplatform.qualification.recognitionlist;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of the recognition-list read model: one version, draft or published. */
@Entity
@Table(name = "list_versions")
public class ListVersionSummary extends PanacheEntityBase {

    @Id
    public String version;
    public int major;
    public int minor;
    @Enumerated(EnumType.STRING)
    public ListVersion.Status status;
    public String basedOn;
    public LocalDate effectiveOn;
    public Instant draftedAt;
    public Instant publishedAt;
    /** The list stream's version last applied: an older event never overwrites a newer state. */
    public int streamVersion;

    public boolean isPublished() {
        return status == ListVersion.Status.PUBLISHED;
    }
}
