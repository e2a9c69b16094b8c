package org.reformplatform.eventsourcing.privacy;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import java.util.Set;

import javax.crypto.SecretKey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.reformplatform.eventsourcing.domain.PersonalData;

/**
 * Seals the {@link PersonalData} fields of an event's JSON with its subject's key on the way to the
 * store (and so to the outbox and Kafka), and opens them on the way back; a value whose key is gone
 * reads as {@link PersonalData#ERASED}. Works on the JSON tree, guided by the record's
 * {@link PersonalDataFields layout}, so upcasters and deciders never see ciphertext.
 */
@ApplicationScoped
public class PersonalDataSealer {

    @Inject
    SubjectKeys keys;

    /** Whether events of this record type hold personal data at all (most do not: they skip the tree). */
    public boolean holdsPersonalData(Class<?> recordType) {
        return !PersonalDataFields.of(recordType).isEmpty();
    }

    /** Seals the personal fields of {@code tree}, an event of {@code recordType}, in place; {@code stream} is the default subject. */
    public void seal(Class<?> recordType, ObjectNode tree, String stream) {
        walk(recordType, tree, stream, new Sealing(new HashMap<>()));
    }

    /** Opens the personal fields of {@code tree} in place; a forgotten subject's values become {@link PersonalData#ERASED}. */
    public void open(Class<?> recordType, ObjectNode tree) {
        walk(recordType, tree, null, new Opening());
    }

    /**
     * Before opening a page of stored payloads in a transaction: reads the keys of every subject
     * whose values they hold in one statement ({@link SubjectKeys#holdToOpen}), instead of one
     * statement per value opened.
     */
    public void holdKeysToOpen(Collection<String> payloads) {
        Set<String> subjects = new HashSet<>();
        String marker = "\"" + SealedText.PREFIX;
        for (String payload : payloads) {
            int at = payload.indexOf(marker);
            while (at >= 0) {
                int start = at + marker.length();
                int end = payload.indexOf(':', start);
                if (end > start) {
                    subjects.add(payload.substring(start, end));
                }
                at = payload.indexOf(marker, start);
            }
        }
        keys.holdToOpen(subjects);
    }

    /**
     * Another service's event data with every sealed value withheld (null): a consumer cannot open
     * the producer's values and keeps only ids (docs/architecture.md, personal data across services).
     */
    public static JsonNode withheld(JsonNode data) {
        if (!containsSealed(data)) {
            return data;
        }
        JsonNode copy = data.deepCopy();
        withhold(copy);
        return copy;
    }

    private static boolean containsSealed(JsonNode node) {
        if (node.isTextual()) {
            return SealedText.isSealed(node.asText());
        }
        for (JsonNode child : node) {
            if (containsSealed(child)) {
                return true;
            }
        }
        return false;
    }

    private static void withhold(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isTextual() && SealedText.isSealed(field.getValue().asText())) {
                    field.setValue(NullNode.getInstance());
                } else {
                    withhold(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual() && SealedText.isSealed(array.get(i).asText())) {
                    array.set(i, NullNode.getInstance());
                } else {
                    withhold(array.get(i));
                }
            }
        }
    }

    private interface Visit {
        /** The new value of a personal text field of {@code subject} (null subject: not known on the way back). */
        String apply(String subject, String value);
    }

    private void walk(Class<?> recordType, JsonNode node, String subject, Visit visit) {
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        PersonalDataFields.Layout layout = PersonalDataFields.of(recordType);
        for (String subjectField : layout.subjectFields()) {
            if (object.hasNonNull(subjectField)) {
                subject = object.get(subjectField).asText();
                break;
            }
        }
        for (PersonalDataFields.Field field : layout.fields()) {
            JsonNode value = object.get(field.name());
            if (value == null || value.isNull()) {
                continue;
            }
            if (field.personal() && value.isTextual()) {
                object.put(field.name(), visit.apply(subject, value.asText()));
            } else if (field.nested() != null && field.many() && value.isArray()) {
                for (JsonNode element : value) {
                    walk(field.nested(), element, subject, visit);
                }
            } else if (field.nested() != null) {
                walk(field.nested(), value, subject, visit);
            }
        }
    }

    private final class Sealing implements Visit {
        private final Map<String, Optional<SecretKey>> known;

        Sealing(Map<String, Optional<SecretKey>> known) {
            this.known = known;
        }

        @Override
        public String apply(String subject, String value) {
            if (subject == null) {
                throw new IllegalStateException("personal data without a data subject: name one with @DataSubject");
            }
            if (PersonalData.ERASED.equals(value)) {
                return value;
            }
            Optional<SecretKey> key = known.computeIfAbsent(subject, keys::toSeal);
            // A forgotten subject gets no new key: what would be sealed for them is written as erased.
            return key.map(k -> SealedText.seal(subject, value, k)).orElse(PersonalData.ERASED);
        }
    }

    private final class Opening implements Visit {
        @Override
        public String apply(String ignored, String value) {
            if (!SealedText.isSealed(value)) {
                return value;   // written before crypto-shredding, or already erased
            }
            String subject = SealedText.subjectOf(value);
            Optional<SecretKey> key = keys.toOpen(subject);
            if (key.isEmpty()) {
                return PersonalData.ERASED;
            }
            String plain = SealedText.open(value, key.get());
            if (plain == null) {
                // A cached key may be stale (a key made in a transaction that rolled back): read it again once.
                keys.evict(subject);
                plain = keys.toOpen(subject).map(k -> SealedText.open(value, k)).orElse(null);
            }
            return plain == null ? PersonalData.ERASED : plain;
        }
    }
}
