package org.reformplatform.evaluation.scheme;

import java.math.BigDecimal;

/**
 * How a track weighs one kind of evidence: each piece adds {@code pointsEach} to a dossier's total
 * (0–100), together at most {@code cap}, so that evidence rewards what a researcher did without
 * outweighing the evaluators' judgement. Part of the track, hence of the scheme's version.
 */
public record EvidenceWeight(EvidenceKind kind, BigDecimal pointsEach, BigDecimal cap) {
}
