package org.reformplatform.eventsourcing.http;

/** Text the platform can store and search for: PostgreSQL refuses NUL, and UTF-8 cannot encode an unpaired surrogate. */
public final class Text {

    private Text() {
    }

    public static boolean isStorable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
