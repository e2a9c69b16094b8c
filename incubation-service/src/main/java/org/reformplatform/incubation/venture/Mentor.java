package org.reformplatform.incubation.venture;

import java.time.LocalDate;

/** A mentor assigned to a venture: who, from which organisation, for what expertise. */
public record Mentor(String name, String organisation, String expertise, LocalDate assignedOn) {
}
