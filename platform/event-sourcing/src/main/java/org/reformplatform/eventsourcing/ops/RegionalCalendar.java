package org.reformplatform.eventsourcing.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reformplatform.eventsourcing.domain.WorkingCalendar;

/**
 * Today, as the region counts days, and which days are working days there: dates of application,
 * terms, deferrals and due dates are calendar days in the region's time zone (a certificate presented
 * at 07:00 in Shanghai is presented on that day, not on the UTC day before), and statutory clocks
 * count working days of its calendar. Both come from the platform's one clock; handlers read them
 * and pass dates in their commands, the deciders never read a clock.
 */
@ApplicationScoped
public class RegionalCalendar {

    @Inject
    Clock clock;

    @ConfigProperty(name = "platform.time-zone", defaultValue = "Asia/Shanghai")
    ZoneId zone;

    /** The region's working calendar: the kernel's {@code calendars/CN.txt} unless a file replaces it. */
    @ConfigProperty(name = "platform.calendar.file")
    Optional<Path> calendarFile;

    private WorkingCalendar workingDays;

    @PostConstruct
    void load() {
        try (Reader source = calendarFile.isPresent()
                ? Files.newBufferedReader(calendarFile.get(), StandardCharsets.UTF_8)
                : new InputStreamReader(bundled(), StandardCharsets.UTF_8)) {
            workingDays = WorkingCalendar.read(calendarFile.map(Path::toString).orElse("CN"), source);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the working calendar " + calendarFile.orElse(null), e);
        }
    }

    private static InputStream bundled() {
        InputStream in = RegionalCalendar.class.getClassLoader().getResourceAsStream("calendars/CN.txt");
        if (in == null) {
            throw new IllegalStateException("the kernel's calendars/CN.txt is missing");
        }
        return in;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public Instant now() {
        return clock.instant();
    }

    public ZoneId zone() {
        return zone;
    }

    public WorkingCalendar workingDays() {
        return workingDays;
    }

    /** The moment a day ends in the region: a deadline "on" a date falls due when the date is over there. */
    public Instant endOf(LocalDate day) {
        return ZonedDateTime.of(day.plusDays(1).atStartOfDay(), zone).toInstant();
    }

    /** The moment a day starts in the region: an intake window opening on a date opens then. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
