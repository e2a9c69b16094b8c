package org.reformplatform.evaluation.integration;

import org.junit.jupiter.api.Test;
import org.reformplatform.testing.ForeignContracts;

/**
 * What this service reads of other services' events fits what they publish: each contract record
 * against its producer's JSON Schema in docs/events, so that a producer dropping, renaming or
 * retyping a field read here fails this build.
 */
class ContractsTest {

    @Test
    void every_contract_fits_its_producers_published_schema() {
        ForeignContracts.assertMatchPublishedSchemas(TitleEquivalenceRecognised.class, ResultsReviewed.class);
    }
}
