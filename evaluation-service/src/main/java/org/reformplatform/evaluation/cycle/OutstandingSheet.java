package org.reformplatform.evaluation.cycle;

/** A score sheet an assigned evaluator still owed a dossier when the cycle's scoring deadline passed. */
public record OutstandingSheet(DossierId dossierId, String evaluator) {
}
