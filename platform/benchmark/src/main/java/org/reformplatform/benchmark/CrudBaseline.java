package org.reformplatform.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The CRUD baseline (platform/crud-baseline) as deploy/local would run a service: its packaged
 * jar, the same JVM options ({@code -Xms64m -Xmx256m -XX:+UseSerialGC -XX:-UseCodeCacheFlushing}), the same environment
 * variables, its own fresh database, the platform's Keycloak.
 */
final class CrudBaseline implements AutoCloseable {

    static final String NAME = "crud";

    private final Process process;
    private final String url;
    private final Duration startUp;
    private final Path log;

    private CrudBaseline(Process process, String url, Duration startUp, Path log) {
        this.process = process;
        this.url = url;
        this.startUp = startUp;
        this.log = log;
    }

    static CrudBaseline start(Path root, String database, int port, String keycloakUrl, Path logs) {
        Path jar = root.resolve("platform/crud-baseline/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build it (mvn -B -q package -DskipTests -pl platform/crud-baseline)");
        }
        Databases.recreate(database);
        Path log = logs.resolve("crud-baseline.log");
        try {
            Files.createDirectories(logs);
            // Started as run.sh starts the services: from the jar's directory, with its class-data archive if it was built with one.
            List<String> command = new ArrayList<>(List.of("java", "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:-UseCodeCacheFlushing"));
            if (Files.exists(jar.resolveSibling("app-cds.jsa"))) {
                command.add("-XX:SharedArchiveFile=app-cds.jsa");
            }
            command.addAll(List.of("-jar", "quarkus-run.jar"));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(jar.getParent().toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(Map.of(
                    "PLATFORM_DB_URL", Databases.url(database),
                    "PLATFORM_DB_USER", Databases.USER,
                    "PLATFORM_DB_PASSWORD", Databases.PASSWORD,
                    "PLATFORM_OIDC_URL", keycloakUrl + "/realms/reform-platform",
                    "PLATFORM_OIDC_AUDIENCE", "reform-platform",
                    "QUARKUS_HTTP_HOST", "127.0.0.1",
                    "QUARKUS_HTTP_PORT", String.valueOf(port)));
            builder.environment().putAll(Benchmark.SERVICE_ENVIRONMENT);
            long started = System.nanoTime();
            Process process = builder.start();
            String url = "http://127.0.0.1:" + port;
            awaitReady(process, url, log);
            return new CrudBaseline(process, url, Duration.ofNanos(System.nanoTime() - started), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitReady(Process process, String url, Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the CRUD baseline exited while starting; see " + log);
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            ClosedLoop.sleep(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the CRUD baseline was not ready within 2 minutes; see " + log);
    }

    String url() {
        return url;
    }

    long pid() {
        return process.pid();
    }

    Duration startUp() {
        return startUp;
    }

    Path log() {
        return log;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
