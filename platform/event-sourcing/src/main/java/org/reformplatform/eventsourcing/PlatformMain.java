package org.reformplatform.eventsourcing;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import org.reformplatform.eventsourcing.http.RequestTargets;

/**
 * How every service of the platform starts: Quarkus, with the one JVM setting the kernel needs
 * before Quarkus starts. Quarkus refuses a request whose target is not a URI with an empty 400
 * before any route runs; that check is turned off here so that {@link RequestTargets} makes it, the
 * very same way, and answers with a problem like every other 4xx. Tests set the same property in
 * the surefire configuration of the root POM.
 */
@QuarkusMain
public class PlatformMain {

    public static void main(String... args) {
        System.setProperty(RequestTargets.QUARKUS_CHECK_OFF, "true");
        Quarkus.run(args);
    }
}
