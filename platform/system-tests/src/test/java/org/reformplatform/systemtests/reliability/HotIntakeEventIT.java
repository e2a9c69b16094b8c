package org.reformplatform.systemtests.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reformplatform.systemtests.Api;
import org.reformplatform.systemtests.LocalPlatform;
import org.reformplatform.systemtests.RunningPlatform;
import org.reformplatform.systemtests.Tokens;

/**
 * An intake event is a hot stream: every submission takes one of its places. Sixty-four partners
 * submit at the same moment to an event of fifty places, through two replicas of admissions: exactly
 * fifty are seated, the fourteen others refused with a 409 problem, and the submitters took turns
 * on the event's stream instead of colliding and retrying.
 */
@ExtendWith(RunningPlatform.class)
@Order(40)
class HotIntakeEventIT {

    static final int PLACES = 50;
    static final int SUBMITTERS = 64;

    final LocalPlatform platform = RunningPlatform.platform();

    @Test
    void sixty_four_submitters_on_two_replicas_fill_fifty_places_exactly() throws Exception {
        Api.Caller operator = platform.api().as(Tokens.OPERATOR);
        UUID event = openIntakeEvent(operator);
        String replica = platform.startReplica("admissions");
        try {
            List<Api> replicas = List.of(platform.api(), new Api(Map.of("admissions", replica), platform.api().tokens()));
            double conflictsBefore = conflicts(platform.url("admissions")) + conflicts(replica);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(SUBMITTERS);
            List<Future<Api.Reply>> submissions = new ArrayList<>();
            try {
                for (int i = 0; i < SUBMITTERS; i++) {
                    int n = i;
                    submissions.add(pool.submit(() -> {
                        start.await();
                        return replicas.get(n % 2).as(n % 4 < 2 ? Tokens.UNIVERSITY_A : Tokens.ENTERPRISE_B).post("admissions", "/v1/applications",
                                Map.of("intakeEventId", event.toString(), "candidate",
                                        Map.of("name", "Contender " + n, "contactEmail", "contender" + n + "@example.org")));
                    }));
                }
                start.countDown();
                Map<Integer, Integer> byStatus = new LinkedHashMap<>();
                List<String> refusals = new ArrayList<>();
                for (Future<Api.Reply> submission : submissions) {
                    Api.Reply reply = submission.get();
                    byStatus.merge(reply.status(), 1, Integer::sum);
                    if (reply.status() == 409) {
                        refusals.add(reply.json().path("type").asText());
                    }
                }
                double retried = conflicts(platform.url("admissions")) + conflicts(replica) - conflictsBefore;
                System.out.printf("hot intake event: %d submitters on two replicas for %d places: %s; conflicting appends retried: %.0f%n",
                        SUBMITTERS, PLACES, byStatus, retried);
                assertThat(byStatus).containsOnlyKeys(201, 409);
                assertThat(byStatus.get(201)).as("seated").isEqualTo(PLACES);
                assertThat(refusals).hasSize(SUBMITTERS - PLACES).allSatisfy(type -> assertThat(type).endsWith("/intake-event-full"));
                assertThat(retried).as("appends retried after a conflict, of %d commands", SUBMITTERS).isLessThan(SUBMITTERS / 100.0 + 1);
                Api.Reply after = operator.get("admissions", "/v1/intake-events/" + event).expect(200);
                assertThat(after.json().path("remainingPlaces").asInt()).isZero();
            } finally {
                pool.shutdownNow();
            }
        } finally {
            platform.terminate("admissions-replica");
        }
    }

    private UUID openIntakeEvent(Api.Caller operator) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Hot intake event " + UUID.randomUUID());
        body.put("kind", "CAMP");
        body.put("opensAt", Instant.now().minus(Duration.ofDays(1)).toString());
        body.put("closesAt", Instant.now().plus(Duration.ofDays(30)).toString());
        body.put("capacity", PLACES);
        body.put("challenges", List.of(Map.of("code", "hot", "title", "Everyone at once")));
        body.put("criteria", List.of(Map.of("code", "speed", "description", "How fast", "weight", "1", "maxScore", 10)));
        UUID id = UUID.fromString(operator.post("admissions", "/v1/intake-events", body).expect(201).json().path("id").asText());
        operator.post("admissions", "/v1/intake-events/" + id + "/opening", null).expect(200);
        return id;
    }

    /** Appends to intake events refused because another writer got there first (each is retried). */
    private static double conflicts(String service) throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        String metrics = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(service + "/q/metrics")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        return metrics.lines().filter(l -> l.startsWith("platform_events_conflicts_total{") && l.contains("stream_type=\"IntakeEvent\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
