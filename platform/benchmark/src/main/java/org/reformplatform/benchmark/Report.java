package org.reformplatform.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one run measured, as written to report.json (public fields, in the order they were
 * measured); {@link MarkdownReport} renders it.
 */
final class Report {

    /** One closed-loop run of the throughput sweep, with where the machine's CPU went during it. */
    record ThroughputRun(int clients, String system, ClosedLoop.Result result, Map<String, Double> coresUsed, Map<String, Double> pgSessions,
            Map<String, Object> server, double loadAverage, boolean disturbed) {
    }

    /** A fixed-rate run at half of the peak measured just before it (at {@code peakClients} clients). */
    record HalfPeakRun(FixedRate.Result result, double peak, int peakClients, double loadAverage, boolean disturbed) {
    }

    record StartUp(String process, Double restartToReadySeconds, Double quarkusStartedSeconds, String how) {
    }

    record Memory(String process, double idleMb, Double peakUnderLoadMb) {
    }

    /**
     * What the platform costs with nothing to do: CPU per process over {@code seconds} with no load,
     * in percent of one core; {@code platformPercent} adds up the platform's own processes (the five
     * services, Kafka, Keycloak and the PostgreSQL backends of its databases), {@code machinePercent}
     * is everything busy on the machine.
     */
    record IdleCost(double seconds, Map<String, Double> percentOfOneCore, double platformPercent, double machinePercent) {
    }

    /** A target of the issue, what was measured against it, and whether it is met. */
    record Target(String target, String measured, String against, boolean met) {
    }

    record EndToEndRun(String label, EndToEnd.Result result, Map<String, Double> coresUsed, double loadAverage, boolean disturbed,
            long outboxBacklogMax) {
    }

    public String mode;
    public String started;
    public String finished;
    public double minutes;
    public Map<String, Object> machine = new LinkedHashMap<>();
    public Map<String, Object> settings = new LinkedHashMap<>();
    Settings config;
    public Map<String, Object> method = new LinkedHashMap<>();
    public List<StartUp> startUp = new ArrayList<>();
    public List<Memory> memory = new ArrayList<>();
    public IdleCost idle;
    public List<ThroughputRun> throughput = new ArrayList<>();
    public List<HalfPeakRun> halfOfPeak = new ArrayList<>();
    public List<EndToEndRun> endToEnd = new ArrayList<>();
    public CrossService.Result crossService;
    public List<Store.Rebuild> rebuilds = new ArrayList<>();
    public List<Store.Growth> growth = new ArrayList<>();
    public List<Store.HotAggregate> hotAggregate = new ArrayList<>();
    public List<Store.Simulation> simulations = new ArrayList<>();
    public List<Store.Drain> drains = new ArrayList<>();
    public Map<String, Jfr.Summary> profiles = new LinkedHashMap<>();
    public List<Target> targets = new ArrayList<>();
    public Map<String, String> failures = new LinkedHashMap<>();
    /** What disturbed the run from outside (PostgreSQL restarted by someone else's fault test). */
    public List<String> incidents = new ArrayList<>();

    /** The system's runs of the sweep, by number of clients. */
    List<ThroughputRun> runsOf(String system) {
        return throughput.stream().filter(r -> r.system().equals(system)).toList();
    }

    ThroughputRun run(String system, int clients) {
        return throughput.stream().filter(r -> r.system().equals(system) && r.clients() == clients).findFirst().orElse(null);
    }

    /** The run with the most completions per second (runs disturbed from outside do not count). */
    ThroughputRun peak(String system) {
        return runsOf(system).stream().filter(r -> !r.disturbed()).max((a, b) -> Double.compare(a.result().perSecond(), b.result().perSecond())).orElse(null);
    }
}
