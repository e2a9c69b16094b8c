package org.reformplatform.evaluation.integration;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import org.reformplatform.eventsourcing.projection.Contract;

/**
 * What this service reads of mobility-service's {@code ResultsReviewed.v1}: the reviewed results of
 * a researcher's mobility arrangement. Form and outcome are read as texts (the outcomes that count
 * are a setting, in any case); of the rest, only the two ids must be there.
 */
@Contract(event = "mobility.ResultsReviewed", version = 1)
public record ResultsReviewed(
        UUID arrangementId,
        UUID researcherId,
        @Contract.Optional String form,
        @Contract.Optional String institution,
        @Contract.Optional String enterprise,
        @Contract.Optional Period period,
        @Contract.Optional String outcome,
        // A single result, not in a list, is read as a list of one.
        @Contract.Optional @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Result> results) {

    public record Period(@Contract.Optional LocalDate from, @Contract.Optional LocalDate to) {
    }

    /**
     * One result, {@code {kind, title}} as mobility-service publishes it. A bare text (or any other
     * JSON value) is read too: results are kept as texts, whatever their shape.
     */
    @JsonDeserialize(using = Result.Reader.class)
    public record Result(@Contract.Optional String kind, @Contract.Optional String title) {

        /**
         * The result as a text of evidence: a published result as its JSON, as it was always kept (the
         * same result again must read the same, or a redelivery would record it anew); a bare value
         * (which has no kind: mobility-service always names one) as itself.
         */
        String text() {
            return kind == null ? title : JsonNodeFactory.instance.objectNode().put("kind", kind).put("title", title).toString();
        }

        static final class Reader extends StdDeserializer<Result> {

            Reader() {
                super(Result.class);
            }

            @Override
            public Result deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                JsonNode node = parser.readValueAsTree();
                if (node.isObject()) {
                    return new Result(text(node.get("kind")), text(node.get("title")));
                }
                return new Result(null, node.isValueNode() ? node.asText() : node.toString());
            }

            private static String text(JsonNode value) {
                return value == null || value.isNull() ? null : value.asText();
            }
        }
    }

    public LocalDate from() {
        return period == null ? null : period.from();
    }

    public LocalDate to() {
        return period == null ? null : period.to();
    }

    /** The results as texts of evidence, none if there were none. */
    public List<String> resultTexts() {
        return results == null ? List.of() : results.stream().filter(Objects::nonNull).map(Result::text).toList();
    }
}
