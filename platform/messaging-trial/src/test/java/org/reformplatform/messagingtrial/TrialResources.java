package org.reformplatform.messagingtrial;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import org.reformplatform.testing.PlatformTestResource;

/**
 * What every service's tests run against (a real broker, a fresh database, the OIDC stub), and then
 * the backlog on the broker, all before Quarkus starts: the kernel's consumer starts with the
 * application, so the backlog must be whole before it.
 */
@QuarkusTestResource(TrialResources.class)
public class TrialResources implements QuarkusTestResourceLifecycleManager {

    private final PlatformTestResource platform = new PlatformTestResource();

    @Override
    public void init(Map<String, String> initArgs) {
        platform.init(initArgs);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(platform.start());
        try {
            long nanos = Backlog.write(config.get("kafka.bootstrap.servers"));
            System.out.printf("backlog: %d events written in %.1f s%n", Backlog.EVENTS, nanos / 1e9);
            StartupTime.resourcesReady();
        } catch (Exception e) {
            platform.stop();
            throw new IllegalStateException("could not write the backlog", e);
        }
        return config;
    }

    @Override
    public void stop() {
        platform.stop();
    }
}
