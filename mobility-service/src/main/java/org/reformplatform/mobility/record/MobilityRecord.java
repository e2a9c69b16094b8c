package org.reformplatform.mobility.record;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reformplatform.mobility.arrangement.ArrangementListing;
import org.reformplatform.mobility.post.PostHolding;
import org.reformplatform.mobility.post.PostKind;

/**
 * A researcher's mobility record: their arrangements with results, and the special posts they held.
 * A feature of its own above arrangements and posts, which it reads; both refer to the researcher
 * (the feature below them all).
 */
@Schema(name = "MobilityRecord")
public record MobilityRecord(UUID researcherId, List<ArrangementListing> arrangements, List<PostHeld> posts) {

    @Schema(name = "PostHeld")
    public record PostHeld(UUID postId, String institution, PostKind kind, PostKind.Family family, String title, UUID arrangementId,
            LocalDate filledOn, @Schema(description = "null while held") LocalDate vacatedOn) {

        static PostHeld of(PostHolding h) {
            return new PostHeld(h.postId, h.institution, h.kind, h.kind.family(), h.title, h.arrangementId, h.filledOn, h.vacatedOn);
        }
    }
}
