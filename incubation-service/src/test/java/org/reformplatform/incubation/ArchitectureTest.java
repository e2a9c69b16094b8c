package org.reformplatform.incubation;

import org.junit.jupiter.api.Test;
import org.reformplatform.testing.ArchitectureRules;

/** The rules every service keeps (docs/architecture.md, "Rules the build keeps"), checked on incubation-service's classes. */
class ArchitectureTest {

    @Test
    void incubation_keeps_the_architecture_rules() {
        ArchitectureRules.assertService("incubation");
    }
}
