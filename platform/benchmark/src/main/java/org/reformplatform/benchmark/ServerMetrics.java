package org.reformplatform.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service's own view of a run, from its Prometheus metrics: the time the kernel's
 * CommandGateway spent per command (transaction, load, decide, append, commit) as opposed to
 * what the client saw (plus HTTP, token check and JSON), and the appends refused by a concurrent
 * writer (retried by the gateway, invisible to the client).
 */
final class ServerMetrics {

    private static final Pattern LINE = Pattern.compile("^(platform_commands_seconds_(?:count|sum)|platform_events_conflicts_total"
            + "|platform_events_appended_total|platform_outbox_published_total|platform_outbox_backlog|platform_outbox_oldest_age_seconds)"
            + "(?:\\{([^}]*)\\})? ([0-9.eE+-]+)$");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ServerMetrics() {
    }

    static Map<String, Double> scrape(String serviceUrl) {
        Map<String, Double> values = new TreeMap<>();
        try {
            String text = HTTP.send(HttpRequest.newBuilder(URI.create(serviceUrl + "/q/metrics")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            for (String line : text.split("\n")) {
                Matcher m = LINE.matcher(line);
                if (m.matches()) {
                    values.merge(m.group(1) + "{" + (m.group(2) == null ? "" : m.group(2)) + "}", Double.parseDouble(m.group(3)), Double::sum);
                }
            }
        } catch (Exception e) {
            // metrics are a help, not a requirement
        }
        return values;
    }

    /** Per command: handled count and mean server time (ms) between two scrapes; plus conflicts per stream type. */
    static Map<String, Object> between(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Object> commands = new LinkedHashMap<>();
        for (String key : after.keySet()) {
            if (!key.startsWith("platform_commands_seconds_count")) {
                continue;
            }
            double count = after.get(key) - before.getOrDefault(key, 0.0);
            if (count <= 0) {
                continue;
            }
            String sumKey = key.replace("_count", "_sum");
            double sum = after.getOrDefault(sumKey, 0.0) - before.getOrDefault(sumKey, 0.0);
            String labels = key.substring(key.indexOf('{') + 1, key.length() - 1).replace("\"", "");
            commands.put(labels, Map.of("count", (long) count, "meanServerMs", Math.round(sum / count * 1e5) / 100.0));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("commands", commands);
        Map<String, Long> conflicts = new LinkedHashMap<>();
        for (String key : after.keySet()) {
            if (key.startsWith("platform_events_conflicts_total")) {
                long n = (long) (after.get(key) - before.getOrDefault(key, 0.0));
                if (n > 0) {
                    conflicts.put(key.substring(key.indexOf('{') + 1, key.length() - 1).replace("\"", ""), n);
                }
            }
        }
        result.put("conflicts", conflicts);
        result.put("eventsAppended", (long) (sum(after, "platform_events_appended_total") - sum(before, "platform_events_appended_total")));
        result.put("eventsPublished", (long) (sum(after, "platform_outbox_published_total") - sum(before, "platform_outbox_published_total")));
        return result;
    }

    private static double sum(Map<String, Double> values, String name) {
        return values.entrySet().stream().filter(e -> e.getKey().startsWith(name + "{")).mapToDouble(Map.Entry::getValue).sum();
    }

    /**
     * The outbox while a run goes on, sampled every half second: the largest backlog and the oldest
     * unpublished event's age. A relay that falls behind shows here long before it shows anywhere else.
     */
    static final class OutboxWatch implements AutoCloseable {
        private final Thread thread;
        private volatile boolean running = true;
        private volatile long maxBacklog;
        private volatile double maxAgeSeconds;

        OutboxWatch(String serviceUrl) {
            thread = new Thread(() -> {
                while (running) {
                    Map<String, Double> m = scrape(serviceUrl);
                    maxBacklog = Math.max(maxBacklog, (long) sum(m, "platform_outbox_backlog"));
                    maxAgeSeconds = Math.max(maxAgeSeconds, sum(m, "platform_outbox_oldest_age_seconds"));
                    ClosedLoop.sleep(500);
                }
            }, "outbox-watch");
            thread.setDaemon(true);
            thread.start();
        }

        long maxBacklog() {
            return maxBacklog;
        }

        double maxAgeSeconds() {
            return maxAgeSeconds;
        }

        @Override
        public void close() {
            running = false;
        }
    }
}
