package org.reformplatform.admissions.integration;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reformplatform.eventsourcing.projection.Contract;
import org.reformplatform.eventsourcing.projection.ForeignEvent;
import org.reformplatform.eventsourcing.projection.ForeignEventHandler;

/**
 * incubation-service's founders, kept so that a reviewer who co-founded a venture with a candidate
 * is found before they are assigned (a conflict of interest). Idempotent: a founder announced twice
 * (joined, then verified; or redelivered) is one row.
 */
@ApplicationScoped
public class VentureFounders implements ForeignEventHandler {

    /** The records each event type read is decoded into, by the event type they are the contract of. */
    static final Map<String, Class<? extends Record>> CONTRACTS = Stream.of(FounderJoined.class, FounderVerified.class)
            .collect(Collectors.toUnmodifiableMap(contract -> contract.getAnnotation(Contract.class).event(), Function.identity()));

    @ConfigProperty(name = "admissions.integration.incubation-topic", defaultValue = "incubation.events")
    String topic;

    @Override
    public String name() {
        return "venture-founders";
    }

    @Override
    public List<String> topics() {
        return List.of(topic);
    }

    @Override
    public Set<String> eventTypes() {
        return CONTRACTS.keySet();
    }

    @Override
    public void handle(ForeignEvent event) {
        Founder founder = (Founder) event.as(CONTRACTS.get(event.typeWithoutVersion()));
        UUID person = founder.personId();
        if (person == null) {
            return; // an external founder, or one announced without the id of their kind: nobody admissions could match
        }
        VentureFounder row = VentureFounder.of(founder.ventureId(), founder.founderKind(), person);
        if (VentureFounder.findById(row.id) == null) {
            row.persist();
        }
    }

    /** The ventures this student founded. */
    public static Set<UUID> venturesOfStudent(UUID studentId) {
        return venturesOf(Founder.Kind.STUDENT, studentId);
    }

    /** The ventures this researcher founded. */
    public static Set<UUID> venturesOfResearcher(UUID researcherId) {
        return venturesOf(Founder.Kind.RESEARCHER, researcherId);
    }

    private static Set<UUID> venturesOf(Founder.Kind kind, UUID person) {
        return VentureFounder.<VentureFounder>list("founderKind = ?1 and personId = ?2", kind, person).stream()
                .map(f -> f.ventureId).collect(Collectors.toSet());
    }
}
