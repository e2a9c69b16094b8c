package org.reformplatform.qualification.recognitionlist;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What changed from one version of the list to another, entry by entry. */
@Schema(name = "VersionDifference")
public record VersionDifference(
        @Schema(example = "2.0") String from,
        @Schema(example = "3.0") String to,
        int addedCount,
        int changedCount,
        int withdrawnCount,
        List<ListEntryView> added,
        List<ChangedEntry> changed,
        List<WithdrawnEntry> withdrawn) {

    /** An entry on both versions that reads differently, with the fields that differ. */
    @Schema(name = "ChangedEntry")
    public record ChangedEntry(UUID qualificationId, @Schema(example = "[\"subLists\"]") List<String> changedFields,
            ListEntryView before, ListEntryView after) {
    }

    /** An entry of the earlier version that the later one no longer lists, and why if the later version said. */
    @Schema(name = "WithdrawnEntry")
    public record WithdrawnEntry(ListEntryView entry, String reason) {
    }
}
