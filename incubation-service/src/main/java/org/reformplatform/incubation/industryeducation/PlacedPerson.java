package org.reformplatform.incubation.industryeducation;

import java.util.UUID;

/**
 * A student or mentor of a placement: known from admissions-service's events ({@code admissionsId}:
 * the studentId or mentorId admissions gave them, {@code fromAdmissions} true), or registered here by
 * name ({@code admissionsId} null).
 */
public record PlacedPerson(UUID admissionsId, String name, String organisation, boolean fromAdmissions) {

    public static PlacedPerson registered(String name, String organisation) {
        return new PlacedPerson(null, name, organisation, false);
    }
}
