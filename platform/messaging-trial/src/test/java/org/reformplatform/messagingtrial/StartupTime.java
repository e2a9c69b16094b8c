package org.reformplatform.messagingtrial;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

/**
 * The application's start, as this trial compares it with and without the SmallRye extension: from
 * the moment the test resources are ready (broker, database, backlog) to the start-up event, which
 * comes after SmallRye has wired its channels; wall time and the JVM's CPU. Quarkus's own "started
 * in" also counts the build of the application and the test resources. System properties carry the
 * first moment across the class loaders of the test resource and the application.
 */
@ApplicationScoped
public class StartupTime {

    private static final String READY_NANOS = "trial.resources-ready.nanos";
    private static final String READY_CPU = "trial.resources-ready.cpu";

    static void resourcesReady() {
        System.setProperty(READY_CPU, String.valueOf(Cpu.process()));
        System.setProperty(READY_NANOS, String.valueOf(System.nanoTime()));
    }

    void onStart(@Observes @Priority(Integer.MAX_VALUE) StartupEvent event) {
        long now = System.nanoTime();
        long cpu = Cpu.process();
        String ready = System.getProperty(READY_NANOS);
        if (ready != null) {
            System.out.printf("application start after the test resources: %.2f s, %.2f CPU s of the JVM%n",
                    (now - Long.parseLong(ready)) / 1e9, (cpu - Long.parseLong(System.getProperty(READY_CPU))) / 1e9);
        }
    }
}
