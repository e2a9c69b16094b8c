package org.reformplatform.evaluation.title;

import java.util.Locale;
import java.util.Optional;

/** Professional-title levels, lowest first (初级, 中级, 副高级, 正高级). */
public enum TitleLevel {
    JUNIOR,
    INTERMEDIATE,
    ASSOCIATE_SENIOR,
    SENIOR;

    public boolean atLeast(TitleLevel other) {
        return compareTo(other) >= 0;
    }

    /** The level directly below, the one an applicant normally holds; empty for JUNIOR. */
    public Optional<TitleLevel> below() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /**
     * Reads a level as another service publishes it, leniently: the names above in any case and with
     * spaces or hyphens, plus the usual synonyms (ASSISTANT for junior, DEPUTY_SENIOR or
     * SUB_SENIOR for associate senior, FULL_SENIOR for senior). Anything else is not a level.
     */
    public static Optional<TitleLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = text.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", "_").replaceAll("^_|_$", "");
        switch (key) {
            case "JUNIOR", "ASSISTANT", "PRIMARY":
                return Optional.of(JUNIOR);
            case "INTERMEDIATE", "MIDDLE":
                return Optional.of(INTERMEDIATE);
            case "ASSOCIATE_SENIOR", "DEPUTY_SENIOR", "SUB_SENIOR", "VICE_SENIOR":
                return Optional.of(ASSOCIATE_SENIOR);
            case "SENIOR", "FULL_SENIOR", "PROFESSOR_SENIOR":
                return Optional.of(SENIOR);
            default:
                return Optional.empty();
        }
    }
}
