package org.reformplatform.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.reformplatform.kafkalocal.KafkaLocalResource;

/**
 * Everything a service's tests run against, started once per test JVM: a real Kafka broker (child
 * JVM), a fresh PostgreSQL database, and an OIDC provider whose keys sign {@link Tokens}. A
 * service declares it once: {@code @QuarkusTestResource(PlatformTestResource.class)} on any class
 * of its tests.
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {

    private final List<QuarkusTestResourceLifecycleManager> parts = List.of(
            new KafkaLocalResource(), new PostgresDatabaseResource(), new OidcWiremockTestResource());

    @Override
    public void init(Map<String, String> initArgs) {
        parts.forEach(part -> part.init(initArgs));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        parts.forEach(part -> config.putAll(part.start()));
        return config;
    }

    @Override
    public void stop() {
        parts.forEach(QuarkusTestResourceLifecycleManager::stop);
    }
}
