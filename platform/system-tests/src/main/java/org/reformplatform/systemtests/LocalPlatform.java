package org.reformplatform.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole platform on this machine, started exactly as a developer starts it:
 * {@code deploy/local/run.sh}, here with its own databases ({@code --db-prefix}) and a clean slate
 * ({@code --fresh}). Tests and the scenario talk to it only through HTTP, Kafka and its databases'
 * event stores; fault tests stop, kill and restart its processes as a crash or an operator would.
 */
public final class LocalPlatform implements AutoCloseable {

    public static final List<String> SERVICES = List.of("admissions", "qualification", "mobility", "incubation", "evaluation");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(12);
    // run.sh's own waits (180 s for Keycloak, 120 s per service) suit a person at a terminal; a test
    // run on a busy 2-core CI machine has seen Keycloak take 146 s and a service 141 s to start.
    private static final Map<String, String> PATIENT_WAITS = Map.of("KEYCLOAK_READY_SECONDS", "300", "SERVICE_READY_SECONDS", "300");

    private final Path root;
    private final Path dataDir;
    private final String dbPrefix;
    private final Process script;
    private final Map<String, String> endpoints;
    private final Tokens tokens;
    private final Map<String, Process> restarted = new LinkedHashMap<>();

    private LocalPlatform(Path root, Path dataDir, String dbPrefix, Process script, Map<String, String> endpoints) {
        this.root = root;
        this.dataDir = dataDir;
        this.dbPrefix = dbPrefix;
        this.script = script;
        this.endpoints = endpoints;
        this.tokens = new Tokens(endpoints.get("keycloak"));
    }

    /**
     * Starts everything with {@code run.sh --no-build --fresh --require-all} and returns once every
     * service reports ready. The services must have been packaged (the Maven reactor does it first).
     */
    public static LocalPlatform start(Path root, Path dataDir, String dbPrefix) {
        return start(root, dataDir, dbPrefix, null);
    }

    /** As {@link #start(Path, Path, String)}, on ports from {@code portBase} (run.sh --port-base), when not null. */
    public static LocalPlatform start(Path root, Path dataDir, String dbPrefix, Integer portBase) {
        return start(root, dataDir, dbPrefix, portBase, Map.of());
    }

    /**
     * As {@link #start(Path, Path, String, Integer)}, with extra environment variables for run.sh and
     * therefore for every process it starts (e.g. {@code QUARKUS_...} settings of the services).
     */
    public static LocalPlatform start(Path root, Path dataDir, String dbPrefix, Integer portBase, Map<String, String> environment) {
        try {
            Files.createDirectories(dataDir.resolve("logs"));
            Path ready = dataDir.resolve("run").resolve("ready");
            Files.deleteIfExists(ready);
            Path log = dataDir.resolve("logs").resolve("run.log");
            List<String> command = new ArrayList<>(List.of("setsid", root.resolve("deploy/local/run.sh").toString(), "--no-build", "--fresh",
                    "--require-all", "--db-prefix", dbPrefix, "--data-dir", dataDir.toString()));
            if (portBase != null) {
                command.addAll(List.of("--port-base", String.valueOf(portBase)));
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            PATIENT_WAITS.forEach((name, seconds) -> {
                if (System.getenv(name) == null) {
                    builder.environment().put(name, seconds);
                }
            });
            builder.environment().putAll(environment);
            Process script = builder.start();
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (!Files.exists(ready)) {
                if (!script.isAlive()) {
                    throw new IllegalStateException("deploy/local/run.sh exited with " + script.exitValue() + " before the platform was ready:\n"
                            + tail(log, 40));
                }
                if (System.nanoTime() > deadline) {
                    script.destroy();
                    throw new IllegalStateException("the platform was not ready within " + START_TIMEOUT + ":\n" + tail(log, 40));
                }
                Thread.sleep(500);
            }
            return new LocalPlatform(root, dataDir, dbPrefix, script, readEndpoints(ready));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A platform that is already running (deploy/local/run.sh started by hand with this data dir and
     * prefix), for quick iterations on a test: its processes can be killed and restarted like those
     * of a started one, and {@link #close()} leaves it running.
     */
    public static LocalPlatform attach(Path root, Path dataDir, String dbPrefix) {
        return new LocalPlatform(root, dataDir, dbPrefix, null, readEndpoints(dataDir.resolve("run").resolve("ready")));
    }

    /** A platform someone else started (deploy/local/run.sh), found by its ready marker. */
    public static Map<String, String> endpointsOf(Path dataDir) {
        return readEndpoints(dataDir.resolve("run").resolve("ready"));
    }

    public String url(String service) {
        String url = endpoints.get(service);
        if (url == null) {
            throw new IllegalArgumentException("no service " + service + " is running (" + endpoints.keySet() + ")");
        }
        return url;
    }

    public Map<String, String> endpoints() {
        return endpoints;
    }

    public String kafkaBootstrap() {
        return endpoints.get("kafka");
    }

    public String jdbcUrl(String service) {
        return "jdbc:postgresql://" + postgres() + "/" + database(service);
    }

    /** host:port of the PostgreSQL server the services use (run.sh's ready marker; the machine's by default). */
    public String postgres() {
        return endpoints.getOrDefault("postgres", "127.0.0.1:5432");
    }

    /** The name of a service's database on this platform ({@code --db-prefix} + service). */
    public String database(String service) {
        return dbPrefix + service;
    }

    /** Where this platform keeps the broker's data, logs and pid files. */
    public Path dataDir() {
        return dataDir;
    }

    public Tokens tokens() {
        return tokens;
    }

    public Api api() {
        return new Api(endpoints, tokens);
    }

    public Path log(String name) {
        return dataDir.resolve("logs").resolve(name + ".log");
    }

    /** The pid of a process the platform runs: a service name, {@code kafka} or {@code keycloak}. */
    public long pid(String name) {
        Process again = restarted.get(name);
        if (again != null) {
            return again.pid();
        }
        try {
            return recordedPid(name);
        } catch (IOException e) {
            throw new UncheckedIOException("no pid file for " + name, e);
        }
    }

    /** The pid in a process's pid file (run.sh's, or one written here for a process started again). */
    private long recordedPid(String name) throws IOException {
        String line = Files.readString(dataDir.resolve("run").resolve(name + ".pid")).trim();
        return Long.parseLong(line.split("\\s+")[0]);
    }

    /**
     * Kills a process with SIGKILL, as a crash would, and returns how to start it again exactly as it
     * was started (command line, environment, directory read from /proc before the kill).
     */
    public StoppedProcess kill(String name) {
        return stop(name, true);
    }

    /** Stops a process with SIGTERM, as an operator would. */
    public StoppedProcess terminate(String name) {
        return stop(name, false);
    }

    private StoppedProcess stop(String name, boolean kill) {
        long pid = pid(name);
        StoppedProcess stopped = StoppedProcess.capture(name, pid);
        ProcessHandle handle = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(name + " is not running"));
        if (kill) {
            handle.destroyForcibly();
        } else {
            handle.destroy();
        }
        try {
            handle.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
        }
        restarted.remove(name);
        return stopped;
    }

    /** Starts a stopped process again and waits until it answers (a service's readiness, the broker's port). */
    public void restart(StoppedProcess stopped) {
        restartTimed(stopped, Duration.ofMillis(250));
    }

    /**
     * Starts a stopped process again and returns the time from its launch until it answered ready,
     * checking every {@code pollEvery} (start-up time measurements use a fine clock).
     */
    public Duration restartTimed(StoppedProcess stopped, Duration pollEvery) {
        try {
            ProcessBuilder builder = new ProcessBuilder(stopped.command()).directory(stopped.directory().toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log(stopped.name()).toFile()));
            builder.environment().clear();
            builder.environment().putAll(stopped.environment());
            long launched = System.nanoTime();
            Process process = builder.start();
            restarted.put(stopped.name(), process);
            // As run.sh records its children: a later run.sh stops it if this JVM could not.
            Files.writeString(dataDir.resolve("run").resolve(stopped.name() + ".pid"), process.pid() + " " + dataDir + "\n");
            // a JVM restarted on a crowded machine may take minutes
            awaitReady(stopped.name(), Duration.ofMinutes(4), pollEvery);
            return Duration.ofNanos(System.nanoTime() - launched);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a second instance of a running service, exactly as the first runs (its command line and
     * environment read from /proc) but listening on {@code port}, as a scaled-out deployment would,
     * and returns its URL once it is ready. It shares the first one's database and consumer groups;
     * {@link #terminate(String)} with the name {@code <service>-replica} stops it, {@link #close()} too.
     */
    public String startReplica(String service) {
        return startReplica(service, Duration.ofMinutes(4));
    }

    /** As {@link #startReplica(String)}, waiting up to {@code ready} for it. */
    public String startReplica(String service, Duration ready) {
        return startReplica(service, freePort(Integer.parseInt(url(service).replaceAll(".*:", "")) + 60), ready);
    }

    /** As {@link #startReplica(String)}, on the given port. */
    public String startReplica(String service, int port) {
        return startReplica(service, port, Duration.ofMinutes(4));
    }

    private String startReplica(String service, int port, Duration ready) {
        StoppedProcess running = StoppedProcess.capture(service, pid(service));
        Map<String, String> environment = new LinkedHashMap<>(running.environment());
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        String name = service + "-replica";
        String url = "http://127.0.0.1:" + port;
        try {
            ProcessBuilder builder = new ProcessBuilder(running.command()).directory(running.directory().toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log(name).toFile()));
            builder.environment().clear();
            builder.environment().putAll(environment);
            restarted.put(name, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        endpoints.put(name, url);
        awaitReady(name, ready);
        return url;
    }

    /**
     * Makes the running second instance of a service ({@link #startReplica(String)}) the service
     * itself, once the first one was stopped: as after a rolling update, the new instance is what
     * {@link #url(String)}, {@link #pid(String)}, {@link #terminate(String)} and a later
     * {@link #startReplica(String)} of the service mean, on its own port.
     */
    public void promoteReplica(String service) {
        String name = service + "-replica";
        Process replica = restarted.get(name);
        if (replica == null || !replica.isAlive()) {
            throw new IllegalStateException("no second instance of " + service + " is running");
        }
        Process first = restarted.get(service);
        if (first != null && first.isAlive()) {
            throw new IllegalStateException("the first instance of " + service + " still runs: stop it before promoting " + name);
        }
        restarted.remove(name);
        restarted.put(service, replica);
        endpoints.put(service, endpoints.remove(name));
        Path pidFile = dataDir.resolve("run").resolve(service + ".pid");
        try {
            // run.sh removes the pid file of a child of its that stopped when it notices (at once, while it runs): let it
            // first, or it would remove the one written here. (A first instance started here is no child of run.sh's.)
            long deadline = System.nanoTime() + Duration.ofSeconds(first == null ? 3 : 0).toNanos();
            while (Files.exists(pidFile) && System.nanoTime() < deadline) {
                long recorded;
                try {
                    recorded = recordedPid(service);
                } catch (IOException | NumberFormatException goneMeanwhile) {
                    break;
                }
                if (ProcessHandle.of(recorded).map(ProcessHandle::isAlive).orElse(false)) {
                    throw new IllegalStateException("the first instance of " + service + " (pid " + recorded + ") still runs: stop it before promoting "
                            + name);
                }
                sleep(100);
            }
            // As run.sh records its children: a later run.sh stops it if this JVM could not.
            Files.writeString(pidFile, replica.pid() + " " + dataDir + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until a service reports ready, or the broker accepts connections. */
    public void awaitReady(String name, Duration timeout) {
        awaitReady(name, timeout, Duration.ofMillis(250));
    }

    /** As {@link #awaitReady(String, Duration)}, checking every {@code pollEvery}. */
    public void awaitReady(String name, Duration timeout, Duration pollEvery) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            Process started = restarted.get(name);
            if (started != null && !started.isAlive()) {
                // e.g. a start-up that could not get a database connection on a crowded machine: no use waiting for it
                throw new IllegalStateException(name + " exited with " + started.exitValue() + " before it was ready; see " + log(name));
            }
            try {
                if (name.equals("kafka")) {
                    String[] hostPort = kafkaBootstrap().split(":");
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])), 1000);
                        return;
                    }
                }
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(url(name) + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            sleep(pollEvery.toMillis());
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log(name));
    }

    @Override
    public void close() {
        if (script == null) {
            // Attached to a platform someone else runs: leave it whole, stop only the replicas started here.
            restarted.keySet().removeIf(name -> !name.endsWith("-replica"));
        }
        for (Process process : restarted.values()) {
            process.destroy();
        }
        for (Process process : restarted.values()) {
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
        }
        if (script == null) {
            return;
        }
        script.destroy();
        try {
            if (!script.waitFor(90, TimeUnit.SECONDS)) {
                script.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> readEndpoints(Path ready) {
        Map<String, String> endpoints = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(ready, StandardCharsets.UTF_8)) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length == 2) {
                    endpoints.put(parts[0], parts[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the platform is not running (no " + ready + ")", e);
        }
        return endpoints;
    }

    private static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How a process was running when it was stopped: enough to start it again the same way. */
    public record StoppedProcess(String name, List<String> command, Map<String, String> environment, Path directory) {

        static StoppedProcess capture(String name, long pid) {
            try {
                Path proc = Path.of("/proc", String.valueOf(pid));
                List<String> command = new ArrayList<>(List.of(new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8).split("\0")));
                Map<String, String> environment = new LinkedHashMap<>();
                for (String entry : new String(Files.readAllBytes(proc.resolve("environ")), StandardCharsets.UTF_8).split("\0")) {
                    int eq = entry.indexOf('=');
                    if (eq > 0) {
                        environment.put(entry.substring(0, eq), entry.substring(eq + 1));
                    }
                }
                return new StoppedProcess(name, command, environment, proc.resolve("cwd").toRealPath());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read how " + name + " (pid " + pid + ") was started", e);
            }
        }
    }

    /** The first port from {@code from} that nothing listens on (replicas stay near their service's port). */
    private static int freePort(int from) {
        for (int port = from; port < from + 100; port++) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            } catch (IOException free) {
                return port;
            }
        }
        throw new IllegalStateException("no free port from " + from);
    }
}
