package org.reformplatform.mobility.integration;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A researcher who founded a venture, as incubation-service announced it (FounderJoined). */
@Entity
@Table(name = "venture_founders")
public class VentureFounder extends PanacheEntityBase {

    /** Derived from venture and researcher, so that the same link is stored once. */
    @Id
    public UUID id;
    public UUID ventureId;
    public UUID researcherId;

    static VentureFounder of(UUID ventureId, UUID researcherId) {
        VentureFounder link = new VentureFounder();
        link.id = UUID.nameUUIDFromBytes((ventureId + "/" + researcherId).getBytes(StandardCharsets.UTF_8));
        link.ventureId = ventureId;
        link.researcherId = researcherId;
        return link;
    }
}
