package org.reformplatform.eventsourcing.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reformplatform.eventsourcing.domain.Id;

/**
 * The JSON type of every scalar, at the mapper: strict for requests, as written for stored events
 * (a mapper with {@link RequestValues#stored()}, as the event codec has).
 */
class StrictScalarTest {

    enum Colour { RED, GREEN }

    record ThingId(UUID value) implements Id {
    }

    record Inner(String name, LocalDate since) {
    }

    record Thing(String text, int whole, Long big, double ratio, BigDecimal amount, boolean flag, Boolean maybe, LocalDate day,
                 Instant at, Colour colour, UUID uuid, ThingId id, List<String> tags, List<Inner> inner, Map<String, Integer> counts) {
    }

    private static final String VALID = """
            {"text": "t", "whole": 1, "big": 2, "ratio": 0.5, "amount": "12.50", "flag": true, "maybe": false, "day": "2026-06-01",
             "at": "2026-06-01T09:00:00+08:00", "colour": "GREEN", "uuid": "7d3c3f0e-3f4a-4c8e-9a51-2b1f0f6a9e11",
             "id": "0b6a2f7c-51d4-4f0e-8e7e-5a1d2c3b4a59", "tags": ["a", "b"], "inner": [{"name": "n", "since": "2020-01-31"}],
             "counts": {"a": 1}}""";

    private static final ObjectMapper BODIES = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

    private final ObjectMapper requests = mapper();
    private final ObjectMapper stored = mapper().copy().setDefaultAttributes(RequestValues.stored());

    private static ObjectMapper mapper() {
        ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        new PlatformJackson().customize(mapper);
        return mapper;
    }

    /** The valid body with one field set to some JSON; numbers are kept as written (a default tree would make 12.50 a double, or 12.5). */
    private static String with(String field, String json) throws Exception {
        ObjectNode tree = (ObjectNode) BODIES.readTree(VALID);
        ObjectNode at = tree;
        String[] steps = field.split("\\.");
        for (int i = 0; i < steps.length - 1; i++) {
            // "inner.name": the first element of the list
            at = (ObjectNode) at.get(steps[i]).get(0);
        }
        at.set(steps[steps.length - 1], BODIES.readTree(json));
        return BODIES.writeValueAsString(tree);
    }

    @Test
    void a_body_of_the_documented_types_is_read() throws Exception {
        Thing thing = requests.readValue(VALID, Thing.class);
        assertThat(thing.amount()).isEqualTo(new BigDecimal("12.50"));
        assertThat(thing.colour()).isEqualTo(Colour.GREEN);
        assertThat(thing.inner().get(0).since()).isEqualTo(LocalDate.of(2020, 1, 31));
        assertThat(thing.ratio()).isEqualTo(0.5);
    }

    @Nested
    class Requests {

        @ParameterizedTest(name = "{0} = {1}")
        @CsvSource(delimiter = '|', textBlock = """
                text        | 12345                   | text       | must be a string, not a whole number
                text        | true                    | text       | must be a string, not a boolean
                text        | 1.5                     | text       | must be a string, not a number with a fraction or exponent
                whole       | "1"                     | whole      | must be a whole number, not a string
                whole       | 1.7                     | whole      | must be a whole number, not a number with a fraction or exponent
                whole       | 1.0                     | whole      | must be a whole number, not a number with a fraction or exponent
                whole       | 1e2                     | whole      | must be a whole number, not a number with a fraction or exponent
                whole       | false                   | whole      | must be a whole number, not a boolean
                big         | "2"                     | big        | must be a whole number, not a string
                ratio       | "0.5"                   | ratio      | must be a number, not a string
                ratio       | "NaN"                   | ratio      | must be a number, not a string
                amount      | true                    | amount     | must be a decimal string such as "12.50", not a boolean
                amount      | {}                      | amount     | must be a decimal string such as "12.50", not an object
                flag        | "true"                  | flag       | must be true or false, not a string
                flag        | 1                       | flag       | must be true or false, not a whole number
                maybe       | "false"                 | maybe      | must be true or false, not a string
                maybe       | 0                       | maybe      | must be true or false, not a whole number
                day         | 12345                   | day        | must be an ISO-8601 string, not a whole number
                day         | [2026, 6, 1]            | day        | must be an ISO-8601 string, not an array
                at          | 1767225600              | at         | must be an ISO-8601 string, not a whole number
                at          | 1767225600.5            | at         | must be an ISO-8601 string, not a number with a fraction or exponent
                colour      | 0                       | colour     | must be one of its names as a string, not a whole number
                colour      | true                    | colour     | must be one of its names as a string, not a boolean
                uuid        | 12345                   | uuid       | must be a string, not a whole number
                id          | 12345                   | id         | must be a string, not a whole number
                id          | true                    | id         | must be a string, not a boolean
                tags        | ["a", 2]                | tags[1]    | must be a string, not a whole number
                tags        | [true]                  | tags[0]    | must be a string, not a boolean
                inner.name  | 42                      | inner[0].name  | must be a string, not a whole number
                inner.since | 12345                   | inner[0].since | must be an ISO-8601 string, not a whole number
                counts      | {"a": "1"}              | counts.a   | must be a whole number, not a string
                """)
        void a_scalar_of_another_json_type_is_refused_naming_the_field(String field, String value, String path, String message) throws Exception {
            String body = with(field, value);
            assertThatThrownBy(() -> requests.readValue(body, Thing.class))
                    .isInstanceOf(MismatchedInputException.class)
                    .satisfies(e -> {
                        MismatchedInputException mismatch = (MismatchedInputException) e;
                        assertThat(mismatch.getOriginalMessage()).isEqualTo(message);
                        assertThat(pathOf(mismatch)).isEqualTo(path);
                    });
        }

        @ParameterizedTest(name = "amount = {0}")
        @CsvSource(delimiter = '|', textBlock = """
                "12.50"     | 12.50
                12.50       | 12.50
                7           | 7
                0.1         | 0.1
                "1234567890123456789.123456789" | 1234567890123456789.123456789
                1234567890123456789.123456789   | 1234567890123456789.123456789
                """)
        void a_decimal_is_read_exactly_from_a_string_or_a_number(String value, String expected) throws Exception {
            Thing thing = requests.readValue(with("amount", value), Thing.class);
            assertThat(thing.amount()).isEqualTo(new BigDecimal(expected));
        }

        @Test
        void null_is_left_to_validation() throws Exception {
            Thing thing = requests.readValue(with("text", "null"), Thing.class);
            assertThat(thing.text()).isNull();
        }
    }

    @Nested
    class StoredEvents {

        @Test
        void decimals_written_as_strings_are_read() throws Exception {
            assertThat(stored.readValue(VALID, Thing.class).amount()).isEqualTo(new BigDecimal("12.50"));
        }

        @Test
        void are_read_as_they_were_written_without_the_request_checks() throws Exception {
            // An event stored before the API was strict may hold a value that a request could then coerce.
            Thing thing = stored.readValue(with("text", "12345"), Thing.class);
            assertThat(thing.text()).isEqualTo("12345");
            assertThat(stored.readValue(with("big", "\"2\""), Thing.class).big()).isEqualTo(2L);
        }
    }

    private static String pathOf(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
