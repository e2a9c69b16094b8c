package org.reformplatform.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.sample.Tally;
import org.reformplatform.eventsourcing.sample.TallyId;

@QuarkusTest
class RefusalInTransactionTest {

    @Inject
    Aggregates aggregates;

    @Inject
    KernelFixtures fixtures;

    @Test
    void a_refused_command_leaves_the_transaction_usable_for_the_next_one() {
        TallyId id = fixtures.openTally(10);

        QuarkusTransaction.requiringNew().run(() -> {
            try {
                aggregates.handle(KernelFixtures.stream(id), Tally.DECIDER, new Tally.Increment(11, "over the limit"));
            } catch (RuleViolation refused) {
                assertThat(refused.code()).isEqualTo("tally-limit-reached");
            }
            aggregates.handle(KernelFixtures.stream(id), Tally.DECIDER, new Tally.Increment(4, "within the limit"));
        });

        assertThat(aggregates.load(KernelFixtures.stream(id), Tally.DECIDER).state().total()).isEqualTo(4);
    }
}
