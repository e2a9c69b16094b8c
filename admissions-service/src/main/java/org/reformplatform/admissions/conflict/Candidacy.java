package org.reformplatform.admissions.conflict;

import org.reformplatform.admissions.ids.StudentId;

/**
 * What admissions knows of a candidate that a reviewer may be related to: the organisation that
 * submitted them, and the student they already are (null for a newcomer).
 */
public record Candidacy(String organisation, StudentId studentId) {
}
