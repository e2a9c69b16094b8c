package org.reformplatform.systemtests.scenario;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.reformplatform.systemtests.Api;

/**
 * One year of the programme as the scenario sends it: a label that names everything the year
 * creates (mentors' affiliation, intake events, posts, researchers), so that its figures can be read
 * back as the year's own slice on a platform that already holds other data, and the clock the
 * dates are planned from.
 */
public final class ProgrammeYear {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final String label;
    private final Api api;
    private final Instant now;
    private final LocalDate today;

    public ProgrammeYear(String label, Api api, Instant now) {
        this.label = label;
        this.api = api;
        this.now = now;
        this.today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    /** A fresh label: {@code year-<UTC time>}, new on every run. */
    public static String newLabel(Instant now) {
        return "year-" + STAMP.format(now);
    }

    public String label() {
        return label;
    }

    public Api api() {
        return api;
    }

    public Instant now() {
        return now;
    }

    /** Today in UTC; dates that must not be in the future stay a day behind, so a time-zone edge cannot refuse them. */
    public LocalDate today() {
        return today;
    }

    /** A name-based id: the same label and name always give the same UUID (researchers, idempotency keys). */
    public UUID id(String name) {
        return UUID.nameUUIDFromBytes((label + "/" + name).getBytes(StandardCharsets.UTF_8));
    }

    /** A value for a query parameter (a label may hold any characters). */
    public static String query(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** An Idempotency-Key for a creating POST of this year: a retry of the same step creates nothing twice. */
    public String key(String name) {
        return id("key/" + name).toString();
    }
}
