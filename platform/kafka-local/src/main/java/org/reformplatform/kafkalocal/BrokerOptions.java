package org.reformplatform.kafkalocal;

import java.nio.file.Path;

/** The broker's command-line options. */
record BrokerOptions(int port, int controllerPort, Path dataDir, int partitions, int metricsPort) {

    static final String USAGE = """
            Usage: KafkaLocal [--port N] [--controller-port N] [--data-dir DIR] [--partitions N] [--metrics-port N]
              --port             client port on 127.0.0.1 (default 9092)
              --controller-port  KRaft controller port on 127.0.0.1 (default: port + 1)
              --data-dir         where logs and metadata live (default .local/kafka)
              --partitions       partitions of automatically created topics (default 3)
              --metrics-port     serve the broker's metrics in Prometheus format on 127.0.0.1:N/metrics
                                 (Strimzi's Metrics Reporter, as in the Kubernetes install; default off)
            Runs in the foreground; SIGTERM or Ctrl-C shuts the broker down cleanly.""";

    /** Returns null when help was asked for. */
    static BrokerOptions parse(String[] args) {
        int port = 9092;
        Integer controllerPort = null;
        Path dataDir = Path.of(".local", "kafka");
        int partitions = 3;
        int metricsPort = 0;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--help") || name.equals("-h")) {
                return null;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + name + "\n" + USAGE);
            }
            String value = args[++i];
            switch (name) {
                case "--port" -> port = Integer.parseInt(value);
                case "--controller-port" -> controllerPort = Integer.parseInt(value);
                case "--data-dir" -> dataDir = Path.of(value);
                case "--partitions" -> partitions = Integer.parseInt(value);
                case "--metrics-port" -> metricsPort = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
            }
        }
        return new BrokerOptions(port, controllerPort == null ? port + 1 : controllerPort, dataDir.toAbsolutePath(), partitions, metricsPort);
    }
}
