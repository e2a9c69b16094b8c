package org.reformplatform.qualification.recognitionlist;

import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;

/**
 * The recognition list's id. The region publishes one list (境外职业资格证书认可清单), so there is one
 * stream, {@link #REGIONAL}; every version of the list lives in it.
 */
public record RecognitionListId(UUID value) implements Id {

    public static final RecognitionListId REGIONAL = new RecognitionListId(UUID.fromString("6a0c1f8e-2d5b-4c1a-9f3e-0b7d4e2a1c55"));
}
