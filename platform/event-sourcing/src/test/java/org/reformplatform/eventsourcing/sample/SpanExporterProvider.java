package org.reformplatform.eventsourcing.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;

/** The kernel tests' span exporter: spans kept in memory for TracingTest to read. */
@ApplicationScoped
public class SpanExporterProvider {

    @Produces
    @Singleton
    public InMemorySpanExporter spans() {
        return InMemorySpanExporter.create();
    }
}
