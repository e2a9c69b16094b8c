package org.reformplatform.eventsourcing.ops;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.reformplatform.eventsourcing.messaging.KafkaClients;
import org.reformplatform.eventsourcing.outbox.OutboxRelay;

import io.smallrye.health.api.Wellness;

/**
 * The broker, as seen from this service, with the outbox it is waiting to publish. Reported under
 * {@code /q/health/well} (and {@code /q/health}), deliberately not under readiness: while the broker
 * is away the service keeps accepting commands into its outbox, and taking every replica out of
 * the load balancer would turn a broker outage into an API outage. Alert on this check and on
 * {@code platform_outbox_backlog} instead.
 */
@Wellness
@ApplicationScoped
public class KafkaHealth implements HealthCheck {

    @Inject
    KafkaClients clients;

    @Inject
    OutboxRelay relay;

    private Admin admin;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("kafka")
                .withData("outboxBacklog", relay.backlog())
                .withData("outboxPublisher", relay.isLeader());
        try {
            int nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs(2000)).nodes().get(3, TimeUnit.SECONDS).size();
            return response.up().withData("brokers", nodes).build();
        } catch (Exception e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = clients.admin();
        }
        return admin;
    }
}
