package org.reformplatform.eventsourcing.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reformplatform.eventsourcing.command.UnitOfWork;
import org.reformplatform.eventsourcing.config.PlatformSettings;
import org.reformplatform.eventsourcing.store.EventMetadata;
import org.reformplatform.eventsourcing.store.EventStore;
import org.reformplatform.eventsourcing.store.StreamRef;

/**
 * A platform-wide erasure: the service an operator asks records {@link PersonalDataEvent.ErasureRequested}
 * (published on its topic) and forgets the subjects itself in the same transaction; every other
 * service's {@link ErasureRequestHandler} forgets them when the request reaches it and reports it
 * with {@code SubjectForgotten}; every service follows the reports on the topics, so any of them
 * can say whether the request is done.
 */
@ApplicationScoped
public class ErasureRequests {

    @Inject
    EventStore store;

    @Inject
    SubjectRequests subjects;

    @Inject
    ErasureCompletions completions;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    PlatformSettings settings;

    @Inject
    Clock clock;

    /** The platform's services, every one of which must report a request's subjects forgotten. */
    @ConfigProperty(name = "platform.personal-data.services", defaultValue = "admissions,evaluation,incubation,mobility,qualification")
    String services;

    public List<String> services() {
        List<String> all = new ArrayList<>(Arrays.stream(services.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
        if (!all.contains(settings.service())) {
            all.add(settings.service());
        }
        return all;
    }

    /** Records the request and forgets its subjects here, in one transaction; returns its state. */
    public ErasureCompletions.Status request(List<String> subjectIds, EventMetadata metadata) {
        UUID requestId = UUID.randomUUID();
        unitOfWork.run(false, () -> {
            PersonalDataEvent.ErasureRequested requested = new PersonalDataEvent.ErasureRequested(requestId, List.copyOf(subjectIds),
                    metadata.actor(), clock.instant());
            store.append(new StreamRef(PersonalDataEvent.STREAM_TYPE, "erasure-request:" + requestId), 0, List.of(requested), metadata);
            completions.request(requestId, requested.subjects(), requested.requestedBy(), requested.requestedAt());
            for (String subject : subjectIds) {
                subjects.eraseInTransaction(subject, requestId, metadata);
            }
            return null;
        });
        subjectIds.forEach(subjects::afterErasure);
        return status(requestId).orElseThrow();
    }

    public Optional<ErasureCompletions.Status> status(UUID requestId) {
        return completions.status(requestId, services());
    }
}
