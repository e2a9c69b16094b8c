package org.reformplatform.admissions.integration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reformplatform.testing.ForeignContracts;

/**
 * The events admissions-service reads from other services' topics (incubation's founders) fit the
 * schemas their producers publish in docs/events: a producer change that would break this consumer
 * fails this build.
 */
class ContractsTest {

    static final Class<?>[] CONTRACTS = {FounderJoined.class, FounderVerified.class};

    @Test
    void every_contract_record_fits_its_producers_published_schema() {
        ForeignContracts.assertMatchPublishedSchemas(CONTRACTS);
    }

    @Test
    void the_contracts_checked_are_the_ones_the_handler_reads() {
        assertThat(VentureFounders.CONTRACTS.values()).<Class<?>>map(c -> c).containsExactlyInAnyOrder(CONTRACTS);
    }
}
