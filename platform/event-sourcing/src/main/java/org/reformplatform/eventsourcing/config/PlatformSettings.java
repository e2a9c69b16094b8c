package org.reformplatform.eventsourcing.config;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The kernel's settings, all overridable by environment variables (PLATFORM_SERVICE,
 * PLATFORM_RELAY_BATCH_SIZE, ...). Each service sets only {@code platform.service}.
 */
@ApplicationScoped
public class PlatformSettings {

    @ConfigProperty(name = "platform.service")
    String service;

    @ConfigProperty(name = "platform.topics.create", defaultValue = "true")
    boolean createTopics;

    @ConfigProperty(name = "platform.topics.partitions", defaultValue = "3")
    int partitions;

    @ConfigProperty(name = "platform.topics.replication-factor", defaultValue = "1")
    short replicationFactor;

    @ConfigProperty(name = "platform.relay.enabled", defaultValue = "true")
    boolean relayEnabled;

    @ConfigProperty(name = "platform.relay.batch-size", defaultValue = "2000")
    int relayBatchSize;

    @ConfigProperty(name = "platform.relay.idle-poll", defaultValue = "PT0.1S")
    Duration relayIdlePoll;

    /**
     * The longest the relay waits between polls when the outbox stays empty: each empty poll doubles
     * the wait up to this. Commits in the same JVM wake it at once; only another replica's events can
     * wait this long on an idle platform.
     */
    @ConfigProperty(name = "platform.relay.idle-poll-max", defaultValue = "PT1S")
    Duration relayIdlePollMax;

    /**
     * After publishing less than a full batch, the relay lets this much time pass before it reads the
     * outbox again, so that the commits of the meantime go out in one Kafka transaction: under
     * steady load, transactions of a few events each cost the broker more than the events did.
     */
    @ConfigProperty(name = "platform.relay.linger", defaultValue = "PT0.005S")
    Duration relayLinger;

    @ConfigProperty(name = "platform.projections.enabled", defaultValue = "true")
    boolean projectionsEnabled;

    @ConfigProperty(name = "platform.projections.batch-size", defaultValue = "500")
    int projectionBatchSize;

    @ConfigProperty(name = "platform.rebuild.batch-size", defaultValue = "2000")
    int rebuildBatchSize;

    @ConfigProperty(name = "platform.commands.max-conflict-retries", defaultValue = "5")
    int maxConflictRetries;

    /** How long a command whose COMMIT broke off waits for the database to say what became of it (store.CommitOutcomes). */
    @ConfigProperty(name = "platform.commands.in-doubt-patience", defaultValue = "PT10S")
    Duration inDoubtPatience;

    @ConfigProperty(name = "platform.state-cache.size", defaultValue = "10000")
    int stateCacheSize;

    @ConfigProperty(name = "platform.deadlines.enabled", defaultValue = "true")
    boolean deadlinesEnabled;

    /**
     * How often the dispatcher looks while deadlines are overdue and cannot be claimed yet (a failed
     * one waiting for its retry, one that another replica is firing).
     */
    @ConfigProperty(name = "platform.deadlines.poll-interval", defaultValue = "PT1S")
    Duration deadlinesPollInterval;

    /**
     * The longest the dispatcher sleeps when nothing is due: it wakes at the next due time it knows,
     * at once for a deadline scheduled in its own JVM or a moved clock, and after this long for one
     * scheduled on a replica that does not fire deadlines itself (or stopped before its due time).
     */
    @ConfigProperty(name = "platform.deadlines.longest-sleep", defaultValue = "PT30S")
    Duration deadlinesLongestSleep;

    /** How long a deadline whose command failed (not refused: failed, e.g. the database away) waits before it is tried again, at first. */
    @ConfigProperty(name = "platform.deadlines.retry-after", defaultValue = "PT5S")
    Duration deadlinesRetryAfter;

    /** Whether operators may move the clock over {@code /ops/clock}: for local and system-test platforms only. */
    @ConfigProperty(name = "platform.clock.adjustable", defaultValue = "false")
    boolean clockAdjustable;

    /** The service's name: the prefix of its topics and event types, e.g. {@code admissions}. */
    public String service() {
        return service;
    }

    /** The CloudEvents source of this service's events. */
    public String source() {
        return "urn:reform-platform:" + service;
    }

    public String eventsTopic() {
        return eventsTopic(service);
    }

    public static String eventsTopic(String service) {
        return service + ".events";
    }

    public String deadLetterTopic() {
        return service + ".dead-letters";
    }

    /** The service's erasure topic: copies of its erasure requests and reports, for the other services (see {@code OutboxRelay}). */
    public String erasureTopic() {
        return erasureTopic(service);
    }

    public static String erasureTopic(String service) {
        return service + ".erasures";
    }

    public boolean createTopics() {
        return createTopics;
    }

    public int partitions() {
        return partitions;
    }

    public short replicationFactor() {
        return replicationFactor;
    }

    public boolean relayEnabled() {
        return relayEnabled;
    }

    public int relayBatchSize() {
        return relayBatchSize;
    }

    public Duration relayIdlePoll() {
        return relayIdlePoll;
    }

    public Duration relayLinger() {
        return relayLinger;
    }

    public Duration relayIdlePollMax() {
        return relayIdlePollMax.compareTo(relayIdlePoll) < 0 ? relayIdlePoll : relayIdlePollMax;
    }

    public boolean projectionsEnabled() {
        return projectionsEnabled;
    }

    public int projectionBatchSize() {
        return projectionBatchSize;
    }

    public int rebuildBatchSize() {
        return rebuildBatchSize;
    }

    public int maxConflictRetries() {
        return maxConflictRetries;
    }

    public Duration inDoubtPatience() {
        return inDoubtPatience;
    }

    public int stateCacheSize() {
        return stateCacheSize;
    }

    public boolean deadlinesEnabled() {
        return deadlinesEnabled;
    }

    public Duration deadlinesPollInterval() {
        return deadlinesPollInterval;
    }

    public Duration deadlinesLongestSleep() {
        return deadlinesLongestSleep;
    }

    public Duration deadlinesRetryAfter() {
        return deadlinesRetryAfter;
    }

    public boolean clockAdjustable() {
        return clockAdjustable;
    }
}
