package org.reformplatform.mobility.post;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Special posts filled and vacant, per kind (every kind listed, zeros included). */
@Schema(name = "PostCounts")
public record PostCounts(
        @Schema(description = "The institution counted; null for all institutions") String institution,
        List<KindCount> kinds) {

    @Schema(name = "PostKindCount")
    public record KindCount(PostKind kind, PostKind.Family family, long filled, long vacant) {
    }
}
