package org.reformplatform.systemtests.reliability;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Figures by row and column (a kind and its count, capacity, total in a currency...), as a read
 * model shows them or as the store says they must be, and the differences between the two. Rows and
 * columns are taken from both sides: what the store has must be shown with the same value, and what
 * the read model shows beyond it must be zero. So a kind the API forgets, or one it invents, is a
 * difference, and the comparison is never over an empty list.
 */
final class FigureTable {

    private final Map<String, Map<String, BigDecimal>> rows = new TreeMap<>();

    /** Adds to a figure (starting from zero). */
    FigureTable add(String row, String column, BigDecimal value) {
        rows.computeIfAbsent(row, k -> new TreeMap<>()).merge(column, value, BigDecimal::add);
        return this;
    }

    FigureTable add(String row, String column, long value) {
        return add(row, column, BigDecimal.valueOf(value));
    }

    /** Sets a figure as read (a read model's answer); a row may be present with no figures. */
    FigureTable set(String row, String column, BigDecimal value) {
        rows.computeIfAbsent(row, k -> new TreeMap<>()).put(column, value);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Every difference between the store's figures ({@code this}) and the read model's, each naming {@code what}, the row and the column. */
    void compareWith(FigureTable shown, String what, List<String> differences) {
        TreeSet<String> allRows = new TreeSet<>(rows.keySet());
        allRows.addAll(shown.rows.keySet());
        for (String row : allRows) {
            Map<String, BigDecimal> expected = rows.getOrDefault(row, Map.of());
            Map<String, BigDecimal> actual = shown.rows.get(row);
            if (actual == null) {
                differences.add(what + " " + row + ": not shown; the store has " + expected);
                continue;
            }
            TreeSet<String> columns = new TreeSet<>(expected.keySet());
            columns.addAll(actual.keySet());
            for (String column : columns) {
                BigDecimal want = expected.getOrDefault(column, BigDecimal.ZERO);
                BigDecimal got = actual.get(column);
                if (got == null) {
                    differences.add(what + " " + row + " " + column + ": not shown; the store has " + want.toPlainString());
                } else if (got.compareTo(want) != 0) {
                    differences.add(what + " " + row + " " + column + ": " + got.toPlainString() + ", the store has " + want.toPlainString());
                }
            }
        }
    }

    @Override
    public String toString() {
        return rows.toString();
    }
}
