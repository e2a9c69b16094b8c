package org.reformplatform.kafkalocal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A single-node Apache Kafka broker in KRaft mode (broker and controller in one process), for
 * local runs and tests. It runs in the foreground until SIGTERM or Ctrl-C, which Kafka's own
 * shutdown hook turns into a clean, controlled shutdown.
 *
 * <pre>
 * java -cp &lt;broker class path&gt; org.reformplatform.kafkalocal.KafkaLocal \
 *      --port 9092 --controller-port 9093 --data-dir .local/kafka
 * </pre>
 *
 * The data directory is formatted on first use and reused afterwards, so a restarted broker keeps
 * its topics, records and committed offsets.
 */
public final class KafkaLocal {

    /** A fixed cluster id: the data directory of one local broker only ever belongs to it. */
    static final String CLUSTER_ID = "ReformPlatformLocal0";

    public static void main(String[] args) throws Exception {
        BrokerOptions options = BrokerOptions.parse(args);
        if (options == null) {
            System.out.println(BrokerOptions.USAGE);
            return;
        }
        Path propertiesFile = writeServerProperties(options);
        format(propertiesFile);
        System.out.printf("kafka-local: starting broker on 127.0.0.1:%d, data in %s%n", options.port(), options.dataDir());
        kafka.Kafka.main(new String[] {propertiesFile.toString()});
    }

    static Path writeServerProperties(BrokerOptions options) throws IOException {
        Files.createDirectories(options.dataDir());
        Properties p = serverProperties(options);
        Path file = options.dataDir().resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            p.store(out, "written by kafka-local");
        }
        return file;
    }

    static Properties serverProperties(BrokerOptions o) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + o.controllerPort());
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + o.port() + ",CONTROLLER://127.0.0.1:" + o.controllerPort());
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + o.port());
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("log.dirs", o.dataDir().resolve("logs").toString());
        p.setProperty("num.partitions", String.valueOf(o.partitions()));
        // One node: every internal topic has a single replica.
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "5");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("transaction.state.log.num.partitions", "5");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        // The topics are the platform's long-term log: nothing expires locally either.
        p.setProperty("log.retention.ms", "-1");
        // The default dedupe buffer takes 128 MiB of heap for log compaction we barely use.
        p.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
        // A broker restarted after SIGKILL waits out its old session: keep that short (three heartbeats).
        p.setProperty("broker.session.timeout.ms", "3000");
        p.setProperty("broker.heartbeat.interval.ms", "1000");
        p.setProperty("controlled.shutdown.enable", "true");
        // The controller appends a no-op record to the metadata log every 500 ms by default, to show
        // followers it is alive; a single node has none. With these two settings an idle broker used
        // 89 CPU ticks a minute instead of 138 (1.5 % of a core instead of 2.3 %, measured alone).
        p.setProperty("metadata.max.idle.interval.ms", "5000");
        if (o.metricsPort() > 0) {
            // What Strimzi configures for metricsConfig type strimziMetricsReporter: the client-side
            // metrics and the broker's (Yammer) metrics, served over HTTP.
            p.setProperty("metric.reporters", "io.strimzi.kafka.metrics.KafkaPrometheusMetricsReporter");
            p.setProperty("kafka.metrics.reporters", "io.strimzi.kafka.metrics.YammerPrometheusMetricsReporter");
            p.setProperty("prometheus.metrics.reporter.listener.enable", "true");
            p.setProperty("prometheus.metrics.reporter.listener", "http://127.0.0.1:" + o.metricsPort());
        }
        return p;
    }

    /** Formats the data directory once; a formatted directory is left as it is. */
    static void format(Path propertiesFile) {
        List<String> args = new ArrayList<>(List.of(
                "format", "--cluster-id", CLUSTER_ID, "--config", propertiesFile.toString(), "--ignore-formatted"));
        int exit = kafka.tools.StorageTool.execute(args.toArray(String[]::new), new PrintStream(OutputStream.nullOutputStream()));
        if (exit != 0) {
            throw new IllegalStateException("formatting the Kafka data directory failed with exit code " + exit);
        }
    }

    private KafkaLocal() {
    }
}
