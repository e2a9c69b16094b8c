package org.reformplatform.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the system tests' own: a fresh cluster ({@code initdb}) in the data
 * directory, on a free loopback port, trust authentication for {@code postgres}, stopped when the
 * tests end. The platform under test uses it instead of the machine's server (run.sh reads
 * {@code PLATFORM_PG_PORT}), so that the fault suite can restart the platform's database under load
 * in every run without restarting a server that other people and builds on the machine are using.
 *
 * <p>Same binaries as the machine's server (the newest under {@code /usr/lib/postgresql}), so the
 * engine the services meet is the one they meet elsewhere. As root, the server runs as the
 * {@code postgres} user ({@code initdb} refuses root).
 */
public final class PrivatePostgres implements AutoCloseable {

    /** Five services with pools of 32, a replica, and the tests' own connections, with room to spare. */
    private static final int MAX_CONNECTIONS = 250;

    private final Path bin;
    private final Path data;
    private final Path log;
    private final int port;
    private final boolean asPostgres;

    private PrivatePostgres(Path bin, Path data, Path log, int port, boolean asPostgres) {
        this.bin = bin;
        this.data = data;
        this.log = log;
        this.port = port;
        this.asPostgres = asPostgres;
    }

    /**
     * A new cluster in {@code dir} (a leftover of a run that was killed is stopped and replaced),
     * started and accepting connections.
     */
    public static PrivatePostgres start(Path dir) {
        Path bin = binaries();
        boolean asPostgres = "root".equals(System.getProperty("user.name"));
        Path data = dir.resolve("data");
        Path log = dir.resolve("postgres.log");
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                new PrivatePostgres(bin, data, log, 0, asPostgres).pgCtl(List.of("stop", "-m", "immediate"), true);
            }
            deleteTree(dir);
            Files.createDirectories(dir);
            if (asPostgres) {
                ownedByPostgres(dir);
            }
            int port = freePort();
            PrivatePostgres server = new PrivatePostgres(bin, data, log, port, asPostgres);
            server.run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "--auth=trust",
                    "--encoding=UTF8", "--locale=C.UTF-8", "--no-instructions"), Duration.ofMinutes(2), false);
            server.pgCtl(List.of("start"), false);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not set up a PostgreSQL server in " + dir, e);
        }
    }

    public int port() {
        return port;
    }

    /** host:port, as run.sh's ready marker names it. */
    public String address() {
        return "127.0.0.1:" + port;
    }

    /**
     * Restarts the server as an operator does ({@code pg_ctl restart -m fast}: open transactions are
     * rolled back, every connection is closed) and returns how long it took until it accepted
     * connections again.
     */
    public Duration restart() {
        long started = System.nanoTime();
        pgCtl(List.of("restart", "-m", "fast"), false);
        return Duration.ofNanos(System.nanoTime() - started);
    }

    @Override
    public void close() {
        pgCtl(List.of("stop", "-m", "fast"), true);
    }

    private void pgCtl(List<String> action, boolean quiet) {
        List<String> command = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", log.toString(),
                "-w", "-t", "120"));
        command.addAll(action);
        if (!action.get(0).equals("stop")) {
            // no Unix socket: the directory Debian's server uses is not ours, and the platform connects over TCP
            command.addAll(List.of("-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections="
                    + MAX_CONNECTIONS));
        }
        run(command, Duration.ofMinutes(3), quiet);
    }

    private void run(List<String> command, Duration timeout, boolean quiet) {
        List<String> full = new ArrayList<>(command);
        if (asPostgres) {
            full.addAll(0, List.of("runuser", "-u", "postgres", "--"));
        }
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            // read while it runs: a full pipe would block it
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", full) + " did not finish within " + timeout);
            }
            if (process.exitValue() != 0 && !quiet) {
                throw new IllegalStateException(String.join(" ", full) + " failed (" + process.exitValue() + "):\n"
                        + new String(output, StandardCharsets.UTF_8) + tail());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(String.join(" ", full) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(String.join(" ", full) + " was interrupted", e);
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            return lines.isEmpty() ? "" : "\n" + log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    /** The newest PostgreSQL installed the Debian way, as .ci/run and run.sh find it. */
    private static Path binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.exists(root) ? Files.list(root) : Stream.empty()) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D.*", ""))))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL server binaries (initdb) under " + root
                            + ": install the postgresql package (.ci/run does)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void ownedByPostgres(Path dir) throws IOException {
        UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal postgres = users.lookupPrincipalByName("postgres");
        GroupPrincipal group = users.lookupPrincipalByGroupName("postgres");
        PosixFileAttributeView attributes = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
        attributes.setOwner(postgres);
        attributes.setGroup(group);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
