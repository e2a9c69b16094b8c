package org.reformplatform.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What the processes of this run cost, from /proc: resident memory, and CPU time split between
 * the driver, each service, the broker, this run's PostgreSQL backends, and everything else on
 * the machine (other people's work on a shared machine shows up there).
 */
final class Processes {

    private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux

    /** The processes to watch, by name; read again at each sample because restarts change pids. */
    private final Supplier<Map<String, Long>> pids;
    private final List<String> databases;

    Processes(Supplier<Map<String, Long>> pids, List<String> databases) {
        this.pids = pids;
        this.databases = databases;
    }

    /** Resident set size in MB, or -1 when the process is gone. */
    static double rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Math.round(Long.parseLong(line.replaceAll("[^0-9]", "")) / 102.4) / 10.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    Map<String, Double> rss() {
        Map<String, Double> rss = new LinkedHashMap<>();
        pids.get().forEach((name, pid) -> rss.put(name, rssMb(pid)));
        return rss;
    }

    /** CPU ticks used so far, per watched name plus "postgres (this run)", "machine" and "driver". */
    Map<String, Long> cpuTicks() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        pids.get().forEach((name, pid) -> ticks.put(name, ticks(pid)));
        ticks.put("driver", ticks(ProcessHandle.current().pid()));
        long postgres = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : (Iterable<Path>) procs::iterator) {
                String name = proc.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String cmdline = cmdline(proc);
                if (cmdline.startsWith("postgres: ") && databases.stream().anyMatch(db -> cmdline.contains(" " + db + " "))) {
                    postgres += ticks(Long.parseLong(name));
                }
            }
        } catch (IOException e) {
            // best effort
        }
        ticks.put("postgres (this run's databases)", postgres);
        ticks.put("machine", machineBusyTicks());
        return ticks;
    }

    /** CPU seconds per name between two {@link #cpuTicks()} samples, plus "others" = machine minus ours. */
    static Map<String, Double> cpuSeconds(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        double ours = 0;
        for (Map.Entry<String, Long> entry : after.entrySet()) {
            long delta = Math.max(0, entry.getValue() - before.getOrDefault(entry.getKey(), 0L));
            double value = Math.round(delta * 100.0 / TICKS_PER_SECOND) / 100.0;
            seconds.put(entry.getKey(), value);
            if (!entry.getKey().equals("machine")) {
                ours += value;
            }
        }
        seconds.put("others", Math.max(0, Math.round((seconds.getOrDefault("machine", 0.0) - ours) * 100) / 100.0));
        return seconds;
    }

    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[11] = utime, fields[12] = stime (14th and 15th of the whole line); the threads' time is included
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static String cmdline(Path proc) {
        try {
            return new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    private static long machineBusyTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length; i++) {
                if (i != 4 && i != 5) { // idle and iowait are not busy
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return busy;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The load average over the last minute, as /proc/loadavg says. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Samples resident memory every second in the background and keeps each process's peak. */
    static final class PeakMemory implements AutoCloseable {
        private final Map<String, Double> peaks = new ConcurrentHashMap<>();
        private final Thread thread;
        private volatile boolean running = true;

        PeakMemory(Processes processes) {
            thread = new Thread(() -> {
                while (running) {
                    processes.rss().forEach((name, mb) -> peaks.merge(name, mb, Math::max));
                    ClosedLoop.sleep(1000);
                }
            }, "peak-memory");
            thread.setDaemon(true);
            thread.start();
        }

        Map<String, Double> peaks() {
            return Map.copyOf(peaks);
        }

        @Override
        public void close() {
            running = false;
        }
    }
}
