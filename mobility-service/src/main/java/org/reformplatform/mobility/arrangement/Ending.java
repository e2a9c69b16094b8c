package org.reformplatform.mobility.arrangement;

/** How an arrangement ends. */
public enum Ending {
    /** The researcher returned to their post. */
    RETURNED,
    /** The researcher resigned from the institution (e.g. to stay with the start-up). */
    RESIGNED,
    /** The term ran its full course. */
    COMPLETED,
    /** Ended early by the home institution, with a reason. */
    TERMINATED
}
