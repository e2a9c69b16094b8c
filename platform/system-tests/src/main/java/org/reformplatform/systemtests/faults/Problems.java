package org.reformplatform.systemtests.faults;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What every error answer of the platform must look like: RFC 9457 problem+json with the platform's
 * {@code type}, the HTTP status repeated, and nothing of the internals (no stack trace, no SQL, no
 * exception or driver class names).
 */
public final class Problems {

    public static final String TYPE_BASE = "https://reform-platform.org/problems/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Pattern> LEAKS = List.of(
            Pattern.compile("\\bat [a-zA-Z_$][\\w$]*(\\.[\\w$]+)+\\([\\w$]*\\.java:\\d+\\)"),
            Pattern.compile("\\b(java|javax|jakarta|org|io|com)\\.[a-z][\\w]*(\\.[a-z][\\w]*)*\\.[A-Z]\\w*(Exception|Error)\\b"),
            Pattern.compile("\\b(PSQLException|SQLException|SQLState|HibernateException|NullPointerException|ClassCastException)\\b"),
            Pattern.compile("(?i)\\b(select\\s+[\\w*,\\s.()]+\\s+from|insert\\s+into|update\\s+\\w+\\s+set|delete\\s+from)\\b"),
            Pattern.compile("ERROR: |Detail: Key \\(|org\\.postgresql|org\\.hibernate|io\\.agroal|duplicate key value violates"));

    private Problems() {
    }

    /** What is wrong with an error answer; empty if it is a proper problem. */
    public static List<String> defects(int status, String contentType, String body) {
        List<String> defects = new ArrayList<>();
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            defects.add("content type is '" + contentType + "', not application/problem+json");
        }
        JsonNode json = null;
        try {
            json = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException e) {
            defects.add("body is not JSON");
        }
        if (json == null || !json.isObject()) {
            defects.add("no problem body");
        } else {
            if (!json.path("type").asText().startsWith(TYPE_BASE)) {
                defects.add("type '" + json.path("type").asText() + "' is not one of the platform's");
            }
            if (json.path("status").asInt() != status) {
                defects.add("status in the body " + json.path("status") + " differs from HTTP " + status);
            }
        }
        defects.addAll(leaks(body));
        return defects;
    }

    /** Internals an answer must never show. */
    public static List<String> leaks(String body) {
        List<String> found = new ArrayList<>();
        if (body == null) {
            return found;
        }
        for (Pattern leak : LEAKS) {
            var matcher = leak.matcher(body);
            if (matcher.find()) {
                found.add("leaks internals: '" + matcher.group() + "'");
            }
        }
        return found;
    }

    /** The problem code ({@code type} after the base), or null. */
    public static String code(String body) {
        try {
            String type = JSON.readTree(body).path("type").asText();
            return type.startsWith(TYPE_BASE) ? type.substring(TYPE_BASE.length()) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
