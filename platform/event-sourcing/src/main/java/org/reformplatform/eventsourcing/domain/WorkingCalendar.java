package org.reformplatform.eventsourcing.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which days are working days in a region: Monday to Friday, less its public holidays, plus the
 * weekend days it works instead (China moves working days around its holidays: 调休). Statutory
 * clocks ("a decision within 20 working days") count on it. Data, not code: a calendar is read from
 * lines {@code 2026-02-16 holiday Spring Festival} and {@code 2026-02-14 workday}; a date outside the
 * years it covers counts as an ordinary weekday or weekend.
 */
public record WorkingCalendar(String region, Set<LocalDate> holidays, Set<LocalDate> workdays) {

    public WorkingCalendar {
        holidays = Set.copyOf(holidays);
        workdays = Set.copyOf(workdays);
    }

    public static WorkingCalendar weekdaysOnly(String region) {
        return new WorkingCalendar(region, Set.of(), Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workdays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /**
     * The day that ends a period of {@code days} working days starting the day after {@code from}:
     * a decision owed "within 20 working days" of a complete application is due by the end of it.
     */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("a negative number of working days: " + days);
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to} (0 when {@code to} is not after {@code from}). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int counted = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return counted;
    }

    /** Reads a calendar: one date per line, {@code holiday} or {@code workday}, the rest of the line a note; {@code #} comments. */
    public static WorkingCalendar read(String region, Reader source) throws IOException {
        Set<LocalDate> holidays = new TreeSet<>();
        Set<LocalDate> workdays = new TreeSet<>();
        BufferedReader lines = new BufferedReader(source);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] parts = text.split("\\s+", 3);
            try {
                LocalDate day = LocalDate.parse(parts[0]);
                switch (parts.length > 1 ? parts[1] : "") {
                    case "holiday" -> holidays.add(day);
                    case "workday" -> workdays.add(day);
                    default -> throw new IllegalArgumentException("line " + number + " of the " + region
                            + " calendar says neither holiday nor workday: " + line);
                }
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("line " + number + " of the " + region + " calendar has no date: " + line, e);
            }
        }
        return new WorkingCalendar(region, holidays, workdays);
    }
}
