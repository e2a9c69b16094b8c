package org.reformplatform.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The report as Markdown: figures beside their baselines, ratios, targets, and where the time went. */
final class MarkdownReport {

    private final Report r;
    private final StringBuilder md = new StringBuilder();

    private MarkdownReport(Report report) {
        this.r = report;
    }

    static String render(Report report) {
        return new MarkdownReport(report).build();
    }

    private String build() {
        md.append("# Benchmark report: ").append(r.mode).append(" run, ").append(r.started).append("\n\n");
        machine();
        if (!r.incidents.isEmpty()) {
            md.append("## Disturbances\n\n");
            r.incidents.forEach(i -> md.append("- ").append(i).append('\n'));
            md.append('\n');
        }
        targets();
        throughput();
        endToEnd();
        rebuild();
        growth();
        simulation();
        drain();
        footprint();
        profiles();
        if (!r.failures.isEmpty()) {
            md.append("## Workloads that failed\n\n");
            r.failures.forEach((name, error) -> md.append("- **").append(name).append("**: ").append(error.replace("\n", " ")).append('\n'));
            md.append('\n');
        }
        return md.toString();
    }

    private void machine() {
        md.append("| Machine | |\n|---|---|\n");
        r.machine.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        md.append("| run | ").append(r.mode).append(", ").append(fmt(r.minutes, 1)).append(" minutes, ").append(r.started).append(" to ")
                .append(r.finished).append(" |\n\n");
    }

    private void targets() {
        md.append("## Targets\n\n| Target | Measured | Against | Met |\n|---|---|---|---|\n");
        for (Report.Target t : r.targets) {
            md.append("| ").append(t.target()).append(" | ").append(t.measured()).append(" | ").append(t.against()).append(" | ")
                    .append(t.met() ? "yes" : "**no**").append(" |\n");
        }
        md.append('\n');
    }

    private void throughput() {
        md.append("## 1. Command throughput and latency (closed loop)\n\n");
        md.append("Each system runs with the same number of closed-loop clients. At each level the systems take turns in ")
                .append(r.config.rounds()).append(" slices (").append(MarkdownReport.fmt(r.config.levelDuration().toMillis() / 1000.0
                        / r.config.rounds(), 1)).append(" s measured after up to 2 s of warm-up each), ")
                .append(MarkdownReport.fmt(r.config.levelDuration().toMillis() / 1000.0, 0))
                .append(" s measured per system and level in all. Operations per second; ratios are the platform's figure over the baseline's.\n\n");
        md.append("| Clients | platform mix (cmd/s) | platform submit (cmd/s) | CRUD submit (req/s) | durable limit (commits/s) | broker limit (acks/s) "
                + "| submit ÷ CRUD | submit ÷ durable | mix ÷ durable |\n|---|---|---|---|---|---|---|---|---|\n");
        for (int clients : r.config.concurrency()) {
            double mix = rate(Benchmark.MIX, clients);
            double submit = rate(Benchmark.SUBMIT, clients);
            double crud = rate(Benchmark.CRUD, clients);
            double durable = rate(Benchmark.DURABLE, clients);
            double broker = rate(Benchmark.BROKER, clients);
            md.append("| ").append(clients).append(" | ").append(fmt(mix, 1)).append(" | ").append(fmt(submit, 1)).append(" | ").append(fmt(crud, 1))
                    .append(" | ").append(fmt(durable, 1)).append(" | ").append(fmt(broker, 1)).append(" | ").append(pct(submit, crud)).append(" | ")
                    .append(pct(submit, durable)).append(" | ").append(pct(mix, durable)).append(" |\n");
        }
        md.append("\n![Throughput](throughput.svg)\n\n");
        md.append("### Latency by load (ms, from request to answer)\n\n| Clients | System | ops/s | p50 | p95 | p99 | max | errors | load avg |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        for (int clients : r.config.concurrency()) {
            for (String system : Benchmark.SYSTEMS) {
                Report.ThroughputRun run = r.run(system, clients);
                if (run == null) {
                    continue;
                }
                Latencies.Summary l = run.result().latency();
                md.append("| ").append(clients).append(" | ").append(system).append(" | ").append(fmt(run.result().perSecond(), 1)).append(" | ")
                        .append(fmt(l.p50(), 2)).append(" | ").append(fmt(l.p95(), 2)).append(" | ").append(fmt(l.p99(), 2)).append(" | ")
                        .append(fmt(l.max(), 1)).append(" | ").append(run.result().errors()).append(run.disturbed() ? " (PostgreSQL restarted)" : "")
                        .append(" | ").append(fmt(run.loadAverage(), 1)).append(" |\n");
            }
        }
        md.append("\n![p50 latency](latency-p50.svg) ![p99 latency](latency-p99.svg)\n\n![Platform mix percentiles](latency-platform-mix.svg)\n\n");
        Report.ThroughputRun peakMix = r.peak(Benchmark.MIX);
        if (peakMix != null) {
            md.append("### The mix at its peak (").append(peakMix.clients()).append(" clients), per command\n\n")
                    .append("Server time is the kernel's own timing of the command (transaction, stream read, decide, append, commit), from the "
                            + "service's metrics; the rest of the client's latency is HTTP, the token check, JSON and queueing.\n\n")
                    .append("| Command | count | p50 | p95 | p99 | max | server mean |\n|---|---|---|---|---|---|---|\n");
            Map<String, Double> serverMeans = serverMeans(peakMix);
            peakMix.result().byKind().forEach((kind, l) -> md.append("| ").append(kind).append(" | ").append(l.count()).append(" | ")
                    .append(fmt(l.p50(), 2)).append(" | ").append(fmt(l.p95(), 2)).append(" | ").append(fmt(l.p99(), 2)).append(" | ")
                    .append(fmt(l.max(), 1)).append(" | ").append(serverMeans.getOrDefault(kind, Double.NaN).isNaN() ? "" : fmt(serverMeans.get(kind), 2))
                    .append(" |\n"));
            md.append('\n');
        }
        md.append("### Where the CPU went at each system's peak (cores busy; the machine has ").append(r.machine.get("nproc")).append(")\n\n");
        List<String> columns = r.throughput.stream().flatMap(t -> t.coresUsed().keySet().stream()).distinct().filter(c -> !c.equals("machine"))
                .toList();
        md.append("| System | clients | ").append(String.join(" | ", columns)).append(" | machine |\n|---|---|")
                .append("---|".repeat(columns.size() + 1)).append('\n');
        for (String system : Benchmark.SYSTEMS) {
            Report.ThroughputRun peak = r.peak(system);
            if (peak == null) {
                continue;
            }
            md.append("| ").append(system).append(" | ").append(peak.clients()).append(" | ");
            for (String c : columns) {
                md.append(fmt(peak.coresUsed().getOrDefault(c, 0.0), 2)).append(" | ");
            }
            md.append(fmt(peak.coresUsed().getOrDefault("machine", 0.0), 2)).append(" |\n");
        }
        md.append("\n### What the database sessions were doing at each system's peak (average sessions per state)\n\n");
        for (String system : Benchmark.SYSTEMS) {
            Report.ThroughputRun peak = r.peak(system);
            if (peak == null || peak.pgSessions() == null || peak.pgSessions().isEmpty()) {
                continue;
            }
            md.append("- **").append(system).append("** (").append(peak.clients()).append(" clients): ")
                    .append(peak.pgSessions().entrySet().stream().limit(6).map(e -> e.getKey() + " " + fmt(e.getValue(), 2))
                            .collect(Collectors.joining(", ")))
                    .append('\n');
        }
        md.append("\n### Concurrent writers: appends refused and retried by the gateway (from the service's metrics)\n\n| Clients | System | conflicts |\n|---|---|---|\n");
        for (Report.ThroughputRun run : r.throughput) {
            if (run.server() != null && run.server().get("conflicts") instanceof Map<?, ?> conflicts && !conflicts.isEmpty()) {
                md.append("| ").append(run.clients()).append(" | ").append(run.system()).append(" | ").append(conflicts).append(" |\n");
            }
        }
        md.append("\n### Did the outbox relay keep up? (events appended and published per second during each platform run)\n\n"
                + "A command rate the relay cannot publish is not sustainable: the backlog, and the delay to Kafka and the read models, grows.\n\n"
                + "| Clients | System | appended/s | published/s | largest backlog | oldest unpublished (s) |\n|---|---|---|---|---|---|\n");
        for (Report.ThroughputRun run : r.throughput) {
            Map<String, Object> server = run.server();
            if (server == null || !(server.get("eventsAppended") instanceof Number appended)) {
                continue;
            }
            double seconds = server.get("seconds") instanceof Number n ? n.doubleValue() : run.result().seconds();
            md.append("| ").append(run.clients()).append(" | ").append(run.system()).append(" | ")
                    .append(fmt(appended.doubleValue() / seconds, 0)).append(" | ")
                    .append(fmt(((Number) server.getOrDefault("eventsPublished", 0)).doubleValue() / seconds, 0)).append(" | ")
                    .append(server.getOrDefault("outboxBacklogMax", "")).append(" | ")
                    .append(server.get("outboxOldestAgeMaxSeconds") instanceof Number age ? fmt(age.doubleValue(), 1) : "").append(" |\n");
        }
        md.append("\n### Latency at half of each system's peak (fixed rate, open loop, from the moment each request was due)\n\n")
                .append("Each system's peak is measured again just before (a short closed-loop run at every level), and the fixed rate is half of it.\n\n")
                .append("| System | peak just before | rate | achieved | p50 | p95 | p99 | max | errors | load avg |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (Report.HalfPeakRun run : r.halfOfPeak) {
            FixedRate.Result f = run.result();
            Latencies.Summary l = f.latency();
            md.append("| ").append(f.system()).append(" | ").append(fmt(run.peak(), 1)).append("/s (").append(run.peakClients()).append(" clients) | ")
                    .append(f.targetRate()).append("/s | ").append(fmt(f.achievedRate(), 1)).append("/s | ")
                    .append(fmt(l.p50(), 2)).append(" | ").append(fmt(l.p95(), 2)).append(" | ").append(fmt(l.p99(), 2)).append(" | ")
                    .append(fmt(l.max(), 1)).append(" | ").append(f.errors()).append(run.disturbed() ? " (PostgreSQL restarted)" : "").append(" | ")
                    .append(fmt(run.loadAverage(), 1)).append(" |\n");
        }
        md.append('\n');
    }

    private void endToEnd() {
        md.append("## 2. End to end (fixed rate)\n\n");
        md.append("Submissions at a fixed rate. From each 2xx to (a) the ApplicationSubmitted record reaching a read_committed consumer of "
                + "admissions.events, and (b) the application's history answering from admissions' read model (polled every ")
                .append(EndToEnd.POLL.toMillis()).append(" ms, so accurate to about that; about ").append(EndToEnd.PROBES_PER_SECOND)
                .append(" submissions a second are followed).\n\n");
        md.append("| Run | rate | achieved | command p50 / p99 | → Kafka p50 / p99 / max | → read model p50 / p99 / max | probes | timeouts "
                + "| largest outbox backlog | load avg |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (Report.EndToEndRun run : r.endToEnd) {
            EndToEnd.Result e = run.result();
            md.append("| ").append(run.label()).append(" | ").append(e.targetRate()).append("/s | ").append(fmt(e.achievedRate(), 1)).append("/s | ")
                    .append(fmt(e.command().p50(), 1)).append(" / ").append(fmt(e.command().p99(), 1)).append(" | ")
                    .append(fmt(e.toKafka().p50(), 1)).append(" / ").append(fmt(e.toKafka().p99(), 1)).append(" / ").append(fmt(e.toKafka().max(), 0)).append(" | ")
                    .append(e.toReadModel().count() == 0 ? "none within 30 s" : fmt(e.toReadModel().p50(), 1) + " / " + fmt(e.toReadModel().p99(), 1)
                            + " / " + fmt(e.toReadModel().max(), 0)).append(" | ").append(e.readModelProbes()).append(" | ").append(e.readModelTimeouts())
                    .append(run.disturbed() ? " (PostgreSQL restarted)" : "").append(" | ").append(run.outboxBacklogMax()).append(" | ")
                    .append(fmt(run.loadAverage(), 1)).append(" |\n");
        }
        if (r.crossService != null) {
            CrossService.Result c = r.crossService;
            md.append("\n**Across services** (qualification → evaluation, ").append(c.samples()).append(" recognitions one after the other): "
                    + "recognise p50 / p99 ").append(fmt(c.recognise().p50(), 1)).append(" / ").append(fmt(c.recognise().p99(), 1))
                    .append(" ms; 2xx → TitleEquivalenceRecognised on qualification.events p50 / p99 ").append(fmt(c.toKafka().p50(), 1)).append(" / ")
                    .append(fmt(c.toKafka().p99(), 1)).append(" ms; 2xx → evidence in evaluation-service's GET /v1/researchers/{id} p50 / p99 / max ")
                    .append(fmt(c.toEvidence().p50(), 1)).append(" / ").append(fmt(c.toEvidence().p99(), 1)).append(" / ")
                    .append(fmt(c.toEvidence().max(), 0)).append(" ms (").append(c.timeouts()).append(" timeouts).\n");
        }
        md.append('\n');
    }

    private void rebuild() {
        md.append("## 3. Rebuild of a read model\n\n");
        md.append("`POST /ops/projections/{name}/rebuild`, timed until the projection is live again. The store was filled by COPY with copies of "
                + "real event groups (see the method notes); events/s counts every event in the store, since a rebuild reads them all.\n\n");
        md.append("| Events in store | Projection | events it applies | seconds | events/s | kernel's own figure |\n|---|---|---|---|---|---|\n");
        for (Store.Rebuild b : r.rebuilds) {
            md.append("| ").append(String.format(Locale.ROOT, "%,d", b.eventsInStore())).append(" | ").append(b.projection()).append(" | ")
                    .append(String.format(Locale.ROOT, "%,d", b.eventsApplied())).append(" | ").append(fmt(b.seconds(), 1)).append(" | ")
                    .append(String.format(Locale.ROOT, "%,.0f", b.eventsPerSecond())).append(" | ")
                    .append(String.format(Locale.ROOT, "%,.0f", b.kernelEventsPerSecond())).append(" |\n");
        }
        md.append("\n![Rebuild time](rebuild.svg)\n\n");
    }

    private void growth() {
        md.append("## 4. Growth of the store\n\n");
        md.append("At each size: submissions through the API one at a time (one stream read and two appends each), the kernel's append "
                + "statement on its own (one event and its outbox row, committed), and loads of streams no one had read since the service "
                + "started, through the API (`GET /v1/applications/{id}`) and as the kernel's SQL alone. Milliseconds.\n\n");
        md.append("| Events in store | API submit p50 / p99 | SQL append p50 / p99 | API stream load p50 / p99 | SQL stream load p50 / p99 |\n"
                + "|---|---|---|---|---|\n");
        for (Store.Growth g : r.growth) {
            md.append("| ").append(String.format(Locale.ROOT, "%,d", g.eventsInStore())).append(" | ").append(pair(g.apiSubmit())).append(" | ")
                    .append(pair(g.sqlAppend())).append(" | ").append(pair(g.apiStreamLoad())).append(" | ").append(pair(g.sqlStreamLoad())).append(" |\n");
        }
        md.append("\n![Growth](growth.svg)\n\n");
        if (!r.hotAggregate.isEmpty()) {
            md.append("### A long stream: an intake event with many seats taken\n\nEvery submission takes a seat in its intake event (one "
                    + "stream). The event's first load replays its stream, one seat after the other.\n\n"
                    + "| Seats taken | first load (ms) | submit p50 | submit p99 | submit max |\n|---|---|---|---|---|\n");
            for (Store.HotAggregate h : r.hotAggregate) {
                md.append("| ").append(String.format(Locale.ROOT, "%,d", h.seatsTaken())).append(" | ").append(fmt(h.coldLoadMs(), 1)).append(" | ")
                        .append(fmt(h.submit().p50(), 2)).append(" | ").append(fmt(h.submit().p99(), 2)).append(" | ").append(fmt(h.submit().max(), 1))
                        .append(" |\n");
            }
            md.append('\n');
        }
    }

    private void drain() {
        if (r.drains.isEmpty()) {
            return;
        }
        md.append("## The outbox relay draining a backlog\n\n");
        md.append("Copies of real admissions events (see the method notes) written by COPY and queued in admissions' outbox in one "
                + "transaction, as a broker outage leaves them; timed from that commit until the outbox is empty (the relay takes rows out "
                + "only after the broker committed them). The consumers of admissions' topic read the copies meanwhile, as after an outage.\n\n");
        md.append("| Events | seconds | events/s | load avg at start | CPU s: admissions / incubation / Kafka / their PostgreSQL / "
                + "the rest of the run / outside it | the machine |\n|---|---|---|---|---|---|\n");
        for (Store.Drain d : r.drains) {
            Map<String, Double> cpu = d.cpuSeconds();
            double named = 0;
            for (String name : List.of(Admissions.SERVICE, "incubation", "kafka", "postgres (this run's databases)", "others")) {
                named += cpu.getOrDefault(name, 0.0);
            }
            double machine = cpu.getOrDefault("machine", 0.0);
            md.append("| ").append(String.format(Locale.ROOT, "%,d", d.events())).append(" | ").append(fmt(d.seconds(), 2)).append(" | ")
                    .append(String.format(Locale.ROOT, "%,.0f", d.eventsPerSecond())).append(" | ").append(fmt(d.loadAverageAtStart(), 2)).append(" | ")
                    .append(fmt(cpu.getOrDefault(Admissions.SERVICE, 0.0), 1)).append(" / ")
                    .append(fmt(cpu.getOrDefault("incubation", 0.0), 1)).append(" / ")
                    .append(fmt(cpu.getOrDefault("kafka", 0.0), 1)).append(" / ")
                    .append(fmt(cpu.getOrDefault("postgres (this run's databases)", 0.0), 1)).append(" / ")
                    .append(fmt(Math.max(0, machine - named), 1)).append(" / ")
                    .append(fmt(cpu.getOrDefault("others", 0.0), 1)).append(" | ")
                    .append(fmt(machine, 1)).append(" |\n");
        }
        md.append('\n');
    }

    private void simulation() {
        if (r.simulations.isEmpty()) {
            return;
        }
        md.append("## Policy laboratory: a simulation read from the store\n\n");
        md.append("`POST /v1/simulations` in admissions (scope: every application submitted in the run; policy tried: a more tolerant "
                + "spread threshold), timed from the POST until a poll sees it DONE, with JFR recording the service (see below). The simulation reads the application streams of its scope from PostgreSQL, decodes them "
                + "and replays them through the decider; events/s counts the events it read.\n\n");
        md.append("| Events in store | application events in scope | events read | applications | changed | seconds (server) | events/s | "
                + "load avg at start | CPU s: admissions / its PostgreSQL / everyone else |\n|---|---|---|---|---|---|---|---|---|\n");
        for (Store.Simulation s : r.simulations) {
            md.append("| ").append(String.format(Locale.ROOT, "%,d | %,d | %,d | %,d | %,d | ", s.eventsInStore(), s.applicationEventsInScope(),
                    s.eventsRead(), s.applications(), s.changed())).append(fmt(s.seconds(), 1)).append(" (").append(fmt(s.serverSeconds(), 1))
                    .append(") | ").append(String.format(Locale.ROOT, "%,.0f", s.eventsPerSecond())).append(" | ").append(fmt(s.loadAverageAtStart(), 2))
                    .append(" | ").append(fmt(s.cpuSeconds().getOrDefault(Admissions.SERVICE, 0.0), 1)).append(" / ")
                    .append(fmt(s.cpuSeconds().getOrDefault("postgres (this run's databases)", 0.0), 1)).append(" / ")
                    .append(fmt(s.cpuSeconds().getOrDefault("others", 0.0), 1)).append(" |\n");
        }
        md.append('\n');
    }

    private void footprint() {
        md.append("## 5. Footprint\n\n| Process | restart to ready (s) | Quarkus \"started in\" (s) | how |\n|---|---|---|---|\n");
        for (Report.StartUp s : r.startUp) {
            md.append("| ").append(s.process()).append(" | ").append(s.restartToReadySeconds() == null ? "" : fmt(s.restartToReadySeconds(), 2))
                    .append(" | ").append(s.quarkusStartedSeconds() == null ? "" : fmt(s.quarkusStartedSeconds(), 2)).append(" | ").append(s.how())
                    .append(" |\n");
        }
        md.append("\n| Process | resident memory idle (MB) | peak under load (MB) |\n|---|---|---|\n");
        for (Report.Memory m : r.memory) {
            md.append("| ").append(m.process()).append(" | ").append(fmt(m.idleMb(), 0)).append(" | ")
                    .append(m.peakUnderLoadMb() == null ? "" : fmt(m.peakUnderLoadMb(), 0)).append(" |\n");
        }
        md.append('\n');
        if (r.idle != null) {
            md.append("### Idle cost: CPU with no load for ").append(fmt(r.idle.seconds(), 0)).append(" s (percent of one core)\n\n")
                    .append("The platform: **").append(fmt(r.idle.platformPercent(), 1)).append(" %** (the five services, Kafka, Keycloak and the "
                            + "PostgreSQL backends of its databases; PostgreSQL's own background processes count under \"others\").\n\n")
                    .append("| Process | CPU (% of one core) |\n|---|---|\n");
            r.idle.percentOfOneCore().forEach((name, percent) -> md.append("| ").append(name).append(" | ").append(fmt(percent, 1)).append(" |\n"));
            md.append('\n');
        }
    }

    private void profiles() {
        if (r.profiles.isEmpty()) {
            return;
        }
        md.append("## Where the time goes (JFR)\n\n");
        r.profiles.forEach((name, p) -> {
            md.append("### ").append(name).append("\n\n").append(p.cpuSamples()).append(" CPU samples; GC: ").append(p.gc()).append(".\n\n");
            md.append("- **By layer** (first frame outside the JDK): ").append(shares(p.byLayer(), 12)).append('\n');
            md.append("- **By thread**: ").append(shares(p.byThread(), 8)).append('\n');
            md.append("- **Hottest methods** (self): ").append(shares(p.hottestMethods(), 10)).append('\n');
            md.append("- **Platform code, inclusive**: ").append(shares(p.platformInclusive(), 15)).append('\n');
            md.append("- **Allocation by layer**: ").append(shares(p.allocationByLayer(), 8)).append('\n');
            if (p.socketWaits() != null && !p.socketWaits().isEmpty()) {
                md.append("- **Waiting on sockets** (reads of 10 ms or more): ").append(p.socketWaits().entrySet().stream()
                        .map(e -> "`" + e.getKey() + "` (" + e.getValue() + ")").collect(Collectors.joining("; "))).append('\n');
            }
            if (!p.contention().isEmpty()) {
                md.append("- **Lock contention**: ").append(p.contention().entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                        .collect(Collectors.joining("; "))).append('\n');
            }
            md.append('\n');
        });
    }

    private static String shares(Map<String, Double> shares, int top) {
        return shares.entrySet().stream().limit(top).map(e -> "`" + e.getKey() + "` " + fmt(e.getValue(), 1) + "%").collect(Collectors.joining(", "));
    }

    private Map<String, Double> serverMeans(Report.ThroughputRun run) {
        Map<String, Double> means = new java.util.HashMap<>();
        Map<String, String> kinds = Map.of("SubmitApplication", "submit", "SubmitProjectWork", "project-work", "AssignReviewers", "assign-reviewers",
                "SubmitReview", "review", "DecideSpecialReview", "committee-decision");
        if (run.server() != null && run.server().get("commands") instanceof Map<?, ?> commands) {
            commands.forEach((labels, value) -> {
                String l = String.valueOf(labels);
                if (l.contains("outcome=ok") && value instanceof Map<?, ?> v) {
                    kinds.forEach((command, kind) -> {
                        if (l.contains("command=" + command + ",") || l.endsWith("command=" + command)) {
                            means.put(kind, ((Number) v.get("meanServerMs")).doubleValue());
                        }
                    });
                }
            });
        }
        return means;
    }

    private double rate(String system, int clients) {
        Report.ThroughputRun run = r.run(system, clients);
        return run == null ? Double.NaN : run.result().perSecond();
    }

    private static String pair(Latencies.Summary s) {
        return s == null || s.count() == 0 ? "" : fmt(s.p50(), 2) + " / " + fmt(s.p99(), 2);
    }

    static String pct(double part, double whole) {
        if (Double.isNaN(part) || Double.isNaN(whole) || whole <= 0) {
            return "";
        }
        return String.format(Locale.ROOT, "%.0f%%", part / whole * 100);
    }

    static String fmt(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "";
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }
}
