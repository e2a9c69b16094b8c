package org.reformplatform.eventsourcing.messaging;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;
import org.reformplatform.eventsourcing.config.PlatformSettings;

/**
 * Creates the service's own topics when they are missing: the event topic, kept forever (it is the
 * long-term log for other services and analysts), the dead-letter topic, and the erasure topic. In
 * Kubernetes the Strimzi KafkaTopic resources create them and this finds them there.
 */
@ApplicationScoped
public class Topics {

    private static final Logger LOG = Logger.getLogger(Topics.class);

    @Inject
    KafkaClients clients;

    @Inject
    PlatformSettings settings;

    private volatile boolean ensured;

    /** Makes sure the topics exist; cheap once done. */
    public void ensure() throws InterruptedException {
        if (ensured || !settings.createTopics()) {
            ensured = true;
            return;
        }
        Map<String, String> forever = Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1");
        List<NewTopic> topics = List.of(
                new NewTopic(settings.eventsTopic(), Optional.of(settings.partitions()), Optional.of(settings.replicationFactor())).configs(forever),
                new NewTopic(settings.deadLetterTopic(), Optional.of(1), Optional.of(settings.replicationFactor())).configs(forever),
                // A handful of records a year; kept forever, so that a service that was away for long still hears every request.
                new NewTopic(settings.erasureTopic(), Optional.of(1), Optional.of(settings.replicationFactor())).configs(forever));
        try (Admin admin = clients.admin()) {
            for (NewTopic topic : topics) {
                try {
                    admin.createTopics(List.of(topic)).all().get(15, TimeUnit.SECONDS);
                    LOG.infof("created topic %s", topic.name());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + topic.name() + ": " + e.getCause().getMessage(), e.getCause());
                    }
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new IllegalStateException("the broker did not answer while creating " + topic.name());
                }
            }
        }
        ensured = true;
    }
}
