package org.reformplatform.evaluation.cycle;

import java.math.BigDecimal;

import org.reformplatform.evaluation.scheme.EvidenceKind;

/** What one piece of evidence added to a dossier's total (0 when its track does not weigh its kind, or the kind's cap was reached). */
public record EvidenceContribution(EvidenceKind kind, String source, String description, BigDecimal points) {
}
