package org.reformplatform.incubation.venture;

import java.time.LocalDate;

/** A key start-up milestone (关键创业节点) a venture reached, such as its first customer or product launch. */
public record Milestone(String milestone, LocalDate reachedOn) {
}
