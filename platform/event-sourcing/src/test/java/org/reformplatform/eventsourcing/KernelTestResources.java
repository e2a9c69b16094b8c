package org.reformplatform.eventsourcing;

import io.quarkus.test.common.QuarkusTestResource;

import org.reformplatform.testing.PlatformTestResource;

/** Every test in this module runs against a real broker, a fresh PostgreSQL database and a token-signing OIDC provider. */
@QuarkusTestResource(PlatformTestResource.class)
public final class KernelTestResources {

    private KernelTestResources() {
    }
}
