package org.reformplatform.evaluation;

import org.junit.jupiter.api.Test;
import org.reformplatform.testing.ArchitectureRules;

/** The rules every service keeps (docs/architecture.md, "Rules the build keeps"), checked on evaluation-service's classes. */
class ArchitectureTest {

    @Test
    void evaluation_keeps_the_architecture_rules() {
        ArchitectureRules.assertService("evaluation");
    }
}
