package org.reformplatform.admissions.application;

import org.reformplatform.admissions.ids.StudentId;
import org.reformplatform.eventsourcing.domain.PersonalData;

/**
 * The person applying: how to reach them, and a background that is recorded, never judged.
 *
 * @param studentId the student the candidate already is, when an admitted student applies to another intake event
 *                  (rolling admission: several events a year); null for a newcomer. It is how the platform finds
 *                  the candidate's mentor team and ventures before a reviewer is assigned (conflicts of interest),
 *                  and reviewers never see it.
 */
public record Candidate(@PersonalData String name, @PersonalData String contactEmail, Background background, StudentId studentId) {

    /** A candidate who is not (yet) a student of the institute. */
    public Candidate(String name, String contactEmail, Background background) {
        this(name, contactEmail, background, null);
    }
}
