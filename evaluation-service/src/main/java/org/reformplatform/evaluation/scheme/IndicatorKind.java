package org.reformplatform.evaluation.scheme;

/** How an indicator is scored. */
public enum IndicatorKind {
    /** A mark from 0 to the indicator's maximum, decimals allowed (e.g. 0 to 10). */
    SCORE,
    /**
     * Counted points from 0 up to the indicator's cap, whole numbers only: the hospital's clinical
     * research points (临床研究积分) are counted, not judged.
     */
    POINTS
}
