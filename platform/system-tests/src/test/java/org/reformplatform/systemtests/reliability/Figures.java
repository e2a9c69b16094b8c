package org.reformplatform.systemtests.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The figures a suite reports: printed, and appended to {@code target/reliability-figures.md} so
 * that docs/reliability.md can quote the latest full run as it came out.
 */
public final class Figures {

    private static final Path FILE = Path.of("target", "reliability-figures.md");

    private Figures() {
    }

    /** Whether the full set runs ({@code -Dreliability.full=true}); otherwise the quick CI subset. */
    public static boolean full() {
        return Boolean.getBoolean("reliability.full");
    }

    public static void report(String suite, String text) {
        String stamped = "## " + suite + " (" + (full() ? "full" : "quick") + " run, "
                + OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + ", "
                + Runtime.getRuntime().availableProcessors() + " cores)\n\n" + text.strip() + "\n\n";
        System.out.print(stamped);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, stamped, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
