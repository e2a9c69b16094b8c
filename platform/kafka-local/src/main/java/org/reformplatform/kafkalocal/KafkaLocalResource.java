package org.reformplatform.kafkalocal;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Quarkus test resource: a real broker for the test JVM, started once per test resource scope.
 * Tests that stop or kill the broker reach it through {@link #broker()}.
 */
public class KafkaLocalResource implements QuarkusTestResourceLifecycleManager {

    private static volatile BrokerProcess broker;

    /** The broker of the running test, for fault injection. */
    public static BrokerProcess broker() {
        return broker;
    }

    @Override
    public Map<String, String> start() {
        broker = BrokerProcess.startFresh();
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }
}
