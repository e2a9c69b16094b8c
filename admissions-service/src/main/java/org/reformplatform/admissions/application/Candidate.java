package org.reformplatform.admissions.application;

import org.reformplatform.eventsourcing.domain.PersonalData;

/** The person applying: how to reach them, and a background that is recorded, never judged. */
public record Candidate(@PersonalData String name, @PersonalData String contactEmail, Background background) {
}
