package org.reformplatform.qualification.recognitionlist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reformplatform.eventsourcing.domain.RuleViolation;

/** A version of the list as the region names it, "major.minor" ("3.0"); versions only ever go up. */
public record VersionLabel(int major, int minor) implements Comparable<VersionLabel> {

    public static final String PATTERN = "\\d{1,4}\\.\\d{1,4}";
    private static final Pattern FORMAT = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

    public static VersionLabel parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw RuleViolation.malformed("malformed-version", "A list version reads major.minor, such as 3.0, not " + text);
        }
        return new VersionLabel(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The label of a stored event; null stays null (the first version is based on nothing). */
    static VersionLabel ofNullable(String text) {
        return text == null ? null : parse(text);
    }

    @Override
    public int compareTo(VersionLabel other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    public boolean isAfter(VersionLabel other) {
        return compareTo(other) > 0;
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
