package org.reformplatform.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The report's charts: throughput and latency percentiles against load, rebuild time and growth. */
final class Charts {

    private Charts() {
    }

    static void write(Report r, Path out) throws IOException {
        Files.writeString(out.resolve("throughput.svg"), Svg.chart("Throughput against clients", "closed-loop clients", "operations per second",
                true, false, bySystem(r, run -> run.result().perSecond())));
        Files.writeString(out.resolve("latency-p50.svg"), Svg.chart("Median latency against clients", "closed-loop clients", "p50 latency (ms)",
                true, true, bySystem(r, run -> run.result().latency().p50())));
        Files.writeString(out.resolve("latency-p99.svg"), Svg.chart("p99 latency against clients", "closed-loop clients", "p99 latency (ms)",
                true, true, bySystem(r, run -> run.result().latency().p99())));
        List<Svg.Series> mix = new ArrayList<>();
        mix.add(percentile(r, Benchmark.MIX, "mix p50", l -> l.p50()));
        mix.add(percentile(r, Benchmark.MIX, "mix p95", l -> l.p95()));
        mix.add(percentile(r, Benchmark.MIX, "mix p99", l -> l.p99()));
        mix.add(percentile(r, Benchmark.MIX, "mix max", l -> l.max()));
        mix.add(percentile(r, Benchmark.SUBMIT, "submit p99", l -> l.p99()));
        mix.add(percentile(r, Benchmark.CRUD, "CRUD p99", l -> l.p99()));
        Files.writeString(out.resolve("latency-platform-mix.svg"), Svg.chart("Latency percentiles against throughput", "operations per second",
                "latency (ms)", false, true, mix));
        List<Svg.Point> rebuild = new ArrayList<>();
        r.rebuilds.forEach(b -> rebuild.add(new Svg.Point(b.eventsInStore() / 1e6, b.seconds())));
        Files.writeString(out.resolve("rebuild.svg"), Svg.chart("Rebuild of the applications read model", "events in the store (millions)",
                "seconds", false, false, List.of(new Svg.Series("rebuild time", rebuild))));
        List<Svg.Series> growth = new ArrayList<>();
        growth.add(growthSeries(r, "API submit p50", g -> g.apiSubmit().p50()));
        growth.add(growthSeries(r, "API submit p99", g -> g.apiSubmit().p99()));
        growth.add(growthSeries(r, "SQL append p99", g -> g.sqlAppend().p99()));
        growth.add(growthSeries(r, "API stream load p99", g -> g.apiStreamLoad().p99()));
        growth.add(growthSeries(r, "SQL stream load p99", g -> g.sqlStreamLoad().p99()));
        Files.writeString(out.resolve("growth.svg"), Svg.chart("Appends and stream loads as the store grows", "events in the store (millions)",
                "latency (ms)", false, true, growth));
    }

    private static List<Svg.Series> bySystem(Report r, ToDoubleFunction<Report.ThroughputRun> value) {
        List<Svg.Series> series = new ArrayList<>();
        for (String system : Benchmark.SYSTEMS) {
            List<Svg.Point> points = new ArrayList<>();
            r.runsOf(system).forEach(run -> points.add(new Svg.Point(run.clients(), value.applyAsDouble(run))));
            if (!points.isEmpty()) {
                series.add(new Svg.Series(system, points));
            }
        }
        return series;
    }

    private static Svg.Series percentile(Report r, String system, String name, ToDoubleFunction<Latencies.Summary> value) {
        List<Svg.Point> points = new ArrayList<>();
        r.runsOf(system).forEach(run -> points.add(new Svg.Point(run.result().perSecond(), value.applyAsDouble(run.result().latency()))));
        return new Svg.Series(name, points);
    }

    private static Svg.Series growthSeries(Report r, String name, ToDoubleFunction<Store.Growth> value) {
        List<Svg.Point> points = new ArrayList<>();
        r.growth.forEach(g -> points.add(new Svg.Point(g.eventsInStore() / 1e6, value.applyAsDouble(g))));
        return new Svg.Series(name, points);
    }
}
