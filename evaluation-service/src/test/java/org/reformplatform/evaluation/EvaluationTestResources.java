package org.reformplatform.evaluation;

import io.quarkus.test.common.QuarkusTestResource;

import org.reformplatform.testing.PlatformTestResource;

/** Every test of this service runs against a real broker, a fresh PostgreSQL database and real signed tokens. */
@QuarkusTestResource(PlatformTestResource.class)
public final class EvaluationTestResources {

    private EvaluationTestResources() {
    }
}
