package org.reformplatform.eventsourcing.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem: a stable {@code type} a client can branch on, a {@code title} and
 * {@code detail} for people, the offending {@code errors} by field, and extension members with the
 * facts of the case (e.g. the capacity that was reached).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors,
        @Schema(hidden = true) Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One offending input: where it is and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions == null ? Map.of() : extensions;
    }

    public static Builder of(int status, String code, String title) {
        return new Builder(status, code, title);
    }

    public static final class Builder {
        private final int status;
        private final String code;
        private final String title;
        private String detail;
        private String instance;
        private List<FieldError> errors;
        private final Map<String, Object> extensions = new LinkedHashMap<>();

        private Builder(int status, String code, String title) {
            this.status = status;
            this.code = code;
            this.title = title;
        }

        public Builder detail(String detail) {
            this.detail = detail;
            return this;
        }

        public Builder instance(String instance) {
            this.instance = instance;
            return this;
        }

        public Builder errors(List<FieldError> errors) {
            this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
            return this;
        }

        public Builder with(String key, Object value) {
            extensions.put(key, value);
            return this;
        }

        public Builder with(Map<String, Object> more) {
            extensions.putAll(more);
            return this;
        }

        public Problem build(String typeBase) {
            return new Problem(typeBase + code, title, status, detail, instance, errors,
                    extensions.isEmpty() ? null : Map.copyOf(extensions));
        }
    }
}
