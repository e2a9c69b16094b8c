package org.reformplatform.systemtests.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reformplatform.systemtests.LocalPlatform;
import org.reformplatform.systemtests.PrivatePostgres;
import org.reformplatform.systemtests.RunningPlatform;
import org.reformplatform.systemtests.Tokens;
import org.reformplatform.systemtests.faults.Availability;
import org.reformplatform.systemtests.faults.CommandLoad;
import org.reformplatform.systemtests.faults.EventStores;
import org.reformplatform.systemtests.faults.ExactlyOnce;
import org.reformplatform.systemtests.faults.Exactness;
import org.reformplatform.systemtests.faults.Outages;
import org.reformplatform.systemtests.faults.Problems;
import org.reformplatform.systemtests.faults.Quiescence;
import org.reformplatform.systemtests.faults.RawHttp;
import org.reformplatform.systemtests.faults.ReadModelOracle;
import org.reformplatform.systemtests.faults.TopicLog;

/**
 * Faults under load: a steady stream of commands to all five services ({@link FaultBench}) while
 * poison records arrive, the broker is killed, a service is killed, two replicas of a service run
 * at once, consumer groups are rewound, and the platform's PostgreSQL restarts.
 *
 * <p>After each, once the platform has settled:
 * <ul>
 * <li>every service accepted commands in each window outside its own outage, and answered nothing
 * its outage does not excuse ({@link Availability}): a service that answers 503 to everything fails;
 * <li>every accepted command's event is in its store once and on its topic once, found by the
 * correlation id it carried and by the id its answer returned ({@link ExactlyOnce}); a refused one
 * wrote nothing; every stored event is on the topic exactly once and nothing else is
 * ({@link Exactness});
 * <li>every read model shows what the store holds, over the kinds, statuses and currencies the
 * store has ({@link ReadModelComparison}); every row of every projection equals its replays from
 * the store and from the topic, and rebuilding every projection changes no table
 * ({@link ReadModelOracle});
 * <li>the poison records are in the dead-letter topics and nothing else is.
 * </ul>
 * Recovery time: from the end of the fault (what it stopped is back) until the outboxes are empty,
 * the projections caught up and the read models agree with the stores.
 *
 * <p>{@code mvn verify} runs every fault, with one service per fault where a fault picks services;
 * {@code -Dreliability.full=true} kills, rewinds and replicates more of them. The PostgreSQL restart
 * is of the server the system tests run for the platform ({@link PrivatePostgres}), never the
 * machine's: it runs in every build.
 */
@ExtendWith(RunningPlatform.class)
@Order(90)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    private static final Duration CLIENT_TIMEOUT = FaultBench.CLIENT_TIMEOUT;
    /** Load before the fault and after it: at least this, and until every service has accepted a command in it ... */
    private static final Duration STEADY = Duration.ofSeconds(3);
    /** ... but no longer than this: a service that accepts nothing fails the availability check instead of holding the suite. */
    private static final Duration STEADY_AT_MOST = Duration.ofSeconds(60);

    private final LocalPlatform platform = RunningPlatform.platform();
    private final EventStores stores = new EventStores(platform::jdbcUrl);
    private final TopicLog topics = new TopicLog(platform.kafkaBootstrap());
    private final Quiescence quiescence = new Quiescence(platform.api(), stores, LocalPlatform.SERVICES);
    private final ReadModelOracle oracle = new ReadModelOracle(platform.api(), LocalPlatform.SERVICES);
    private final List<String> rows = new ArrayList<>();
    private FaultBench bench;
    private ReadModelComparison readModels;

    /** What one fault under load came to. */
    private record Run(String fault, long sent, List<CommandLoad.Accepted> accepted, List<CommandLoad.Refused> refused,
                       List<String> unavailable, List<String> wrongAnswers, List<Exactness.Result> exactness, ExactlyOnce.Result exactlyOnce,
                       List<String> readModels, List<String> oracle, Duration recovery) {

        long lost() {
            return exactness.stream().mapToLong(r -> r.lost().size()).sum() + exactlyOnce.lost().size();
        }

        long duplicated() {
            return exactness.stream().mapToLong(r -> r.duplicated().size()).sum() + exactlyOnce.duplicated().size();
        }

        Map<Integer, Long> refusedByStatus() {
            return refused.stream().collect(Collectors.groupingBy(CommandLoad.Refused::status, TreeMap::new, Collectors.counting()));
        }
    }

    @BeforeAll
    void prepare() {
        quiescence.await(Duration.ofMinutes(3));
        bench = new FaultBench(platform, stores).prepare();
        readModels = bench.readModels();
    }

    @AfterAll
    void report() {
        if (bench == null) {
            return;
        }
        Figures.report("Faults under load", """
                Run tag `%s`; a load of 4 senders, each pausing 100 ms between commands, over the five kinds of command in turn, for
                at least %d s before and after each fault; client timeout %d s; read models compared with the stores (items of the run
                per service): %s; every projection verified against its replays from the store and the topic, then rebuilt and its tables' digests compared.

                | Fault | Commands sent | Accepted (2xx) | Not accepted, by status | Windows without an accepted command | Answers no outage excuses | Events lost | Duplicates | Mismatched | Read-model differences | Oracle differences | Recovery |
                |---|---|---|---|---|---|---|---|---|---|---|---|
                %s
                """.formatted(bench.tag, STEADY.toSeconds(), CLIENT_TIMEOUT.toSeconds(), readModels.compared(), String.join("\n", rows)));
    }

    @Test
    @Order(1)
    void poison_records_go_to_the_dead_letter_topics_and_nothing_else_does() throws Exception {
        String topic = "mobility.events";
        int subscribers = subscribersOf(topic);
        Map<String, Set<String>> before = deadLetterPositions();
        String garbageKey = "poison-garbage-" + bench.tag;
        String undecodableKey = "poison-undecodable-" + bench.tag;

        Run run = underLoad("poison records on " + topic, (load, outages) -> {
            try (KafkaProducer<String, byte[]> producer = producer()) {
                ProducerRecord<String, byte[]> garbage = new ProducerRecord<>(topic, garbageKey,
                        new byte[] {(byte) 0xC3, (byte) 0x28, 'n', 'o', 't', ' ', 'j', 's', 'o', 'n'});
                garbage.headers().add("fault-test", "garbage".getBytes(StandardCharsets.UTF_8));
                producer.send(garbage).get(30, TimeUnit.SECONDS);
                ProducerRecord<String, byte[]> undecodable = new ProducerRecord<>(topic, undecodableKey,
                        "{\"arrangementId\":\"not-a-uuid\",\"researcherId\":42}".getBytes(StandardCharsets.UTF_8));
                String id = UUID.randomUUID().toString();
                for (String[] header : new String[][] {{"ce_specversion", "1.0"}, {"ce_id", id}, {"ce_source", "urn:reform-platform:mobility"},
                        {"ce_type", "mobility.ArrangementActivated.v1"}, {"ce_subject", undecodableKey}, {"ce_time", "2026-06-01T00:00:00Z"},
                        {"ce_streamtype", "Arrangement"}, {"ce_streamversion", "1"}, {"content-type", "application/json"}, {"fault-test", "undecodable"}}) {
                    undecodable.headers().add(header[0], header[1].getBytes(StandardCharsets.UTF_8));
                }
                producer.send(undecodable).get(30, TimeUnit.SECONDS);
            }
            sleep(5_000);
        });

        List<TopicLog.Entry> letters = newDeadLetters(before);
        Map<String, Long> byKey = letters.stream().collect(Collectors.groupingBy(e -> String.valueOf(e.key()), Collectors.counting()));
        Set<String> consumersOfGarbage = letters.stream().filter(e -> garbageKey.equals(e.key())).map(e -> e.header("dlq_consumer")).collect(Collectors.toSet());
        annotate("records on " + topic, "records on " + topic + " (" + letters.size() + " dead letters: the garbage record "
                + byKey.getOrDefault(garbageKey, 0L) + " times, once per consumer of the topic; the undecodable event "
                + byKey.getOrDefault(undecodableKey, 0L) + " times, once per consumer of its type; nothing else)");

        assertCommon(run);
        assertThat(byKey.keySet()).as("what went to the dead-letter topics").containsOnly(garbageKey, undecodableKey);
        assertThat(byKey.get(garbageKey)).as("the garbage record, once per consumer of " + topic).isEqualTo(subscribers);
        assertThat(consumersOfGarbage).hasSize(subscribers);
        assertThat(byKey.get(undecodableKey)).as("the undecodable event, by the consumers that want its type").isBetween(1L, (long) subscribers);
    }

    @Test
    @Order(2)
    void the_broker_killed_and_restarted_loses_and_duplicates_nothing() {
        // No service is down: each must go on accepting commands while the broker is away (the outbox keeps them).
        Run run = underLoad("broker SIGKILL, restarted after 5 s", (load, outages) -> {
            LocalPlatform.StoppedProcess broker = platform.kill("kafka");
            try {
                sleep(5_000);
            } finally {
                platform.restart(broker);
            }
        });
        assertCommon(run);
    }

    @Test
    @Order(3)
    void a_service_killed_and_restarted_loses_and_duplicates_nothing() {
        List<String> victims = Figures.full() ? LocalPlatform.SERVICES : List.of("incubation");
        Run run = underLoad("service SIGKILL, restarted: " + String.join(", ", victims), (load, outages) -> {
            for (String service : victims) {
                try (Outages.Open down = outages.begin(Outages.Cause.STOPPED, List.of(service))) {
                    LocalPlatform.StoppedProcess stopped = platform.kill(service);
                    try {
                        sleep(3_000);
                    } finally {
                        platform.restart(stopped);
                    }
                }
            }
        });
        assertCommon(run);
    }

    @Test
    @Order(4)
    void two_replicas_of_a_service_share_the_load_without_duplicates() {
        List<String> services = Figures.full() ? List.of("admissions", "incubation") : List.of("incubation");
        Map<String, String> replicas = new LinkedHashMap<>();
        Run run = underLoad("two replicas at once: " + String.join(", ", services), (load, outages) -> {
            try {
                for (String service : services) {
                    String url = platform.startReplica(service);
                    replicas.put(service, url);
                    load.spread(service, List.of(platform.url(service), url));
                }
                sleep(15_000);
            } finally {
                // As a load balancer would: stop sending to the replica, let what is in flight finish, then stop it.
                services.forEach(service -> load.spread(service, null));
                sleep(2_000);
                for (String service : replicas.keySet()) {
                    platform.terminate(service + "-replica");
                }
            }
        });
        assertCommon(run);
        for (Map.Entry<String, String> replica : replicas.entrySet()) {
            assertThat(run.accepted().stream().filter(a -> replica.getValue().equals(a.url())).count())
                    .as("commands the second replica of " + replica.getKey() + " accepted").isPositive();
        }
    }

    @Test
    @Order(5)
    void a_consumer_group_rewound_to_the_beginning_counts_nothing_twice() throws Exception {
        List<String> services = Figures.full() ? LocalPlatform.SERVICES : List.of("incubation", "admissions");
        Map<String, Set<String>> deadLettersBefore = deadLetterPositions();
        long[] redelivered = {0};
        Run run = underLoad("consumer groups rewound to the beginning: " + String.join(", ", services), (load, outages) -> {
            for (String service : services) {
                try (Outages.Open down = outages.begin(Outages.Cause.STOPPED, List.of(service))) {
                    LocalPlatform.StoppedProcess stopped = platform.terminate(service);
                    try {
                        redelivered[0] += rewind(service);
                    } finally {
                        platform.restart(stopped);
                    }
                }
            }
        });
        annotate("rewound to the beginning:", "rewound to the beginning (" + redelivered[0] + " events delivered again):");
        assertCommon(run);
        assertThat(redelivered[0]).as("events delivered again").isPositive();
        assertThat(newDeadLetters(deadLettersBefore)).as("records dead-lettered again after the rewind").isEmpty();
    }

    @Test
    @Order(6)
    void postgres_restarted_under_load_answers_503_problems_then_recovers() {
        PrivatePostgres postgres = RunningPlatform.postgres().orElseThrow(() -> new IllegalStateException(
                "the PostgreSQL restart needs the server the system tests start for the platform; an attached platform (-Dplatform.attach) has none"));
        ConcurrentLinkedQueue<RawHttp.Answer> reads = new ConcurrentLinkedQueue<>();
        AtomicBoolean probing = new AtomicBoolean(true);
        Duration[] restart = {Duration.ZERO};
        Run run = underLoad("PostgreSQL restarted (pg_ctl restart -m fast)", (load, outages) -> {
            Thread reader = readProbe(reads, probing);
            // Every service depends on it: each may answer 503 from the restart until it has its connections back.
            try (Outages.Open degraded = outages.begin(Outages.Cause.DEGRADED, LocalPlatform.SERVICES)) {
                restart[0] = postgres.restart();
                sleep(5_000);
            } finally {
                probing.set(false);
                reader.join(CLIENT_TIMEOUT.toMillis() + 5_000);
            }
        });
        List<String> wrongReads = reads.stream().filter(a -> a.status() != 200)
                .filter(a -> a.status() != 503 || !Problems.defects(503, a.contentType(), a.body()).isEmpty() || a.header("retry-after") == null)
                .map(a -> a.status() + " " + (a.failure() == null ? a.body() : a.failure())).limit(20).toList();
        long unavailable = reads.stream().filter(a -> a.status() == 503).count()
                + run.refused().stream().filter(r -> r.status() == 503).count();
        long slowest = reads.stream().mapToLong(RawHttp.Answer::millis).max().orElse(0);
        annotate("(pg_ctl restart -m fast)", "(pg_ctl restart -m fast, %.1f s; %d answers 503 with a problem body and none 500, %d reads probed, the slowest answered in %d ms)"
                .formatted(restart[0].toMillis() / 1000.0, unavailable, reads.size(), slowest));
        assertCommon(run);
        assertThat(reads).as("reads probed during the restart").isNotEmpty();
        assertThat(wrongReads).as("reads during the outage: 200, or 503 problem with Retry-After; never 500 or a hang").isEmpty();
    }

    // ---------------------------------------------------------------------------------------------

    /** A fault: injected while the load runs; it records in {@code outages} which services it takes down, and when. */
    @FunctionalInterface
    private interface Fault {
        void inject(CommandLoad load, Outages outages) throws Exception;
    }

    private Run underLoad(String name, Fault fault) {
        Outages outages = new Outages();
        CommandLoad load = bench.load().start();
        long loadFrom = System.nanoTime();
        long ended;
        try {
            steady(load, loadFrom);
            long injected = System.nanoTime();
            fault.inject(load, outages);
            ended = System.nanoTime();
            outages.fault(injected, ended);
            steady(load, ended);
        } catch (Exception e) {
            throw new IllegalStateException("injecting '" + name + "' failed", e);
        } finally {
            load.close();
        }
        long loadTo = System.nanoTime();
        quiescence.await(Duration.ofMinutes(5));
        List<String> differences = readModels.differences();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!differences.isEmpty() && System.nanoTime() < deadline) {
            sleep(1_000);
            differences = readModels.differences();
        }
        Duration recovery = Duration.ofNanos(System.nanoTime() - ended);

        List<CommandLoad.Accepted> accepted = load.accepted();
        List<CommandLoad.Refused> refused = load.refused();
        Map<String, List<EventStores.StoredEvent>> stored = new LinkedHashMap<>();
        Map<String, List<TopicLog.Entry>> published = new LinkedHashMap<>();
        for (String service : LocalPlatform.SERVICES) {
            stored.put(service, stores.all(service));
            published.put(service, topics.read(service + ".events"));
        }
        List<Exactness.Result> exact = LocalPlatform.SERVICES.stream().map(s -> Exactness.check(s, stored.get(s), published.get(s))).toList();
        ExactlyOnce.Result once = new ExactlyOnce(bench.kinds(), stored, published).check(accepted, refused);
        List<Availability.Window> windows = Availability.windows(LocalPlatform.SERVICES, outages, loadFrom, loadTo);
        List<String> unavailable = Availability.unavailable(windows, accepted, refused);
        List<String> wrong = Availability.wrongAnswers(refused, outages);
        // Every row of every projection equals its replays, and rebuilding them all changes nothing.
        List<String> oracleDifferences = new ArrayList<>(oracle.differences());
        oracleDifferences.addAll(oracle.rebuildEverything(Duration.ofMinutes(5)));
        Run run = new Run(name, load.sent(), accepted, refused, unavailable, wrong, exact, once, differences, oracleDifferences, recovery);
        rows.add("| %s | %d | %d | %s | %d | %d | %d | %d | %d | %d | %d | %.1f s |".formatted(name, run.sent(), accepted.size(), run.refusedByStatus(),
                unavailable.size(), wrong.size(), run.lost(), run.duplicated(), once.mismatched().size(), differences.size(),
                oracleDifferences.size(), recovery.toMillis() / 1000.0));
        System.out.printf("fault '%s': %s%n  %s%n  exactly once: %d commands, %s%n  availability: %d windows judged, %s; %s%n", name,
                rows.get(rows.size() - 1), exact, once.commands(), once.defects().stream().limit(10).toList(), windows.size(), unavailable,
                wrong.stream().limit(10).toList());
        return run;
    }

    /** Keeps the load going for {@link #STEADY}, then until every service has accepted a command sent since {@code since} (at most {@link #STEADY_AT_MOST}). */
    static void steady(CommandLoad load, long since) {
        sleep(STEADY.toMillis());
        long deadline = since + STEADY_AT_MOST.toNanos();
        while (System.nanoTime() < deadline && !LocalPlatform.SERVICES.stream().allMatch(service -> load.acceptedSince(service, since))) {
            sleep(200);
        }
    }

    private void assertCommon(Run run) {
        assertThat(run.accepted()).as("commands accepted during '%s'", run.fault()).isNotEmpty();
        assertThat(run.unavailable()).as("services that accepted no command outside their outage during '%s'", run.fault()).isEmpty();
        assertThat(run.wrongAnswers()).as("answers during '%s'", run.fault()).isEmpty();
        assertThat(run.exactlyOnce().defects()).as("accepted commands not in their store and on their topic exactly once after '%s'", run.fault())
                .isEmpty();
        assertThat(run.exactness()).as("store against topic after '%s'", run.fault()).allMatch(Exactness.Result::exact);
        assertThat(run.readModels()).as("read models against the stores after '%s'", run.fault()).isEmpty();
        assertThat(run.oracle()).as("read models against their replays and their rebuilds after '%s'", run.fault()).isEmpty();
    }

    /** Adds what a fault found out to its row of the figures (the last one). */
    private void annotate(String text, String replacement) {
        rows.set(rows.size() - 1, rows.get(rows.size() - 1).replace(text, replacement));
    }

    /** Resets every consumer group of the stopped service to the beginning of its topics; returns the events it will read again. */
    private long rewind(String service) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrap(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000))) {
            List<String> groups = admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS).stream().map(ConsumerGroupListing::groupId)
                    .filter(g -> g.startsWith(service + ".")).sorted().toList();
            assertThat(groups).as("consumer groups of " + service).isNotEmpty();
            long redelivered = 0;
            for (String group : groups) {
                long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                while (!admin.describeConsumerGroups(List.of(group)).all().get(30, TimeUnit.SECONDS).get(group).members().isEmpty()) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException(group + " still has members after " + service + " stopped");
                    }
                    sleep(500);
                }
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                        .get(30, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
                committed.keySet().forEach(tp -> earliest.put(tp, OffsetSpec.earliest()));
                Map<TopicPartition, OffsetAndMetadata> reset = new HashMap<>();
                for (var offset : admin.listOffsets(earliest).all().get(30, TimeUnit.SECONDS).entrySet()) {
                    reset.put(offset.getKey(), new OffsetAndMetadata(offset.getValue().offset()));
                    redelivered += committed.get(offset.getKey()).offset() - offset.getValue().offset();
                }
                admin.alterConsumerGroupOffsets(group, reset).all().get(30, TimeUnit.SECONDS);
            }
            return redelivered;
        }
    }

    private int subscribersOf(String topic) {
        int subscribers = 0;
        for (String service : LocalPlatform.SERVICES) {
            for (JsonNode projection : platform.api().as(Tokens.OPERATOR).get(service, "/ops/projections").expect(200).json()) {
                for (JsonNode t : projection.path("topics")) {
                    if (t.asText().equals(topic)) {
                        subscribers++;
                    }
                }
            }
        }
        return subscribers;
    }

    private Map<String, Set<String>> deadLetterPositions() {
        Map<String, Set<String>> positions = new HashMap<>();
        for (String service : LocalPlatform.SERVICES) {
            positions.put(service, topics.read(service + ".dead-letters").stream().map(e -> e.partition() + "@" + e.offset())
                    .collect(Collectors.toCollection(HashSet::new)));
        }
        return positions;
    }

    private List<TopicLog.Entry> newDeadLetters(Map<String, Set<String>> before) {
        List<TopicLog.Entry> fresh = new ArrayList<>();
        for (String service : LocalPlatform.SERVICES) {
            for (TopicLog.Entry entry : topics.read(service + ".dead-letters")) {
                if (!before.get(service).contains(entry.partition() + "@" + entry.offset())) {
                    fresh.add(entry);
                }
            }
        }
        return fresh;
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrap(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Reads a list of every service every 200 ms, recording the answers, while {@code probing}. */
    private Thread readProbe(ConcurrentLinkedQueue<RawHttp.Answer> answers, AtomicBoolean probing) {
        RawHttp http = new RawHttp(CLIENT_TIMEOUT);
        Map<String, String> lists = Map.of("admissions", "/v1/mentors", "qualification", "/v1/recognition-list-versions",
                "mobility", "/v1/posts", "incubation", "/v1/partners", "evaluation", "/v1/challenge-lists");
        Thread probe = new Thread(() -> {
            while (probing.get()) {
                for (Map.Entry<String, String> list : lists.entrySet()) {
                    String token = platform.tokens().of(Tokens.OPERATOR);
                    answers.add(http.send("GET", platform.url(list.getKey()) + list.getValue(), Map.of("Authorization", "Bearer " + token), null));
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "read-probe");
        probe.setDaemon(true);
        probe.start();
        return probe;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
