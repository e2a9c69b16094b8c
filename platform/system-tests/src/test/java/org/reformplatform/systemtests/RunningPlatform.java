package org.reformplatform.systemtests;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the platform once for all system tests in this JVM (deploy/local/run.sh, fresh databases
 * with the prefix {@code systest_}, on a PostgreSQL server of the tests' own) and stops it when the
 * JVM's tests are done.
 *
 * <pre>
 * {@literal @}ExtendWith(RunningPlatform.class)
 * class SomeIT { LocalPlatform platform = RunningPlatform.platform(); }
 * </pre>
 */
public final class RunningPlatform implements BeforeAllCallback {

    private static LocalPlatform platform;
    private static PrivatePostgres postgres;

    public static synchronized LocalPlatform platform() {
        if (platform == null) {
            Path root = Path.of(System.getProperty("platform.root", "../..")).toAbsolutePath().normalize();
            Path dataDir = Path.of(System.getProperty("platform.data-dir", root.resolve(".local/system-tests").toString()));
            long started = System.nanoTime();
            String portBase = System.getProperty("platform.port-base", "");
            if (Boolean.getBoolean("platform.attach")) {
                // -Dplatform.attach=true: use the platform run.sh already runs with this data dir (development only)
                platform = LocalPlatform.attach(root, dataDir, System.getProperty("platform.db-prefix", "systest_"));
                return platform;
            }
            // The fault suite restarts the platform's PostgreSQL: a server of the tests' own, never the machine's.
            postgres = PrivatePostgres.start(dataDir.resolve("postgres"));
            try {
                platform = LocalPlatform.start(root, dataDir, System.getProperty("platform.db-prefix", "systest_"),
                        portBase.isBlank() ? null : Integer.valueOf(portBase), Map.of("PLATFORM_PG_PORT", String.valueOf(postgres.port()),
                                // YearOfDeadlinesIT lets a year pass over POST /ops/clock, after the other suites.
                                "PLATFORM_CLOCK_ADJUSTABLE", "true"));
            } catch (RuntimeException e) {
                postgres.close();
                throw e;
            }
            System.out.printf("system tests: platform ready in %.1f s (%s)%n", (System.nanoTime() - started) / 1e9, platform.endpoints());
            Runtime.getRuntime().addShutdownHook(new Thread(RunningPlatform::stop));
        }
        return platform;
    }

    /** The PostgreSQL server the tests started for the platform; empty when attached to a platform run.sh runs. */
    public static synchronized Optional<PrivatePostgres> postgres() {
        platform();
        return Optional.ofNullable(postgres);
    }

    private static synchronized void stop() {
        if (platform != null) {
            platform.close();
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        platform();
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent("platform",
                key -> (ExtensionContext.Store.CloseableResource) RunningPlatform::stop);
    }
}
