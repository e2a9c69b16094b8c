package org.reformplatform.incubation.industryeducation;

import java.util.UUID;

import org.reformplatform.eventsourcing.domain.DataSubject;
import org.reformplatform.eventsourcing.domain.PersonalData;
import org.reformplatform.eventsourcing.domain.NotPersonalData;

/**
 * A student or mentor of a placement: known from admissions-service's events ({@code admissionsId}:
 * the studentId or mentorId admissions gave them, {@code fromAdmissions} true), or registered here by
 * name ({@code admissionsId} null).
 */
public record PlacedPerson(@DataSubject UUID admissionsId, @PersonalData String name, @NotPersonalData("the organisation the person comes from") String organisation, boolean fromAdmissions) {

    public static PlacedPerson registered(String name, String organisation) {
        return new PlacedPerson(null, name, organisation, false);
    }
}
