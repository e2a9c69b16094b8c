package org.reformplatform.systemtests.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformplatform.systemtests.Api;
import org.reformplatform.systemtests.Tokens;

/**
 * Waits until the platform has nothing in flight: every outbox is empty and every projection and
 * handler has applied everything on its topics (lag 0, live), twice in a row.
 */
public final class Quiescence {

    private final Api api;
    private final EventStores stores;
    private final List<String> services;

    public Quiescence(Api api, EventStores stores, List<String> services) {
        this.api = api;
        this.stores = stores;
        this.services = services;
    }

    /** Returns how long it took; throws with what is still busy after the timeout. */
    public Duration await(Duration timeout) {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        int quietInARow = 0;
        List<String> busy = List.of();
        while (System.nanoTime() < deadline) {
            try {
                busy = busy();
            } catch (RuntimeException unreachable) {
                busy = List.of("unreachable: " + unreachable.getMessage());
            }
            quietInARow = busy.isEmpty() ? quietInARow + 1 : 0;
            if (quietInARow >= 2) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            sleep(busy.isEmpty() ? 300 : 500);
        }
        throw new IllegalStateException("the platform did not settle within " + timeout + ": " + busy);
    }

    /** What is still in flight now: outbox backlogs and projections behind or rebuilding. */
    public List<String> busy() {
        List<String> busy = new ArrayList<>();
        for (String service : services) {
            long backlog = stores.outboxBacklog(service);
            if (backlog > 0) {
                busy.add(service + " outbox " + backlog);
            }
            Api.Reply projections = api.as(Tokens.OPERATOR).get(service, "/ops/projections");
            if (projections.status() != 200) {
                busy.add(service + " /ops/projections " + projections.status());
                continue;
            }
            for (JsonNode projection : projections.json()) {
                String state = projection.path("status").path("state").asText("live");
                if (projection.path("lag").asLong() > 0 || !state.equals("live")) {
                    busy.add(service + "." + projection.path("name").asText() + " lag " + projection.path("lag").asLong() + " " + state);
                }
            }
        }
        return busy;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
