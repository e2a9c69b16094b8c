package org.reformplatform.eventsourcing.simulation;

/** How far a running simulation is: its record shows it while it runs. */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void total(long units) {
        }

        @Override
        public void advance(long units) {
        }
    };

    /** The work there is, in the simulator's units (events read, arrangements replayed). */
    void total(long units);

    void advance(long units);
}
