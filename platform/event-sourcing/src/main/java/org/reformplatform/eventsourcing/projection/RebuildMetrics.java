package org.reformplatform.eventsourcing.projection;

import java.util.Optional;
import java.util.function.ToDoubleFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;

import org.reformplatform.eventsourcing.ops.PlatformMetrics;
import org.reformplatform.eventsourcing.projection.ProjectionStatus.Row;

/**
 * Each projection's rebuild as gauges, read from {@code projection_status} at scrape time, so every
 * replica reports the same figures whichever replica runs the rebuild: whether it is rebuilding, how
 * far it is ({@code rebuildDone} of {@code rebuildTarget}) and how fast. What {@code GET /ops/projections}
 * shows, for the dashboards and the stalled-rebuild alert (docs/operations.md).
 */
@ApplicationScoped
public class RebuildMetrics {

    @Inject
    Instance<Projection> projections;

    @Inject
    ProjectionStatus status;

    @Inject
    PlatformMetrics metrics;

    void onStart(@Observes StartupEvent startup) {
        for (Projection projection : projections) {
            String name = projection.name();
            gauge("platform.projection.rebuilding", "1 while a shadow copy of the read model is being rebuilt, else 0", name,
                    row -> ProjectionStatus.REBUILDING.equals(row.state()) ? 1 : 0);
            gauge("platform.projection.rebuild.progress", "Share of the store's events the current or last rebuild has applied (0 to 1)",
                    name, RebuildMetrics::progress);
            gauge("platform.projection.rebuild.events_per_second", "Events per second of the current or last rebuild", name,
                    row -> row.eventsPerSecond() == null ? Double.NaN : row.eventsPerSecond().doubleValue());
        }
    }

    static double progress(Row row) {
        if (row.rebuildTarget() == null) {
            return Double.NaN;
        }
        if (row.rebuildTarget() == 0) {
            return 1;
        }
        return Math.min(1.0, (double) row.rebuildDone() / row.rebuildTarget());
    }

    private void gauge(String metric, String description, String projection, ToDoubleFunction<Row> value) {
        metrics.gauge(metric, description, () -> {
            try {
                Optional<Row> row = status.row(projection);
                return row.isPresent() ? value.applyAsDouble(row.get()) : Double.NaN;
            } catch (RuntimeException e) {
                // A scrape while the database is away shows a gap in the graph, not an error page.
                return Double.NaN;
            }
        }, "projection", projection);
    }
}
