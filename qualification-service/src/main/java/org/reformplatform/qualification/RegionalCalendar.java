package org.reformplatform.qualification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Today, as the region counts days: application dates, verification and decision dates are dates
 * in the region's time zone (a certificate presented at 07:00 in Shanghai is presented on that
 * day, not on the UTC day before). Time comes from the injected clock, so tests may fix it.
 */
@ApplicationScoped
public class RegionalCalendar {

    @Inject
    Clock clock;

    @ConfigProperty(name = "qualification.time-zone", defaultValue = "Asia/Shanghai")
    ZoneId zone;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public Instant now() {
        return clock.instant();
    }
}
