package org.reformplatform.evaluation.pilot;

/** The four questions of the reform that an institutional measure answers. */
public enum MeasureDimension {
    /** What is evaluated (评什么): posts, tracks, indicators. */
    WHAT,
    /** Who evaluates (谁来评): peers, industry, clinical experts, committees. */
    WHO,
    /** How it is evaluated (怎么评): procedures, cycles, challenges, pledges. */
    HOW,
    /** How the result is used (怎么用): appointment, promotion, renewal, reward. */
    USE
}
