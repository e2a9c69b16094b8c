package org.reformplatform.eventsourcing;

import org.junit.jupiter.api.Test;
import org.reformplatform.testing.ArchitectureRules;

/** The kernel knows no service, and its domain building blocks are plain Java. */
class ArchitectureTest {

    @Test
    void the_kernel_keeps_the_architecture_rules() {
        ArchitectureRules.assertKernel();
    }
}
