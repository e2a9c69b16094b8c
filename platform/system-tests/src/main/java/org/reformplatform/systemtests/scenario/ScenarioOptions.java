package org.reformplatform.systemtests.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.reformplatform.systemtests.Api;
import org.reformplatform.systemtests.LocalPlatform;
import org.reformplatform.systemtests.Tokens;

/**
 * Where the platform is and what to run, from the command line and the environment. Without
 * {@code --data-dir}, the environment's URLs win (run.sh --then exports them); else the ready marker
 * of {@code $PLATFORM_DATA_DIR} or {@code .local}.
 */
record ScenarioOptions(Map<String, String> endpoints, String label, boolean flows) {

    static ScenarioOptions parse(String[] args) {
        String dataDir = null;
        String label = null;
        boolean flows = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = value(args, ++i);
                case "--label" -> label = value(args, ++i);
                case "--no-flows" -> flows = false;
                case "-h", "--help" -> {
                    System.out.println("ReportScenario [--data-dir DIR] [--label LABEL] [--no-flows]");
                    System.exit(0);
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Map<String, String> endpoints = dataDir == null ? fromEnvironment() : null;
        if (endpoints == null) {
            Path dir = Path.of(dataDir != null ? dataDir : System.getenv().getOrDefault("PLATFORM_DATA_DIR", ".local"));
            Path ready = dir.resolve("run").resolve("ready");
            if (!Files.exists(ready)) {
                throw new IllegalStateException("no platform is ready at " + dir.toAbsolutePath()
                        + " (no run/ready): start deploy/local/run.sh, or pass --data-dir of the one that runs");
            }
            endpoints = LocalPlatform.endpointsOf(dir);
        }
        for (String service : LocalPlatform.SERVICES) {
            if (!endpoints.containsKey(service)) {
                throw new IllegalStateException("the scenario needs all five services; " + service + " is not running (" + endpoints.keySet() + ")");
            }
        }
        return new ScenarioOptions(endpoints, label != null ? label : ProgrammeYear.newLabel(Instant.now()), flows);
    }

    /** ADMISSIONS_URL ... EVALUATION_URL and KEYCLOAK_URL (all of them), KAFKA_BOOTSTRAP optional; null when they are not set. */
    private static Map<String, String> fromEnvironment() {
        Map<String, String> endpoints = new LinkedHashMap<>();
        for (String service : LocalPlatform.SERVICES) {
            String url = System.getenv(service.toUpperCase() + "_URL");
            if (url == null) {
                return null;
            }
            endpoints.put(service, url);
        }
        String keycloak = System.getenv("KEYCLOAK_URL");
        if (keycloak == null) {
            return null;
        }
        endpoints.put("keycloak", keycloak);
        String kafka = System.getenv("KAFKA_BOOTSTRAP");
        if (kafka != null) {
            endpoints.put("kafka", kafka);
        }
        return endpoints;
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    Api api() {
        return new Api(endpoints, new Tokens(endpoints.get("keycloak")));
    }

    String kafkaBootstrap() {
        String kafka = endpoints.get("kafka");
        if (kafka == null) {
            throw new IllegalStateException("the cross-service flows read the topics: set KAFKA_BOOTSTRAP, pass --data-dir, or --no-flows");
        }
        return kafka;
    }
}
