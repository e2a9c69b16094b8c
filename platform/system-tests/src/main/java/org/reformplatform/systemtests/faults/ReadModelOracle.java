package org.reformplatform.systemtests.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformplatform.systemtests.Api;
import org.reformplatform.systemtests.Tokens;

/**
 * The kernel's read-model oracle, asked about every projection of every service: {@code POST
 * /ops/projections/{name}/verify?source=store|topic} rebuilds the projection into shadow tables from
 * the event store, or replays it from the service's topics, and compares them with the live tables
 * row by row. A read model is a pure function of the log, so both must be equal to the live one.
 *
 * <p>Where the API comparisons of the suites look at the figures a partner sees, this looks at
 * every row of every read model, including those no endpoint shows.
 *
 * <p>And through the same operators' API, the proof that rebuilding changes nothing:
 * {@link #rebuildEverything} rebuilds every projection of every service at once and compares each
 * table's digest before and after.
 */
public final class ReadModelOracle {

    /** The sources a projection is verified from. */
    static final List<String> SOURCES = List.of("store", "topic");
    /** Rows of each side shown per differing table: enough to see the pattern, short enough to read. */
    private static final int ROWS_SHOWN = 3;

    private final Api api;
    private final List<String> services;

    public ReadModelOracle(Api api, List<String> services) {
        this.api = api;
        this.services = List.copyOf(services);
    }

    /**
     * Every projection of every service verified from the store and from the topic (call it once
     * the platform has settled: a projection that lags differs from its replay); returns the
     * differences, empty when every read model equals both replays. A service that lists no
     * projection is a difference too: the check must have something to verify.
     */
    public List<String> differences() {
        List<String> differences = new ArrayList<>();
        for (String service : services) {
            List<String> projections = projections(service);
            if (projections.isEmpty()) {
                differences.add(service + ": /ops/projections lists no projection to verify");
            }
            for (String projection : projections) {
                for (String source : SOURCES) {
                    differences.addAll(verify(service, projection, source));
                }
            }
        }
        return differences;
    }

    /** Throws, with the first differences, unless every read model equals its replays. */
    public void assertEqual() {
        List<String> differences = differences();
        if (!differences.isEmpty()) {
            throw new AssertionError("read models differ from their replays (" + differences.size() + "):\n  "
                    + String.join("\n  ", differences.subList(0, Math.min(20, differences.size()))));
        }
    }

    /**
     * Rebuilds every projection of every service through {@code POST /ops/projections/{name}/rebuild},
     * all at once, waits until each is live again, and returns the tables whose digest
     * ({@code GET .../digest}) changed, or whose rebuild failed: none if every read model is a pure
     * function of its log. Call it once the platform has settled.
     */
    public List<String> rebuildEverything(Duration timeout) {
        Map<String, JsonNode> before = new LinkedHashMap<>();
        Map<String, String> finishedBefore = new LinkedHashMap<>();
        for (String service : services) {
            for (String projection : projections(service)) {
                String key = service + "/" + projection;
                before.put(key, digest(service, projection));
                finishedBefore.put(key, status(service, projection).path("rebuildFinished").asText(""));
            }
        }
        List<String> differences = new ArrayList<>();
        for (String key : before.keySet()) {
            String[] sp = key.split("/", 2);
            Api.Reply reply = api.as(Tokens.OPERATOR).post(sp[0], "/ops/projections/" + sp[1] + "/rebuild", null);
            if (reply.status() != 202) {
                differences.add(key + ": rebuild answered " + reply.status() + " " + reply.text());
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String key : before.keySet()) {
            String[] sp = key.split("/", 2);
            JsonNode status = status(sp[0], sp[1]);
            while (!("live".equals(status.path("state").asText()) && !finishedBefore.get(key).equals(status.path("rebuildFinished").asText("")))) {
                if (System.nanoTime() > deadline) {
                    differences.add(key + ": the rebuild did not finish within " + timeout + ": " + status);
                    break;
                }
                sleep();
                status = status(sp[0], sp[1]);
            }
            String error = status.path("lastError").asText("");
            if (!error.isEmpty() && !error.endsWith("passed over, as they had been dead-lettered")) {
                differences.add(key + ": the rebuild failed: " + error);
            }
            JsonNode after = digest(sp[0], sp[1]);
            if (!before.get(key).equals(after)) {
                differences.add(key + ": digests before the rebuild " + before.get(key) + ", after " + after);
            }
        }
        return differences;
    }

    private JsonNode digest(String service, String projection) {
        return api.as(Tokens.OPERATOR).get(service, "/ops/projections/" + projection + "/digest").expect(200).json();
    }

    private JsonNode status(String service, String projection) {
        return api.as(Tokens.OPERATOR).get(service, "/ops/projections/" + projection).expect(200).json().path("status");
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The names of the service's projections (its handlers of other services' events have no read model of their own to verify). */
    List<String> projections(String service) {
        JsonNode listed = api.as(Tokens.OPERATOR).get(service, "/ops/projections").expect(200).json();
        List<String> names = new ArrayList<>();
        for (JsonNode item : listed) {
            if ("projection".equals(item.path("kind").asText())) {
                names.add(item.path("name").asText());
            }
        }
        return names;
    }

    private List<String> verify(String service, String projection, String source) {
        String what = service + " " + projection + " from the " + source;
        Api.Reply reply = api.as(Tokens.OPERATOR).post(service, "/ops/projections/" + projection + "/verify?source=" + source, null);
        if (reply.status() != 200) {
            return List.of(what + ": verify answered " + reply.status() + " " + reply.text());
        }
        return differences(what, projection, source, reply.json());
    }

    /** The differences one verify answer reports, and any inconsistency in the answer itself. */
    static List<String> differences(String what, String projection, String source, JsonNode answer) {
        List<String> differences = new ArrayList<>();
        if (!projection.equals(answer.path("projection").asText()) || !source.equals(answer.path("source").asText())) {
            differences.add(what + ": the answer is about " + answer.path("projection") + " from " + answer.path("source"));
        }
        if (!answer.path("equal").isBoolean() || !answer.path("tables").isArray() || answer.path("tables").isEmpty()) {
            differences.add(what + ": not an answer of the oracle (no 'equal' or no 'tables'): " + answer);
            return differences;
        }
        boolean allTablesEqual = true;
        for (JsonNode table : answer.path("tables")) {
            boolean equal = table.path("equal").asBoolean(false);
            allTablesEqual &= equal;
            if (!equal) {
                differences.add("%s: table %s has %d live rows and %d replayed; only live: %s; only replayed: %s".formatted(what,
                        table.path("table").asText(), table.path("liveRows").asLong(), table.path("shadowRows").asLong(),
                        first(table.path("onlyInLive")), first(table.path("onlyInShadow"))));
            }
        }
        if (answer.path("equal").asBoolean() != allTablesEqual) {
            differences.add(what + ": 'equal' is " + answer.path("equal") + " but its tables say " + allTablesEqual);
        }
        return differences;
    }

    private static String first(JsonNode rows) {
        List<String> shown = new ArrayList<>();
        for (JsonNode row : rows) {
            if (shown.size() == ROWS_SHOWN) {
                shown.add("... " + (rows.size() - ROWS_SHOWN) + " more");
                break;
            }
            shown.add(row.toString());
        }
        return shown.toString();
    }
}
