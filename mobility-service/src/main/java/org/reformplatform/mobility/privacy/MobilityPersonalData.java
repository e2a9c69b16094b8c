package org.reformplatform.mobility.privacy;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.eventsourcing.privacy.PersonalColumns;
import org.reformplatform.eventsourcing.privacy.PersonalDataTables;

/**
 * The read models of mobility-service that keep personal data in clear, and whose rows are a data
 * subject's: the kernel reads them for a subject-access request and scrubs them on erasure
 * (docs/architecture.md, personal data). The events need nothing here: their personal fields are
 * sealed, and forgetting the subject's key erases them.
 */
@ApplicationScoped
public class MobilityPersonalData implements PersonalDataTables {

    @Override
    public List<PersonalColumns> tables() {
        return List.of(
                PersonalColumns.of("arrangements", "arrangement_summaries", "researcher_id::text = :subject OR id::text = :subject",
                        "researcher_name"),
                PersonalColumns.of("special-posts", "special_posts", "holder_id::text = :subject", "holder_name"),
                PersonalColumns.of("special-posts", "post_holdings", "researcher_id::text = :subject", "holder_name"));
    }
}
