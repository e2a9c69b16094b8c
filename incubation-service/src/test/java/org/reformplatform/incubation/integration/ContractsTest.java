package org.reformplatform.incubation.integration;

import org.junit.jupiter.api.Test;
import org.reformplatform.testing.ForeignContracts;

/**
 * The other services' events this service reads, checked against the schemas their producers publish
 * in docs/events: a producer that renames, drops, retypes or makes optional a field read here fails
 * this build.
 */
class ContractsTest {

    @Test
    void every_contract_fits_its_producers_published_schema() {
        ForeignContracts.assertMatchPublishedSchemas(StudentAdmitted.class, ArrangementActivated.class, MentorRegistered.class);
    }
}
