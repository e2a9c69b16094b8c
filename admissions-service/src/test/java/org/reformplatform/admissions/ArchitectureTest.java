package org.reformplatform.admissions;

import org.junit.jupiter.api.Test;
import org.reformplatform.testing.ArchitectureRules;

/** The rules every service keeps (docs/architecture.md, "Rules the build keeps"), checked on admissions-service's classes. */
class ArchitectureTest {

    @Test
    void admissions_keeps_the_architecture_rules() {
        ArchitectureRules.assertService("admissions");
    }
}
