package org.reformplatform.admissions.integration;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A student or researcher who founded a venture, as incubation-service announced it: how admissions
 * finds a reviewer and a candidate who are co-founders.
 */
@Entity
@Table(name = "venture_founders")
public class VentureFounder extends PanacheEntityBase {

    /** Derived from venture, kind and person, so that the same founder is stored once however often announced. */
    @Id
    public UUID id;
    public UUID ventureId;
    @Enumerated(EnumType.STRING)
    public Founder.Kind founderKind;
    /** The student id (a student founder) or the researcher id (a researcher founder). */
    public UUID personId;

    static VentureFounder of(UUID ventureId, Founder.Kind kind, UUID personId) {
        VentureFounder founder = new VentureFounder();
        founder.id = UUID.nameUUIDFromBytes((ventureId + "/" + kind + "/" + personId).getBytes(StandardCharsets.UTF_8));
        founder.ventureId = ventureId;
        founder.founderKind = kind;
        founder.personId = personId;
        return founder;
    }
}
