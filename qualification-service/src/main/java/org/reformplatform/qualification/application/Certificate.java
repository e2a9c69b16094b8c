package org.reformplatform.qualification.application;

import java.time.LocalDate;

import org.reformplatform.eventsourcing.domain.PersonalData;

/**
 * The certificate a holder presents: its number, who issued it, when, and until when it is valid
 * ({@code validUntil} null: it does not expire). Valid on a date from {@code issuedOn} to
 * {@code validUntil}, both inclusive.
 */
public record Certificate(@PersonalData String number, String issuingBody, LocalDate issuedOn, LocalDate validUntil) {

    public boolean validOn(LocalDate date) {
        return !date.isBefore(issuedOn) && (validUntil == null || !date.isAfter(validUntil));
    }
}
