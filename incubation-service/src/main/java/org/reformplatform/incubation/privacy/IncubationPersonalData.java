package org.reformplatform.incubation.privacy;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.eventsourcing.privacy.PersonalColumns;
import org.reformplatform.eventsourcing.privacy.PersonalDataTables;

/**
 * The read models of incubation-service that keep personal data in clear, and whose rows are a data
 * subject's: the kernel reads them for a subject-access request and scrubs them on erasure
 * (docs/architecture.md, personal data). The events need nothing here: their personal fields are
 * sealed, and forgetting the subject's key erases them.
 */
@ApplicationScoped
public class IncubationPersonalData implements PersonalDataTables {

    @Override
    public List<PersonalColumns> tables() {
        return List.of(
                // A placement keeps the placed student's name but not their id: the StudentPlaced event names both.
                PersonalColumns.of("education-placements", "education_placements",
                        "id IN (SELECT (payload->>'placementId')::uuid FROM events WHERE event_type = 'StudentPlaced' "
                                + "AND payload->'student'->>'admissionsId' = :subject) OR id::text = :subject", "student_name"));
        // The venture's timeline names a founder inside its summary line: VentureTimelinePersonalData scrubs it.
    }
}
