package org.reformplatform.mobility.arrangement;

import java.time.LocalDate;

/** The days an arrangement actually ran: from its start to the day it ended. */
public record Period(LocalDate from, LocalDate to) {
}
