package org.reformplatform.kafkalocal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * A real Kafka broker in a child JVM, started from the broker class path recorded when this module
 * was built. Running it out of process keeps the broker's jars (Scala, Kafka server) away from the
 * class path of the code under test, and lets fault tests stop it (SIGTERM) or kill it (SIGKILL)
 * exactly as an operator or a crash would.
 *
 * <p>Ports are chosen once; a restart reuses them and the data directory, so clients reconnect to
 * the same address and find their topics, records and committed offsets again.
 */
public final class BrokerProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final int port;
    private final int controllerPort;
    private final Path dataDir;
    private final boolean ownsDataDir;
    private final int metricsPort;
    private Process process;

    private BrokerProcess(int port, int controllerPort, Path dataDir, boolean ownsDataDir, int metricsPort) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.dataDir = dataDir;
        this.ownsDataDir = ownsDataDir;
        this.metricsPort = metricsPort;
    }

    /** Starts a broker on free loopback ports with a fresh temporary data directory, deleted on close. */
    public static BrokerProcess startFresh() {
        return startFresh(0);
    }

    /** As {@link #startFresh()}, serving its metrics in Prometheus format at {@link #metricsUrl()}. */
    public static BrokerProcess startFreshWithMetrics() {
        return startFresh(freePort());
    }

    private static BrokerProcess startFresh(int metricsPort) {
        try {
            Path dir = Files.createTempDirectory("kafka-local-");
            BrokerProcess broker = new BrokerProcess(freePort(), freePort(), dir, true, metricsPort);
            broker.start();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a broker on the given port and data directory, which are kept on close. */
    public static BrokerProcess start(int port, Path dataDir) {
        BrokerProcess broker = new BrokerProcess(port, freePort(), dataDir.toAbsolutePath(), false, 0);
        broker.start();
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Where the broker serves its metrics, if it was started with them. */
    public String metricsUrl() {
        if (metricsPort == 0) {
            throw new IllegalStateException("this broker was started without metrics");
        }
        return "http://127.0.0.1:" + metricsPort + "/metrics";
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts the broker (again) and returns once it answers a cluster description. */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        try {
            Files.createDirectories(dataDir);
            List<String> command = new ArrayList<>();
            command.add(javaExecutable());
            command.addAll(List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                    "-Dorg.slf4j.simpleLogger.showDateTime=true",
                    "-cp", brokerClassPath(),
                    KafkaLocal.class.getName(),
                    "--port", String.valueOf(port),
                    "--controller-port", String.valueOf(controllerPort),
                    "--data-dir", dataDir.toString(),
                    "--metrics-port", String.valueOf(metricsPort)));
            Path log = dataDir.resolve("broker.log");
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            awaitReady(log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the Kafka broker", e);
        }
    }

    /** Stops the broker with SIGTERM: a clean, controlled shutdown. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        waitForExit(Duration.ofSeconds(30));
    }

    /** Kills the broker with SIGKILL, as a crash would. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        waitForExit(Duration.ofSeconds(10));
    }

    @Override
    public void close() {
        stop();
        if (ownsDataDir) {
            deleteRecursively(dataDir);
        }
    }

    private void waitForExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    private void awaitReady(Path log) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200);
        try (Admin admin = Admin.create(config)) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the Kafka broker exited with code " + process.exitValue()
                            + "; last lines of " + log + ":\n" + tail(log));
                }
                try {
                    admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000)).nodes().get(3, TimeUnit.SECONDS);
                    return;
                } catch (Exception notYet) {
                    sleep(100);
                }
            }
        }
        throw new IllegalStateException("the Kafka broker did not answer within " + READY_TIMEOUT + "; see " + log);
    }

    /** The class path recorded at build time, plus wherever this class itself was loaded from. */
    static String brokerClassPath() throws IOException {
        String recorded;
        try (InputStream in = BrokerProcess.class.getResourceAsStream("broker.classpath")) {
            if (in == null) {
                throw new IllegalStateException("broker.classpath is missing: build platform/kafka-local with Maven first");
            }
            recorded = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
        return ownLocation() + java.io.File.pathSeparator + recorded;
    }

    private static String ownLocation() {
        try {
            var source = KafkaLocal.class.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null && "file".equals(source.getLocation().getProtocol())) {
                return Path.of(source.getLocation().toURI()).toString();
            }
        } catch (URISyntaxException | SecurityException ignored) {
            // fall through to the location written at build time
        }
        try (InputStream in = BrokerProcess.class.getResourceAsStream("classes.location")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot tell where the kafka-local classes are", e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
