package org.reformplatform.eventsourcing.privacy;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.reformplatform.eventsourcing.config.PlatformSettings;
import org.reformplatform.eventsourcing.ops.AfterCommit;
import org.reformplatform.eventsourcing.projection.Contract;
import org.reformplatform.eventsourcing.projection.ForeignEvent;
import org.reformplatform.eventsourcing.projection.ForeignEventHandler;
import org.reformplatform.eventsourcing.store.EventMetadata;

/**
 * Every service's part in a platform-wide erasure: forgets the subjects of another service's
 * {@code ErasureRequested} (reporting each with its own {@code SubjectForgotten}), and records the
 * other services' reports, so that the request's state can be read in any service.
 */
@ApplicationScoped
public class ErasureRequestHandler implements ForeignEventHandler {

    @Inject
    SubjectRequests subjects;

    @Inject
    ErasureCompletions completions;

    @Inject
    ErasureRequests requests;

    @Inject
    PlatformSettings settings;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** What this handler reads of any service's {@code ErasureRequested}. */
    @Contract(event = "*.ErasureRequested", version = 1)
    record Requested(UUID requestId, List<String> subjects, @Contract.Optional String requestedBy, Instant requestedAt) {
    }

    /** What this handler reads of any service's {@code SubjectForgotten}: a report, when it answers a request. */
    @Contract(event = "*.SubjectForgotten", version = 1)
    record Forgotten(String subject, @Contract.Optional UUID requestId) {
    }

    @Override
    public String name() {
        return "erasure-requests";
    }

    /**
     * The other services' erasure topics, which carry just their erasure requests and reports: on
     * their event topics this handler fetched every event of every service to find these (a fifth
     * of the machine's CPU in a drain of admissions' events, docs/benchmarks.md).
     */
    @Override
    public List<String> topics() {
        return others().stream().map(PlatformSettings::erasureTopic).toList();
    }

    @Override
    public Set<String> eventTypes() {
        Set<String> types = new HashSet<>();
        for (String service : others()) {
            types.add(service + ".ErasureRequested");
            types.add(service + ".SubjectForgotten");
        }
        return types;
    }

    private List<String> others() {
        return requests.services().stream().filter(s -> !s.equals(settings.service())).toList();
    }

    @Override
    public void handle(ForeignEvent event) {
        if (event.envelope().eventName().equals("ErasureRequested")) {
            Requested requested = event.as(Requested.class);
            completions.request(requested.requestId(), requested.subjects(), requested.requestedBy(), requested.requestedAt());
            EventMetadata metadata = EventMetadata.causedBy(event.envelope().id(), event.envelope().correlationId(), "erasure-request");
            for (String subject : requested.subjects()) {
                subjects.eraseInTransaction(subject, requested.requestId(), metadata);
            }
            AfterCommit.run(transactions, () -> requested.subjects().forEach(subjects::afterErasure));
        } else {
            Forgotten forgotten = event.as(Forgotten.class);
            if (forgotten.requestId() != null) {
                completions.record(forgotten.requestId(), event.envelope().service(), forgotten.subject());
            }
        }
    }
}
