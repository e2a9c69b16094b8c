package org.reformplatform.evaluation.cycle;

import org.reformplatform.evaluation.researcher.ResearcherId;

/** A declared conflict of interest: this evaluator must not evaluate this researcher in the cycle. */
public record Conflict(String evaluator, ResearcherId researcherId) {
}
