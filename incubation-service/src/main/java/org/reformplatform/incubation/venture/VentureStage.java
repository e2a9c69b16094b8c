package org.reformplatform.incubation.venture;

/**
 * The stages of a venture at a centre: applied → admitted → incubating → accelerating →
 * graduated, one step at a time, or closed with a reason at any stage before graduation.
 * Graduated and closed are final.
 */
public enum VentureStage {
    APPLIED,
    ADMITTED,
    INCUBATING,
    ACCELERATING,
    GRADUATED,
    CLOSED;

    /** The one stage a venture may move on to from here, or null where none (final stages). */
    public VentureStage next() {
        return switch (this) {
            case APPLIED -> ADMITTED;
            case ADMITTED -> INCUBATING;
            case INCUBATING -> ACCELERATING;
            case ACCELERATING -> GRADUATED;
            case GRADUATED, CLOSED -> null;
        };
    }

    /** Moving on is one step forward; closing is {@link #mayClose()}, never a stage change. */
    public boolean mayMoveTo(VentureStage target) {
        return target != null && target == next();
    }

    /**
     * A venture closes at any stage before graduation. A graduated venture has left the centre: what
     * becomes of it later is no longer the centre's to record.
     */
    public boolean mayClose() {
        return this != GRADUATED && this != CLOSED;
    }

    public boolean isFinal() {
        return this == GRADUATED || this == CLOSED;
    }
}
