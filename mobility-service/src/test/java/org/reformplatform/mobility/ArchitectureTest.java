package org.reformplatform.mobility;

import org.junit.jupiter.api.Test;
import org.reformplatform.testing.ArchitectureRules;

/** The rules every service keeps (docs/architecture.md, "Rules the build keeps"), checked on mobility-service's classes. */
class ArchitectureTest {

    @Test
    void mobility_keeps_the_architecture_rules() {
        ArchitectureRules.assertService("mobility");
    }
}
