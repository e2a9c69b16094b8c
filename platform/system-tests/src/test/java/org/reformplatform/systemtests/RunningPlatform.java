package org.reformplatform.systemtests;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the platform once for all system tests in this JVM (deploy/local/run.sh, fresh databases
 * with the prefix {@code systest_}) and stops it when the JVM's tests are done.
 *
 * <pre>
 * {@literal @}ExtendWith(RunningPlatform.class)
 * class SomeIT { LocalPlatform platform = RunningPlatform.platform(); }
 * </pre>
 */
public final class RunningPlatform implements BeforeAllCallback {

    private static LocalPlatform platform;

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
            platform = LocalPlatform.start(root, dataDir, System.getProperty("platform.db-prefix", "systest_"),
                    portBase.isBlank() ? null : Integer.valueOf(portBase));
            System.out.printf("system tests: platform ready in %.1f s (%s)%n", (System.nanoTime() - started) / 1e9, platform.endpoints());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> platform.close()));
        }
        return platform;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        LocalPlatform started = platform();
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent("platform",
                key -> (ExtensionContext.Store.CloseableResource) started::close);
    }
}
