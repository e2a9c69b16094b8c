package org.reformplatform.systemtests.scenario;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The report's figures as the scenario checked them: what it expected (from the report, or from
 * what it sent itself), what the read models answered, and whether they agree.
 */
public final class Figures {

    /** One figure: a programme, what is counted, expected and read back. */
    public record Figure(String programme, String name, String expected, String readBack, boolean ok) {
    }

    private final List<Figure> figures = new ArrayList<>();

    public synchronized Figure add(String programme, String name, Object expected, Object readBack) {
        return add(programme, name, String.valueOf(expected), String.valueOf(readBack), Objects.equals(String.valueOf(expected),
                String.valueOf(readBack)));
    }

    public synchronized Figure add(String programme, String name, String expected, String readBack, boolean ok) {
        Figure figure = new Figure(programme, name, expected, readBack, ok);
        figures.add(figure);
        return figure;
    }

    public synchronized List<Figure> all() {
        return List.copyOf(figures);
    }

    public synchronized List<Figure> missing() {
        return figures.stream().filter(f -> !f.ok()).toList();
    }

    /** Prints the table; long values (maps of counts) wrap after a comma so the table stays readable in a terminal. */
    public void print(PrintStream out) {
        List<Figure> all = all();
        int name = "figure".length();
        for (Figure f : all) {
            name = Math.max(name, f.programme().length() + 2 + f.name().length());
        }
        int expected = Math.max("expected".length(), all.stream().mapToInt(f -> widest(wrap(f.expected()))).max().orElse(0));
        int read = Math.max("read back".length(), all.stream().mapToInt(f -> widest(wrap(f.readBack()))).max().orElse(0));
        String format = "%-" + name + "s  %-" + expected + "s  %-" + read + "s  %s%n";
        out.printf(format, "figure", "expected", "read back", "");
        out.println("-".repeat(name + expected + read + 13));
        for (Figure f : all) {
            List<String> left = wrap(f.expected());
            List<String> right = wrap(f.readBack());
            for (int line = 0; line < Math.max(left.size(), right.size()); line++) {
                out.printf(format, line == 0 ? f.programme() + ": " + f.name() : "", line < left.size() ? left.get(line) : "",
                        line < right.size() ? right.get(line) : "", line == 0 ? (f.ok() ? "OK" : "MISSING") : "");
            }
        }
        long missing = all.stream().filter(f -> !f.ok()).count();
        out.printf("%d figures, %d OK, %d MISSING%n", all.size(), all.size() - missing, missing);
    }

    private static final int CELL = 46;

    static List<String> wrap(String value) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String part : value.split("(?<=, )")) {
            if (line.length() > 0 && line.length() + part.length() > CELL) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            line.append(part);
        }
        lines.add(line.toString().stripTrailing());
        return lines;
    }

    private static int widest(List<String> lines) {
        return lines.stream().mapToInt(String::length).max().orElse(0);
    }
}
