package org.reformplatform.mobility.post;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A special post as the API shows it, from its stream. */
@Schema(name = "SpecialPost")
public record SpecialPostView(
        UUID id,
        String institution,
        PostKind kind,
        PostKind.Family family,
        String title,
        @Schema(description = "vacant or filled") String status,
        HolderView holder) {

    @Schema(name = "PostHolder")
    public record HolderView(UUID researcherId, String name, UUID arrangementId, LocalDate since) {
    }

    static SpecialPostView of(SpecialPost post) {
        Holder h = post.holder();
        return new SpecialPostView(post.id().value(), post.institution(), post.kind(), post.kind().family(), post.title(),
                post.isVacant() ? "vacant" : "filled",
                h == null ? null : new HolderView(h.researcherId().value(), h.name(), h.arrangementId() == null ? null : h.arrangementId().value(),
                        h.since()));
    }
}
