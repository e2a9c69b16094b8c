package org.reformplatform.eventsourcing.domain;

import java.util.Map;

/**
 * A command refused by a business rule. The {@code code} is stable (partners branch on it; it
 * becomes the problem type URI), the {@code detail} is for people.
 */
public final class RuleViolation extends RuntimeException {

    /** How the refusal is answered over HTTP. */
    public enum Kind {
        /** The input itself is malformed, e.g. an unparseable header (400). */
        MALFORMED,
        /** The command is well-formed but not valid against the domain's data (422). */
        INVALID,
        /** The command clashes with the current state, e.g. an event already full (409). */
        CONFLICT,
        /** Something the command refers to does not exist (404). */
        NOT_FOUND,
        /** The caller may not do this to this resource (403). */
        FORBIDDEN
    }

    private final Kind kind;
    private final String code;
    private final Map<String, Object> context;

    private RuleViolation(Kind kind, String code, String detail, Map<String, Object> context) {
        super(detail, null, false, false);
        this.kind = kind;
        this.code = code;
        this.context = Map.copyOf(context);
    }

    public static RuleViolation malformed(String code, String detail) {
        return new RuleViolation(Kind.MALFORMED, code, detail, Map.of());
    }

    public static RuleViolation invalid(String code, String detail) {
        return new RuleViolation(Kind.INVALID, code, detail, Map.of());
    }

    public static RuleViolation conflict(String code, String detail) {
        return new RuleViolation(Kind.CONFLICT, code, detail, Map.of());
    }

    public static RuleViolation notFound(String code, String detail) {
        return new RuleViolation(Kind.NOT_FOUND, code, detail, Map.of());
    }

    public static RuleViolation forbidden(String code, String detail) {
        return new RuleViolation(Kind.FORBIDDEN, code, detail, Map.of());
    }

    /** The same refusal with extra facts for the problem body, e.g. the capacity that was reached. */
    public RuleViolation with(String key, Object value) {
        var merged = new java.util.LinkedHashMap<>(context);
        merged.put(key, value);
        return new RuleViolation(kind, code, getMessage(), merged);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> context() {
        return context;
    }

    @Override
    public String toString() {
        return "RuleViolation[" + kind + " " + code + ": " + getMessage() + "]";
    }
}
