package org.reformplatform.systemtests.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reformplatform.systemtests.LocalPlatform;
import org.reformplatform.systemtests.RunningPlatform;
import org.reformplatform.systemtests.Tokens;
import org.reformplatform.systemtests.faults.CommandLoad;
import org.reformplatform.systemtests.faults.EventStores;
import org.reformplatform.systemtests.faults.Exactness;
import org.reformplatform.systemtests.faults.Problems;
import org.reformplatform.systemtests.faults.Quiescence;
import org.reformplatform.systemtests.faults.RawHttp;
import org.reformplatform.systemtests.faults.TopicLog;

/**
 * Faults under load: a steady stream of commands to all five services ({@link FaultBench}) while
 * the broker is killed, a service is killed, a consumer group is rewound, two replicas of a service
 * run at once, poison records arrive, and (full run only, last) PostgreSQL restarts.
 *
 * <p>After each, once the platform has settled: every command answered 2xx has its events in its
 * service's store; every stored event is on the topic exactly once (read_committed) and nothing
 * else is; every read model lists exactly what the store holds, none twice, with the same counts
 * and sums; no caller ever got a 500 or waited past the client's 30 s limit; the poison records are
 * in the dead-letter topics and nothing else is. Recovery time: from the end of the fault (the
 * process is back) until the outboxes are empty, the projections caught up and the read models
 * agree with the stores.
 *
 * <p>{@code mvn verify} runs one service per fault; {@code -Dreliability.full=true} runs every
 * service and the PostgreSQL restart (which restarts the machine's shared server: last, and short).
 */
@ExtendWith(RunningPlatform.class)
@Order(90)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    /** Longer than any answer should take, even on a crowded machine: an answer later than this is a hang. */
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(30);

    private final LocalPlatform platform = RunningPlatform.platform();
    private final EventStores stores = new EventStores(platform::jdbcUrl);
    private final TopicLog topics = new TopicLog(platform.kafkaBootstrap());
    private final Exactness exactness = new Exactness(stores, topics);
    private final Quiescence quiescence = new Quiescence(platform.api(), stores, LocalPlatform.SERVICES);
    private final List<String> rows = new ArrayList<>();
    private FaultBench bench;

    /** What one fault under load came to. */
    private record Run(String fault, long sent, List<CommandLoad.Accepted> accepted, List<CommandLoad.Refused> refused,
                       List<Exactness.Result> exactness, List<String> notStored, List<String> readModels, Duration recovery) {

        long lost() {
            return exactness.stream().mapToLong(r -> r.lost().size()).sum() + notStored.size();
        }

        long duplicated() {
            return exactness.stream().mapToLong(r -> r.duplicated().size()).sum();
        }

        Map<Integer, Long> refusedByStatus() {
            return refused.stream().collect(Collectors.groupingBy(CommandLoad.Refused::status, TreeMap::new, Collectors.counting()));
        }

        /** Answers no fault excuses: a 500 (or any 5xx but 503), a hang, a 503 without a problem body. */
        List<String> wrongAnswers(Set<String> downServices) {
            List<String> wrong = new ArrayList<>();
            for (CommandLoad.Refused r : refused) {
                boolean down = downServices.contains(r.kind().service());
                if (r.status() == 0 && r.failure() != null && r.failure().startsWith("no answer")) {
                    wrong.add(r.kind().service() + ": " + r.failure());
                } else if (r.status() == 0 && !down) {
                    wrong.add(r.kind().service() + " (running) did not answer: " + r.failure());
                } else if (r.status() >= 500 && r.status() != 503) {
                    wrong.add(r.kind().service() + " answered " + r.status());
                } else if (r.status() == 503 && !r.problemBody()) {
                    wrong.add(r.kind().service() + " answered 503 without a problem body");
                } else if (r.status() >= 400 && r.status() < 500) {
                    wrong.add(r.kind().service() + " refused a valid command: " + r.status() + " " + r.code());
                }
            }
            return wrong;
        }
    }

    @BeforeAll
    void prepare() {
        quiescence.await(Duration.ofMinutes(3));
        bench = new FaultBench(platform, stores).prepare();
    }

    @AfterAll
    void report() {
        if (bench == null) {
            return;
        }
        Figures.report("Faults under load", """
                Run tag `%s`; a load of 4 senders, each pausing 100 ms between commands, over the five kinds of command in turn;
                client timeout %d s; read models compared with the stores: %s.

                | Fault | Commands sent | Accepted (2xx) | Not accepted, by status | Events lost | Duplicates | Read-model differences | Recovery |
                |---|---|---|---|---|---|---|---|
                %s
                """.formatted(bench.tag, CLIENT_TIMEOUT.toSeconds(), bench.compared(), String.join("\n", rows)));
    }

    @Test
    @Order(1)
    void poison_records_go_to_the_dead_letter_topics_and_nothing_else_does() throws Exception {
        String topic = "mobility.events";
        int subscribers = subscribersOf(topic);
        Map<String, Set<String>> before = deadLetterPositions();
        String garbageKey = "poison-garbage-" + bench.tag;
        String undecodableKey = "poison-undecodable-" + bench.tag;

        Run run = underLoad("poison records on " + topic, load -> {
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
        }, Set.of());

        List<TopicLog.Entry> letters = newDeadLetters(before);
        Map<String, Long> byKey = letters.stream().collect(Collectors.groupingBy(e -> String.valueOf(e.key()), Collectors.counting()));
        Set<String> consumersOfGarbage = letters.stream().filter(e -> garbageKey.equals(e.key())).map(e -> e.header("dlq_consumer")).collect(Collectors.toSet());
        rows.set(rows.size() - 1, rows.get(rows.size() - 1).replace("records on " + topic, "records on " + topic + " ("
                + letters.size() + " dead letters: the garbage record " + byKey.getOrDefault(garbageKey, 0L) + " times, once per consumer of the topic; "
                + "the undecodable event " + byKey.getOrDefault(undecodableKey, 0L) + " times, once per consumer of its type; nothing else)"));

        assertCommon(run, Set.of());
        assertThat(byKey.keySet()).as("what went to the dead-letter topics").containsOnly(garbageKey, undecodableKey);
        assertThat(byKey.get(garbageKey)).as("the garbage record, once per consumer of " + topic).isEqualTo(subscribers);
        assertThat(consumersOfGarbage).hasSize(subscribers);
        assertThat(byKey.get(undecodableKey)).as("the undecodable event, by the consumers that want its type").isBetween(1L, (long) subscribers);
    }

    @Test
    @Order(2)
    void the_broker_killed_and_restarted_loses_and_duplicates_nothing() {
        Run run = underLoad("broker SIGKILL, restarted after 5 s", load -> {
            LocalPlatform.StoppedProcess broker = platform.kill("kafka");
            try {
                sleep(5_000);
            } finally {
                platform.restart(broker);
            }
        }, Set.of());
        assertCommon(run, Set.of());
    }

    @Test
    @Order(3)
    void a_service_killed_and_restarted_loses_and_duplicates_nothing() {
        List<String> victims = Figures.full() ? LocalPlatform.SERVICES : List.of("incubation");
        Run run = underLoad("service SIGKILL, restarted: " + String.join(", ", victims), load -> {
            for (String service : victims) {
                LocalPlatform.StoppedProcess stopped = platform.kill(service);
                try {
                    sleep(3_000);
                } finally {
                    platform.restart(stopped);
                }
            }
        }, Set.copyOf(victims));
        assertCommon(run, Set.copyOf(victims));
    }

    @Test
    @Order(4)
    void two_replicas_of_a_service_share_the_load_without_duplicates() {
        List<String> services = Figures.full() ? List.of("admissions", "incubation") : List.of("incubation");
        Map<String, String> replicas = new LinkedHashMap<>();
        Run run = underLoad("two replicas at once: " + String.join(", ", services), load -> {
            try {
                for (String service : services) {
                    int port = freePort(Integer.parseInt(platform.url(service).replaceAll(".*:", "")) + 60);
                    String url = platform.startReplica(service, port);
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
        }, Set.of());
        assertCommon(run, Set.of());
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
        Run run = underLoad("consumer groups rewound to the beginning: " + String.join(", ", services), load -> {
            for (String service : services) {
                LocalPlatform.StoppedProcess stopped = platform.terminate(service);
                try {
                    redelivered[0] += rewind(service);
                } finally {
                    platform.restart(stopped);
                }
            }
        }, Set.copyOf(services));
        rows.set(rows.size() - 1, rows.get(rows.size() - 1).replace("rewound to the beginning:",
                "rewound to the beginning (" + redelivered[0] + " events delivered again):"));
        assertCommon(run, Set.copyOf(services));
        assertThat(redelivered[0]).as("events delivered again").isPositive();
        assertThat(newDeadLetters(deadLettersBefore)).as("records dead-lettered again after the rewind").isEmpty();
    }

    @Test
    @Order(6)
    void postgres_restarted_under_load_answers_503_problems_then_recovers() {
        Assumptions.assumeTrue(Figures.full(), "restarts the machine's PostgreSQL: full run only (-Dreliability.full=true)");
        ConcurrentLinkedQueue<RawHttp.Answer> reads = new ConcurrentLinkedQueue<>();
        java.util.concurrent.atomic.AtomicBoolean probing = new java.util.concurrent.atomic.AtomicBoolean(true);
        Run run = underLoad("PostgreSQL restarted (pg_ctlcluster restart)", load -> {
            Thread reader = readProbe(reads, probing);
            try {
                restartPostgres();
                sleep(5_000);
            } finally {
                probing.set(false);
                reader.join(CLIENT_TIMEOUT.toMillis() + 5_000);
            }
        }, Set.of());
        assertCommon(run, Set.of());
        List<String> wrongReads = reads.stream().filter(a -> a.status() != 200)
                .filter(a -> a.status() != 503 || !Problems.defects(503, a.contentType(), a.body()).isEmpty() || a.header("retry-after") == null)
                .map(a -> a.status() + " " + (a.failure() == null ? a.body() : a.failure())).limit(20).toList();
        long unavailable = reads.stream().filter(a -> a.status() == 503).count()
                + run.refused().stream().filter(r -> r.status() == 503).count();
        long slowest = reads.stream().mapToLong(RawHttp.Answer::millis).max().orElse(0);
        rows.set(rows.size() - 1, rows.get(rows.size() - 1).replace("(pg_ctlcluster restart)",
                "(pg_ctlcluster restart; " + unavailable + " answers 503 with a problem body and none 500, " + reads.size()
                        + " reads probed, the slowest answered in " + slowest + " ms)"));
        assertThat(wrongReads).as("reads during the outage: 200, or 503 problem with Retry-After; never 500 or a hang").isEmpty();
    }

    // ---------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Fault {
        void inject(CommandLoad load) throws Exception;
    }

    private Run underLoad(String name, Fault fault, Set<String> down) {
        CommandLoad load = new CommandLoad(bench.kinds(), platform::url, 4, Duration.ofMillis(100), CLIENT_TIMEOUT).start();
        long ended;
        try {
            sleep(3_000);
            fault.inject(load);
            ended = System.nanoTime();
            sleep(3_000);
        } catch (Exception e) {
            throw new IllegalStateException("injecting '" + name + "' failed", e);
        } finally {
            load.close();
        }
        quiescence.await(Duration.ofMinutes(5));
        List<String> differences = bench.readModelDifferences();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!differences.isEmpty() && System.nanoTime() < deadline) {
            sleep(1_000);
            differences = bench.readModelDifferences();
        }
        Duration recovery = Duration.ofNanos(System.nanoTime() - ended);
        List<Exactness.Result> results = LocalPlatform.SERVICES.stream().map(exactness::check).toList();
        Run run = new Run(name, load.sent(), load.accepted(), load.refused(), results, bench.acceptedButNotStored(load.accepted()),
                differences, recovery);
        rows.add("| %s | %d | %d | %s | %d | %d | %d | %.1f s |".formatted(name, run.sent(), run.accepted().size(), run.refusedByStatus(),
                run.lost(), run.duplicated(), differences.size(), recovery.toMillis() / 1000.0));
        System.out.printf("fault '%s': %s%n  %s%n", name, rows.get(rows.size() - 1), results);
        return run;
    }

    private void assertCommon(Run run, Set<String> down) {
        assertThat(run.accepted()).as("commands accepted during '%s'", run.fault()).isNotEmpty();
        assertThat(run.exactness()).as("store against topic after '%s'", run.fault()).allMatch(Exactness.Result::exact);
        assertThat(run.notStored()).as("accepted commands without events after '%s'", run.fault()).isEmpty();
        assertThat(run.readModels()).as("read models against the stores after '%s'", run.fault()).isEmpty();
        assertThat(run.wrongAnswers(down)).as("answers during '%s'", run.fault()).isEmpty();
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
    private Thread readProbe(ConcurrentLinkedQueue<RawHttp.Answer> answers, java.util.concurrent.atomic.AtomicBoolean probing) {
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

    /** {@code pg_ctlcluster --skip-systemctl-redirect <newest version> main restart}, as root or with sudo. */
    private static void restartPostgres() throws IOException, InterruptedException {
        String version;
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            version = versions.map(p -> p.getFileName().toString()).max(Comparator.comparingDouble(Double::parseDouble))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL under /usr/lib/postgresql"));
        }
        List<String> command = new ArrayList<>(List.of("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart"));
        if (!"root".equals(System.getProperty("user.name"))) {
            command.addAll(0, List.of("sudo", "-n"));
        }
        Process restart = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!restart.waitFor(120, TimeUnit.SECONDS) || restart.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + new String(restart.getInputStream().readAllBytes()));
        }
    }

    private static int freePort(int from) {
        for (int port = from; port < from + 100; port++) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            } catch (IOException free) {
                return port;
            }
        }
        throw new IllegalStateException("no free port from " + from);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
