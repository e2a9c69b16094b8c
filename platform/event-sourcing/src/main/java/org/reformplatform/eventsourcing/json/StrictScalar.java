package org.reformplatform.eventsourcing.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;

import org.reformplatform.eventsourcing.domain.Id;

/**
 * A scalar of a request read only from the JSON type the API documents for it. Jackson coerces by
 * default, and a partner's mistake became a value they never meant, accepted and stored: the
 * number 12345 as the text "12345", as the date 2003-10-20 (12,345 days after 1970) or as the enum
 * constant at that position; {@code true} as the text "true"; "12" as the number 12; 1.7 as the
 * whole number 1. Here each kind of field takes its own JSON type and nothing else:
 * <ul>
 * <li>text, ids, UUIDs and other values written as text: a string;</li>
 * <li>dates and times: a string (ISO-8601), not a count of days or seconds, not an array of fields;</li>
 * <li>enums: a string naming the constant, not its position;</li>
 * <li>whole numbers: a JSON integer, not a string and not a number with a fraction or exponent;</li>
 * <li>other numbers: a JSON number;</li>
 * <li>decimals ({@link BigDecimal}: money, weights, scores): a string, the platform's format, or a
 * JSON number, which Jackson reads exactly as written (never through a double);</li>
 * <li>booleans: {@code true} or {@code false}.</li>
 * </ul>
 * A value of another type is a malformed body naming the field. {@code null} is left to the wrapped
 * deserializer (and to Bean Validation). Stored events and records from topics are read as they are
 * ({@link RequestValues#stored()}): they were written by the platform, decimals as strings.
 */
final class StrictScalar extends DelegatingDeserializer {

    /** The JSON types a kind of field takes, and how a partner is told so. */
    enum Kind {
        TEXT("a string", JsonToken.VALUE_STRING),
        DATE_OR_TIME("an ISO-8601 string", JsonToken.VALUE_STRING),
        ENUM_NAME("one of its names as a string", JsonToken.VALUE_STRING),
        WHOLE_NUMBER("a whole number", JsonToken.VALUE_NUMBER_INT),
        NUMBER("a number", JsonToken.VALUE_NUMBER_INT, JsonToken.VALUE_NUMBER_FLOAT),
        DECIMAL("a decimal string such as \"12.50\"", JsonToken.VALUE_STRING, JsonToken.VALUE_NUMBER_INT, JsonToken.VALUE_NUMBER_FLOAT),
        BOOLEAN("true or false", JsonToken.VALUE_TRUE, JsonToken.VALUE_FALSE);

        private final String expected;
        private final Set<JsonToken> accepted;

        Kind(String expected, JsonToken... accepted) {
            this.expected = expected;
            this.accepted = Set.of(accepted);
        }

        boolean accepts(JsonToken token) {
            return token == JsonToken.VALUE_NULL || accepted.contains(token);
        }
    }

    private final Kind kind;

    private StrictScalar(JsonDeserializer<?> delegate, Kind kind) {
        super(delegate);
        this.kind = kind;
    }

    /** The deserializer, strict about the JSON type of its values if it reads a scalar; else unchanged. */
    static JsonDeserializer<?> of(Class<?> type, JsonDeserializer<?> deserializer) {
        Kind kind = kindOf(type, deserializer);
        return kind == null ? deserializer : new StrictScalar(deserializer, kind);
    }

    static Kind kindOf(Class<?> type, JsonDeserializer<?> deserializer) {
        if (type == BigDecimal.class) {
            return Kind.DECIMAL;
        }
        if (Id.class.isAssignableFrom(type)) {
            return Kind.TEXT;
        }
        if (type == char.class || type == Character.class) {
            return Kind.TEXT;
        }
        LogicalType logical = deserializer.logicalType();
        if (logical == null) {
            return null;
        }
        return switch (logical) {
            case Textual -> Kind.TEXT;
            case DateTime -> Kind.DATE_OR_TIME;
            case Enum -> Kind.ENUM_NAME;
            case Integer -> Kind.WHOLE_NUMBER;
            case Float -> Kind.NUMBER;
            case Boolean -> Kind.BOOLEAN;
            // UUID, Currency, Locale, URI and the like: Jackson reads them from their text
            case OtherScalar -> deserializer instanceof FromStringDeserializer ? Kind.TEXT : null;
            default -> null;
        };
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
        return new StrictScalar(delegate, kind);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if (!kind.accepts(token) && !RequestValues.readingStored(context)) {
            return context.reportInputMismatch(this, "must be %s, not %s", kind.expected, describe(token));
        }
        return super.deserialize(parser, context);
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "a whole number";
            case VALUE_NUMBER_FLOAT -> "a number with a fraction or exponent";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case START_OBJECT, FIELD_NAME -> "an object";
            case START_ARRAY -> "an array";
            default -> "this value";
        };
    }
}
