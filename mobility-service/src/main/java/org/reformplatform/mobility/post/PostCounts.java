package org.reformplatform.mobility.post;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Special posts filled and vacant, per kind (every kind listed, zeros included). */
@Schema(name = "PostCounts")
public record PostCounts(
        @Schema(description = "The institution counted; null for all institutions") String institution,
        List<KindCount> kinds) {

    @Schema(name = "PostKindCount")
    public record KindCount(PostKind kind, PostKind.Family family, long filled, long vacant) {
    }

    /** From the read model's rows of (kind, filled, count): every kind, with zeros where it has no post. */
    static PostCounts of(String institution, List<Object[]> counted) {
        Map<PostKind, long[]> counts = new EnumMap<>(PostKind.class);
        for (PostKind kind : PostKind.values()) {
            counts.put(kind, new long[2]);
        }
        for (Object[] row : counted) {
            counts.get((PostKind) row[0])[(Boolean) row[1] ? 0 : 1] += (Long) row[2];
        }
        return new PostCounts(institution, counts.entrySet().stream()
                .map(e -> new KindCount(e.getKey(), e.getKey().family(), e.getValue()[0], e.getValue()[1])).toList());
    }
}
