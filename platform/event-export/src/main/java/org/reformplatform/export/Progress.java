package org.reformplatform.export;

import java.io.PrintStream;

/** A progress line on standard error, at most once a second, so that long exports show they move. */
final class Progress {

    private final PrintStream err;
    private final long total;
    private final boolean quiet;
    private final long started = System.nanoTime();
    private long lastPrinted;
    private long read;
    private long written;

    Progress(PrintStream err, long total, boolean quiet) {
        this.err = err;
        this.total = total;
        this.quiet = quiet;
    }

    void record(boolean kept) {
        read++;
        if (kept) {
            written++;
        }
        long now = System.nanoTime();
        if (!quiet && now - lastPrinted > 1_000_000_000L) {
            lastPrinted = now;
            print("\r");
        }
    }

    void finish() {
        if (!quiet) {
            print("\r");
            err.println();
        }
    }

    long written() {
        return written;
    }

    private void print(String prefix) {
        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        long percent = total == 0 ? 100 : Math.min(100, read * 100 / total);
        err.printf("%sread %,d of %,d records (%d%%), exported %,d, %,.0f records/s", prefix, read, total, percent, written, read / seconds);
        err.flush();
    }
}
