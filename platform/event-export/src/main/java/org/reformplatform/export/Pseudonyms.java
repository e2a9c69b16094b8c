package org.reformplatform.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * What analysts see of personal data: the services publish it sealed
 * ({@code pd1:<subject>:<ciphertext>}, the kernel's privacy.SealedText; docs/architecture.md), and
 * the export turns each sealed value into a stable pseudonym of its data subject,
 * {@code pseudonym:<16 hex digits>} (SHA-256 of the subject id), the same in every event and topic:
 * analysts can count and join people, never read who they are. Ciphertext itself is never exported:
 * it changes with every event (random IVs) and is of no use without the key.
 */
final class Pseudonyms {

    private static final String SEALED = "pd1:";

    private Pseudonyms() {
    }

    /** The data with every sealed value replaced by its subject's pseudonym, in place. */
    static JsonNode apply(JsonNode data) {
        if (data instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(replaced(field.getValue()));
            }
        } else if (data instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, replaced(array.get(i)));
            }
        }
        return data;
    }

    private static JsonNode replaced(JsonNode value) {
        if (value.isTextual()) {
            String text = value.asText();
            int end = text.startsWith(SEALED) ? text.indexOf(':', SEALED.length()) : -1;
            return end > SEALED.length() ? TextNode.valueOf(of(text.substring(SEALED.length(), end))) : value;
        }
        return apply(value);
    }

    /** Whether the data holds a sealed value anywhere. */
    static boolean containsSealed(JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isTextual()) {
            String text = node.asText();
            return text.startsWith(SEALED) && text.indexOf(':', SEALED.length()) > SEALED.length();
        }
        for (JsonNode child : node) {
            if (containsSealed(child)) {
                return true;
            }
        }
        return false;
    }

    /** The pseudonym of a data subject (an id the services share). */
    static String of(String subject) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("reform-platform:data-subject:" + subject).getBytes(StandardCharsets.UTF_8));
            return "pseudonym:" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
