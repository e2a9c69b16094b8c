package org.reformplatform.qualification;

import org.junit.jupiter.api.Test;
import org.reformplatform.testing.ArchitectureRules;

/** The rules every service keeps (docs/architecture.md, "Rules the build keeps"), checked on qualification-service's classes. */
class ArchitectureTest {

    @Test
    void qualification_keeps_the_architecture_rules() {
        ArchitectureRules.assertService("qualification");
    }
}
