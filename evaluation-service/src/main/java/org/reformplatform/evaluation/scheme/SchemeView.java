package org.reformplatform.evaluation.scheme;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A scheme as the API shows it: one version's tracks, and the versions there are. */
@Schema(name = "EvaluationScheme")
public record SchemeView(
        UUID id,
        String institution,
        String name,
        String description,
        @Schema(description = "The version shown") int version,
        @Schema(description = "The latest version; cycles opened now use it") int currentVersion,
        Instant effectiveFrom,
        String note,
        List<Track> tracks) {

    static SchemeView of(Scheme scheme, SchemeVersion shown) {
        return new SchemeView(scheme.id().value(), scheme.institution(), scheme.name(), scheme.description(), shown.number(),
                scheme.current().number(), shown.effectiveFrom(), shown.note(), shown.tracks());
    }
}
