package org.reformplatform.admissions.privacy;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.eventsourcing.privacy.PersonalColumns;
import org.reformplatform.eventsourcing.privacy.PersonalDataTables;

/**
 * The read models of admissions-service that keep personal data in clear, and whose rows are a data
 * subject's: the kernel reads them for a subject-access request and scrubs them on erasure
 * (docs/architecture.md, personal data). The events need nothing here: their personal fields are
 * sealed, and forgetting the subject's key erases them.
 */
@ApplicationScoped
public class AdmissionsPersonalData implements PersonalDataTables {

    @Override
    public List<PersonalColumns> tables() {
        return List.of(
                // an application (its subject) and, once admitted, the student
                PersonalColumns.of("application-status", "application_statuses", "id::text = :subject OR student_id::text = :subject",
                        "candidate_name"),
                PersonalColumns.of("special-reviews", "special_reviews", "application_id::text = :subject", "candidate_name"),
                PersonalColumns.of("admitted-students", "admitted_students", "student_id::text = :subject OR application_id::text = :subject",
                        "candidate_name"));
    }
}
