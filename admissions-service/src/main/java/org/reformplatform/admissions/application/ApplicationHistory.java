package org.reformplatform.admissions.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An application's status and every event of its history with its time, from the read model. */
@Schema(name = "ApplicationHistory")
public record ApplicationHistory(UUID applicationId, String status, Instant updatedAt, List<Entry> events) {

    @Schema(name = "ApplicationHistoryEntry")
    public record Entry(int version, @Schema(example = "ApplicationSubmitted") String type, Instant occurredAt) {
    }

    static ApplicationHistory of(ApplicationSummary row, List<ApplicationHistoryEntry> entries) {
        return new ApplicationHistory(row.id, row.status.name().toLowerCase(), row.updatedAt,
                entries.stream().map(e -> new Entry(e.streamVersion, e.eventType, e.occurredAt)).toList());
    }
}
