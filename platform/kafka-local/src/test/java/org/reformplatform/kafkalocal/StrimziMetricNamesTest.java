package org.reformplatform.kafkalocal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The broker metrics our Kubernetes dashboards and alerts read (deploy/kubernetes/components/monitoring)
 * exist under those names: a real broker with Strimzi's Metrics Reporter, configured as Strimzi's
 * {@code metricsConfig: strimziMetricsReporter} configures it, is scraped, and every {@code kafka_*}
 * name the rules and dashboards use must be among the series it serves and pass the allow-list the
 * monitoring component gives the reporter. A renamed metric would otherwise leave an alert that can
 * never fire.
 */
class StrimziMetricNamesTest {

    private static final Pattern USED = Pattern.compile("\\bkafka_(?:server|controller|network|log)_[a-z0-9_]+");
    private static final Pattern ALLOWED = Pattern.compile("-\\s+\"(kafka_[^\"]+)\"");

    @Test
    void every_broker_metric_the_dashboards_and_alerts_read_is_exported_and_allowed() throws Exception {
        Path monitoring = repositoryRoot().resolve("deploy/kubernetes/components/monitoring");
        Set<String> used = usedNames(monitoring);
        List<Pattern> allowList = allowList(monitoring.resolve("kustomization.yaml"));
        assertFalse(used.isEmpty(), "no kafka_* metric found in the rules and dashboards: the check would check nothing");
        assertFalse(allowList.isEmpty(), "no allow-list found in the monitoring component");

        Set<String> served;
        try (BrokerProcess broker = BrokerProcess.startFreshWithMetrics()) {
            // Per-topic and request metrics appear once there is traffic.
            try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("metrics-probe", "k", "v")).get();
            }
            served = seriesNames(scrape(broker.metricsUrl()));
        }

        Set<String> missing = used.stream().filter(name -> !served.contains(name)).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty(), "read by the dashboards or alerts but not exported by the broker: " + missing);
        Set<String> refused = used.stream().filter(name -> allowList.stream().noneMatch(p -> p.matcher(name).matches()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(refused.isEmpty(), "read by the dashboards or alerts but outside the reporter's allow-list: " + refused);
    }

    private static Set<String> usedNames(Path monitoring) throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(monitoring)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json")).toList()) {
                if (file.getFileName().toString().equals("kustomization.yaml")) {
                    continue; // the allow-list's prefixes, not metrics
                }
                Matcher m = USED.matcher(Files.readString(file));
                while (m.find()) {
                    names.add(m.group());
                }
            }
        }
        return names;
    }

    private static List<Pattern> allowList(Path kustomization) throws IOException {
        Matcher m = ALLOWED.matcher(Files.readString(kustomization));
        List<Pattern> patterns = new java.util.ArrayList<>();
        while (m.find()) {
            patterns.add(Pattern.compile(m.group(1)));
        }
        return patterns;
    }

    /** Every series name of a Prometheus text exposition (a histogram's _count and _sum each count as one). */
    static Set<String> seriesNames(String exposition) {
        Set<String> names = new TreeSet<>();
        for (String line : exposition.lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int end = line.indexOf('{');
            if (end < 0) {
                end = line.indexOf(' ');
            }
            names.add(line.substring(0, end));
        }
        return names;
    }

    private static String scrape(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() == 200, "metrics endpoint answered " + response.statusCode());
        return response.body();
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("deploy/kubernetes"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("deploy/kubernetes not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
