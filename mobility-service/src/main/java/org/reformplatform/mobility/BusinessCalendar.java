package org.reformplatform.mobility;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Today's date where the arrangements are made: terms, deferrals and due dates are calendar days
 * in the region's time zone, not in UTC. The deciders get the date in their commands.
 */
@ApplicationScoped
public class BusinessCalendar {

    @ConfigProperty(name = "mobility.time-zone", defaultValue = "Asia/Shanghai")
    ZoneId zone;

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    public Instant now() {
        return Instant.now();
    }

    public ZoneId zone() {
        return zone;
    }
}
