package org.reformplatform.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The facts that make figures comparable: cores, memory, CPU, JVM, PostgreSQL, kernel. */
final class Machine {

    private Machine() {
    }

    static Map<String, Object> facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("nproc", Runtime.getRuntime().availableProcessors());
        facts.put("RAM", memoryGb() + " GB");
        facts.put("CPU", cpuModel());
        facts.put("JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        facts.put("PostgreSQL", Databases.serverVersion() + " (synchronous_commit " + Databases.query("postgres", "SHOW synchronous_commit")
                + ", shared_buffers " + Databases.query("postgres", "SHOW shared_buffers") + ", max_connections "
                + Databases.query("postgres", "SHOW max_connections") + ")");
        facts.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return facts;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long memoryGb() {
        try {
            String total = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("[^0-9]", "");
            return Math.round(Long.parseLong(total) / 1024.0 / 1024.0);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
