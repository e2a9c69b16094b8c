package org.reformplatform.eventsourcing.sample;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.eventsourcing.domain.PersonalData;
import org.reformplatform.eventsourcing.privacy.PersonalDataHolder;

/** The sample read model's personal column: the owner of each tally (the tally's stream is its subject). */
@ApplicationScoped
public class TallyOwners implements PersonalDataHolder {

    @Override
    public String name() {
        return "tally-totals";
    }

    @Override
    public List<Map<String, Object>> describe(String subject) {
        TallyTotal row = TallyTotal.findById(subject);
        return row == null ? List.of() : List.of(Map.of("streamId", row.streamId, "owner", String.valueOf(row.owner), "total", row.total));
    }

    @Override
    public int scrub(String subject) {
        return TallyTotal.update("owner = ?1 where streamId = ?2 and owner is not null", PersonalData.ERASED, subject);
    }
}
