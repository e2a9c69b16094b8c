package org.reformplatform.evaluation.researcher;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Evidence from mobility-service: time in an innovation or mobility arrangement and its reviewed
 * results (业绩导向). {@code positive} says whether the review's outcome counts in the researcher's
 * favour, as this service reads the outcome.
 */
public record MobilityRecord(UUID arrangementId, String form, String institution, String enterprise, LocalDate from, LocalDate to,
        String outcome, boolean positive, List<String> results) {
}
