package org.reformplatform.eventsourcing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.reformplatform.kafkalocal.KafkaLocalResource;
import org.reformplatform.testing.PostgresDatabaseResource;

/**
 * The real infrastructure every test in this module runs against: a Kafka broker in a child JVM, a
 * fresh PostgreSQL database and an OIDC provider that signs real tokens.
 */
@QuarkusTestResource(KafkaLocalResource.class)
@QuarkusTestResource(PostgresDatabaseResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class KernelTestResources {

    private KernelTestResources() {
    }
}
