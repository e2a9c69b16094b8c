package org.reformplatform.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a service's time goes: a JDK Flight Recorder recording (settings "profile", started and
 * stopped with jcmd on the running service) summarised into CPU samples per layer (the first frame
 * outside the JDK decides), per thread, the hottest methods, the platform's own methods inclusive,
 * lock contention, garbage collection, allocation, and the waits on sockets of 10 ms or more (the
 * profile settings' threshold: the database and the broker, by thread and the platform frame that waited).
 */
final class Jfr {

    record Summary(long cpuSamples, Map<String, Double> byLayer, Map<String, Double> byThread, Map<String, Double> hottestMethods,
            Map<String, Double> platformInclusive, Map<String, String> contention, String gc, Map<String, Double> allocationByLayer,
            Map<String, String> socketWaits, String file) {
    }

    private static final String NAME = "benchmark";

    private Jfr() {
    }

    static void start(long pid, Path file) {
        jcmd(pid, "JFR.start", "name=" + NAME, "settings=profile", "filename=" + file);
    }

    static void stop(long pid) {
        jcmd(pid, "JFR.stop", "name=" + NAME);
    }

    private static void jcmd(long pid, String... command) {
        try {
            List<String> args = new java.util.ArrayList<>(List.of("jcmd", String.valueOf(pid)));
            args.addAll(List.of(command));
            Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Summary summarise(Path file) {
        Map<String, Long> layers = new LinkedHashMap<>();
        Map<String, Long> threads = new LinkedHashMap<>();
        Map<String, Long> self = new LinkedHashMap<>();
        Map<String, Long> inclusive = new LinkedHashMap<>();
        Map<String, long[]> contention = new LinkedHashMap<>();
        Map<String, Long> allocation = new LinkedHashMap<>();
        Map<String, long[]> sockets = new LinkedHashMap<>();
        long samples = 0;
        long allocated = 0;
        long gcCount = 0;
        Duration gcPause = Duration.ZERO;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                String type = event.getEventType().getName();
                if (type.equals("jdk.ExecutionSample")) {
                    RecordedStackTrace stack = event.getStackTrace();
                    if (stack == null || stack.getFrames().isEmpty()) {
                        continue;
                    }
                    samples++;
                    List<RecordedFrame> frames = stack.getFrames();
                    layers.merge(layer(frames), 1L, Long::sum);
                    threads.merge(threadGroup(event.getThread("sampledThread") == null ? "?" : event.getThread("sampledThread").getJavaName()), 1L, Long::sum);
                    self.merge(method(frames.get(0)), 1L, Long::sum);
                    Set<String> seen = new HashSet<>();
                    for (RecordedFrame frame : frames) {
                        String m = method(frame);
                        if (m.startsWith("org.reformplatform.") && seen.add(m)) {
                            inclusive.merge(m, 1L, Long::sum);
                        }
                    }
                } else if (type.equals("jdk.JavaMonitorEnter")) {
                    String monitor = event.getClass("monitorClass") == null ? "?" : event.getClass("monitorClass").getName();
                    String where = event.getStackTrace() == null ? "?" : firstPlatformFrame(event.getStackTrace().getFrames());
                    long[] sum = contention.computeIfAbsent(monitor + " in " + where, k -> new long[2]);
                    sum[0]++;
                    sum[1] += event.getDuration().toNanos();
                } else if (type.equals("jdk.SocketRead")) {
                    String thread = event.getThread() == null ? "?" : threadGroup(event.getThread().getJavaName());
                    String where = event.getStackTrace() == null ? "?" : firstPlatformFrame(event.getStackTrace().getFrames());
                    long[] sum = sockets.computeIfAbsent(thread + " in " + where, k -> new long[2]);
                    sum[0]++;
                    sum[1] += event.getDuration().toNanos();
                } else if (type.equals("jdk.GarbageCollection")) {
                    gcCount++;
                    gcPause = gcPause.plus(event.getDuration("sumOfPauses"));
                } else if (type.equals("jdk.ObjectAllocationSample")) {
                    long weight = event.getLong("weight");
                    allocated += weight;
                    if (event.getStackTrace() != null) {
                        allocation.merge(layer(event.getStackTrace().getFrames()), weight, Long::sum);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<String, String> locks = new LinkedHashMap<>();
        contention.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(8)
                .forEach(e -> locks.put(e.getKey(), e.getValue()[0] + " waits, " + Math.round(e.getValue()[1] / 1e6) + " ms in all"));
        Map<String, String> waits = new LinkedHashMap<>();
        sockets.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(8)
                .forEach(e -> waits.put(e.getKey(), e.getValue()[0] + " reads, " + Math.round(e.getValue()[1] / 1e6) + " ms in all"));
        return new Summary(samples, shares(layers, samples, 20), shares(threads, samples, 12), shares(self, samples, 20),
                shares(inclusive, samples, 25), locks, gcCount + " collections, " + gcPause.toMillis() + " ms of pauses",
                shares(allocation, allocated, 12), waits, file.toString());
    }

    private static Map<String, Double> shares(Map<String, Long> counts, long total, int top) {
        Map<String, Double> shares = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(e -> shares.put(e.getKey(), Math.round(e.getValue() * 1000.0 / Math.max(1, total)) / 10.0));
        return shares;
    }

    private static String method(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static String firstPlatformFrame(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            if (method(frame).startsWith("org.reformplatform.")) {
                return method(frame);
            }
        }
        return frames.isEmpty() ? "?" : method(frames.get(0));
    }

    /** Thread names without their numbers: executor-thread-12 and executor-thread-3 are one pool. */
    private static String threadGroup(String name) {
        return name.replaceAll("[-#]?\\d+", "").replaceAll("\\s+", " ").trim();
    }

    /** The layer that asked for the work: the first frame from the top that is not the JDK's. */
    static String layer(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            if (type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.") || type.startsWith("javax.")
                    || type.startsWith("com.sun.")) {
                continue;
            }
            return layerOf(type);
        }
        return "JDK only (I/O, locks, JIT, GC helpers)";
    }

    private static String layerOf(String type) {
        String[][] layers = {
            {"org.reformplatform.eventsourcing", "platform kernel"},
            {"org.reformplatform.", "service code"},
            {"org.postgresql", "PostgreSQL JDBC driver"},
            {"com.fasterxml.jackson", "Jackson (JSON)"},
            {"io.netty", "Netty (HTTP, network)"},
            {"io.vertx", "Vert.x (HTTP)"},
            {"org.jboss.resteasy", "RESTEasy Reactive"},
            {"io.quarkus.resteasy", "RESTEasy Reactive"},
            {"io.quarkus.oidc", "security (OIDC, JWT)"},
            {"io.smallrye.jwt", "security (OIDC, JWT)"},
            {"org.jose4j", "security (OIDC, JWT)"},
            {"io.quarkus.security", "security (OIDC, JWT)"},
            {"org.hibernate.validator", "Bean Validation"},
            {"org.hibernate", "Hibernate ORM / Panache"},
            {"io.quarkus.hibernate", "Hibernate ORM / Panache"},
            {"com.arjuna", "transactions (Narayana)"},
            {"io.narayana", "transactions (Narayana)"},
            {"io.quarkus.narayana", "transactions (Narayana)"},
            {"io.agroal", "connection pool (Agroal)"},
            {"org.apache.kafka", "Kafka client"},
            {"io.micrometer", "metrics (Micrometer)"},
            {"io.quarkus", "Quarkus, CDI, other framework"},
            {"io.smallrye", "Quarkus, CDI, other framework"},
            {"org.jboss", "Quarkus, CDI, other framework"},
        };
        for (String[] layer : layers) {
            if (type.startsWith(layer[0])) {
                return layer[1];
            }
        }
        return "other (" + type.substring(0, Math.max(0, type.lastIndexOf('.'))) + ")";
    }
}
