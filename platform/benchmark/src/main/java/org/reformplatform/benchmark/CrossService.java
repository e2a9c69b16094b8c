package org.reformplatform.benchmark;

import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformplatform.systemtests.Api;
import org.reformplatform.systemtests.Tokens;

/**
 * Across services: an operator recognises a qualification in qualification-service; the
 * TitleEquivalenceRecognised event travels over Kafka to evaluation-service, whose handler records
 * it as evidence on the researcher. Timed from the recognition's 2xx to the event on
 * {@code qualification.events} and to the evidence in {@code GET /v1/researchers/{id}}.
 */
final class CrossService {

    record Result(int samples, Latencies.Summary recognise, Latencies.Summary toKafka, Latencies.Summary toEvidence, long timeouts,
            double pollMs) {
    }

    private CrossService() {
    }

    static Result run(Api api, String bootstrap, int samples) {
        Api.Reply loaded = api.as(Tokens.OPERATOR).post("qualification", "/v1/reference-data/recognition-lists", "{}");
        if (loaded.status() != 201 && loaded.status() != 200) {
            throw new IllegalStateException("loading the recognition lists failed: " + loaded.status() + " " + loaded.text());
        }
        JsonNode entry = awaitTitleEquivalenceEntry(api);
        String qualificationId = entry.path("qualificationId").asText();
        String issuingBody = entry.path("issuingBody").asText();
        Latencies recognise = new Latencies();
        Latencies evidence = new Latencies();
        TopicWatch.Pairing kafka = new TopicWatch.Pairing();
        long timeouts = 0;
        try (TopicWatch watch = new TopicWatch(bootstrap, "qualification.events", "qualification.TitleEquivalenceRecognised.v1", kafka::end)) {
            for (int i = 0; i < samples; i++) {
                UUID holder = UUID.randomUUID();
                String id = api.as(Admissions.PARTNER).post("qualification", "/v1/recognition-applications", """
                        {"holderId": "%s", "qualificationId": "%s",
                         "certificate": {"number": "BENCH-%d", "issuingBody": "%s", "issuedOn": "2020-01-15"}}
                        """.formatted(holder, qualificationId, i, issuingBody)).expect(201).path("id").asText();
                api.as(Tokens.OPERATOR).post("qualification", "/v1/recognition-applications/" + id + "/verification", null).expect(200);
                long sent = System.nanoTime();
                api.as(Tokens.OPERATOR).post("qualification", "/v1/recognition-applications/" + id + "/recognition", null).expect(200);
                long ok = System.nanoTime();
                recognise.record(ok - sent);
                kafka.start(id, ok);
                long deadline = ok + Duration.ofSeconds(30).toNanos();
                while (true) {
                    JsonNode researcher = api.as(Tokens.OPERATOR).get("evaluation", "/v1/researchers/" + holder).json();
                    long now = System.nanoTime();
                    if (researcher.path("titleEquivalences").size() > 0) {
                        evidence.record(now - ok);
                        break;
                    }
                    if (now > deadline) {
                        timeouts++;
                        break;
                    }
                    ClosedLoop.sleep(EndToEnd.POLL.toMillis());
                }
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (kafka.unmatched() > 0 && System.nanoTime() < deadline) {
                ClosedLoop.sleep(50);
            }
        }
        return new Result(samples, recognise.summary(), kafka.summary(), evidence.summary(), timeouts, EndToEnd.POLL.toMillis());
    }

    /** The recognition list's read model fills shortly after the load: wait for an entry with a title equivalence. */
    private static JsonNode awaitTitleEquivalenceEntry(Api api) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            Api.Reply inForce = api.as(Tokens.OPERATOR).get("qualification", "/v1/recognition-list-versions/in-force");
            if (inForce.status() == 200) {
                String version = inForce.path("version").asText();
                JsonNode items = api.as(Tokens.OPERATOR).get("qualification", "/v1/recognition-list-versions/" + version
                        + "/entries?subList=TITLE_EQUIVALENCE&size=1").path("items");
                if (items.size() > 0) {
                    return items.get(0);
                }
            }
            ClosedLoop.sleep(250);
        }
        throw new IllegalStateException("qualification-service's recognition list read model never showed a title-equivalence entry");
    }
}
