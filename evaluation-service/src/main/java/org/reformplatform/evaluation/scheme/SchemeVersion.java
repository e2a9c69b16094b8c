package org.reformplatform.evaluation.scheme;

import java.time.Instant;
import java.util.List;

/** One version of a scheme's tracks. A cycle opened under it keeps it, whatever revisions follow. */
public record SchemeVersion(int number, List<Track> tracks, String note, Instant effectiveFrom) {
}
