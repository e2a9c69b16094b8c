package org.reformplatform.eventsourcing.json;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.cfg.ContextAttributes;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import org.reformplatform.eventsourcing.http.Text;

/**
 * Values a request may not carry because the platform could store them in an event but not keep
 * them anywhere else: the event would be accepted, then dead-lettered by every read model it reaches
 * (found by the bad-input suite). Refused as a malformed body, naming the field:
 * <ul>
 * <li>text with a NUL character (PostgreSQL refuses it in every text column) or an unpaired
 * surrogate (not encodable as UTF-8);</li>
 * <li>dates and times outside the years 0001 to 9999 (the API's {@code YYYY-MM-DD}; PostgreSQL's
 * date and timestamp columns end in year 294276 and 5874897, Java's a billion years on);</li>
 * <li>scalars of another JSON type than the field's: a number for a text or a date, a string for a
 * number, a fraction for a whole number ({@link StrictScalar}).</li>
 * </ul>
 * Stored events and records from topics are read as they are: the event codec's mapper carries the
 * {@link #stored()} attribute, which turns these checks off.
 */
public final class RequestValues {

    static final String STORED = "reform-platform.stored-event";
    static final int FIRST_YEAR = 1;
    static final int LAST_YEAR = 9999;

    private RequestValues() {
    }

    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("reform-platform-request-values");
        module.addDeserializer(String.class, new StorableText());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                JsonDeserializer<?> checked = deserializer;
                if (type == LocalDate.class || type == LocalDateTime.class || type == OffsetDateTime.class || type == ZonedDateTime.class
                        || type == Instant.class) {
                    checked = new YearInRange(checked);
                }
                return StrictScalar.of(type, checked);
            }

            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return StrictScalar.of(type.getRawClass(), deserializer);
            }
        });
        return module;
    }

    /** The attributes of a mapper that reads stored events: no request checks. */
    public static ContextAttributes stored() {
        return ContextAttributes.getEmpty().withSharedAttribute(STORED, Boolean.TRUE);
    }

    static boolean readingStored(DeserializationContext context) {
        return context.getAttribute(STORED) != null;
    }

    static final class StorableText extends StdScalarDeserializer<String> {
        StorableText() {
            super(String.class);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && !readingStored(context) && !Text.isStorable(value)) {
                return (String) context.handleWeirdStringValue(String.class, value, "text may not contain NUL or unpaired surrogate characters");
            }
            return value;
        }
    }

    static final class YearInRange extends DelegatingDeserializer {
        YearInRange(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new YearInRange(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value instanceof Temporal temporal && !readingStored(context)) {
                int year = yearOf(temporal);
                if (year < FIRST_YEAR || year > LAST_YEAR) {
                    return context.handleWeirdStringValue(value.getClass(), parser.getText(),
                            "the year must be from %04d to %d", FIRST_YEAR, LAST_YEAR);
                }
            }
            return value;
        }

        private static int yearOf(Temporal temporal) {
            if (temporal instanceof Instant instant) {
                return instant.atOffset(ZoneOffset.UTC).getYear();
            }
            if (temporal instanceof LocalDate date) {
                return date.getYear();
            }
            if (temporal instanceof LocalDateTime dateTime) {
                return dateTime.getYear();
            }
            if (temporal instanceof OffsetDateTime dateTime) {
                return dateTime.getYear();
            }
            return ((ZonedDateTime) temporal).getYear();
        }
    }
}
