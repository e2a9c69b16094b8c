package org.reformplatform.eventsourcing.projection;

import java.lang.management.ManagementFactory;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.reformplatform.eventsourcing.config.PlatformSettings;
import org.reformplatform.eventsourcing.store.Transactions;

/**
 * Rebuilds a read model from the event store without taking it away: a shadow copy of its tables
 * is built beside the live ones, which keep answering and keep up with new events; once the copy
 * has caught up, live updates pause for an instant, the copy takes the last events and is swapped
 * in, atomically. Partners and analysts never see a partial list.
 *
 * <ol>
 * <li>Claim: the projection's status flips to {@code rebuilding} (one rebuild at a time, across
 * replicas; the heartbeat tells a dead one, and another replica starts it again).</li>
 * <li>Build in rounds, each up to a horizon below which every append has committed, until little
 * is left.</li>
 * <li>Pause the live updates (every replica), take every committed event after the last horizon,
 * check that the copy has every event the live one has, swap, resume. Events committed after that
 * reach the swapped-in copy through the topic; its stream cursors pass over what it already has.</li>
 * </ol>
 * A failed rebuild drops its copy and leaves the live read model as it was, with the error shown.
 */
@ApplicationScoped
public class Rebuilds {

    private static final Logger LOG = Logger.getLogger(Rebuilds.class);

    @Inject
    ProjectionStatus status;

    @Inject
    Transactions transactions;

    @Inject
    Projector projector;

    @Inject
    PlatformSettings settings;

    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    /** Starts a rebuild in the background; false if one is already running. */
    boolean start(Projection projection) {
        if (!status.claimRebuild(projection.name(), owner)) {
            return false;
        }
        Thread thread = new Thread(() -> run(projection), "rebuild-" + projection.name());
        thread.setDaemon(true);
        thread.start();
        return true;
    }

    private void run(Projection projection) {
        String name = projection.name();
        ShadowSchema shadow = null;
        try {
            // A rebuild taken over from a replica that died left its copy: start afresh.
            status.shadowOf(name).ifPresent(old -> ShadowSchema.drop(transactions, old));
            shadow = ShadowSchema.create(transactions, ShadowSchema.nameFor("rebuild", name), projection.tables());
            status.shadow(name, shadow.name());
            ShadowBuild build = ShadowBuild.rebuild(transactions, projector, projection, shadow, settings.rebuildBatchSize(),
                    (done, target, rate) -> status.progress(name, target, done, rate));
            status.finish(name, build.eventsRead(), build.eventsPerSecond(), build.refused());
            LOG.infof("rebuilt %s from %d events at %.0f events/s, swapped in%s", name, build.eventsRead(), build.eventsPerSecond(),
                    build.refused() > 0 ? " (" + build.refused() + " refused events passed over)" : "");
        } catch (RuntimeException e) {
            LOG.errorf(e, "rebuild of %s failed; the live read model is as it was", name);
            if (shadow != null) {
                try {
                    shadow.drop(transactions);
                } catch (RuntimeException ignored) {
                    // left for the next rebuild to drop
                }
            }
            try {
                status.fail(name, e.toString());
            } catch (RuntimeException ignored) {
                // the heartbeat goes stale and another replica takes the rebuild over
            }
        }
    }
}
