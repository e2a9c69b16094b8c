package org.reformplatform.evaluation.reference;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The ids of reference data, derived from names: loading the reference data again finds what it
 * created the first time, and creates only what is missing.
 */
final class ReferenceIds {

    private ReferenceIds() {
    }

    static UUID of(String key) {
        return UUID.nameUUIDFromBytes(("reform-platform/evaluation/reference/" + key).getBytes(StandardCharsets.UTF_8));
    }
}
