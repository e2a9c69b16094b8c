package org.reformplatform.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * How many methods a JVM has compiled so far ({@code jstat -compiler}): a warm-up is over when
 * this stops growing. A 15-second warm-up left admissions' C2 compiling through the first levels
 * of a quick run (1,700 compilations per 40 s, a core of the 2 busy with them), which made the
 * quick ratios say more about the JIT than about the platform.
 */
final class Jit {

    private Jit() {
    }

    /** Methods compiled so far, or -1 if jstat cannot tell. */
    static long compilations(long pid) {
        try {
            Process jstat = new ProcessBuilder("jstat", "-compiler", String.valueOf(pid)).redirectErrorStream(true).start();
            List<String> lines = new String(jstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            if (jstat.waitFor() != 0 || lines.size() < 2) {
                return -1;
            }
            return Long.parseLong(lines.get(1).trim().split("\\s+")[0]);
        } catch (IOException | NumberFormatException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
