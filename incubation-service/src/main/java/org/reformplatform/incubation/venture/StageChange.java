package org.reformplatform.incubation.venture;

import java.time.LocalDate;

/** A stage a venture entered, and when. */
public record StageChange(VentureStage stage, LocalDate on) {
}
