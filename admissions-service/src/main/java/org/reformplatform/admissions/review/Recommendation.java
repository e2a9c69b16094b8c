package org.reformplatform.admissions.review;

/** What a reviewer recommends besides the scores. A champion vouches for a candidate against the numbers. */
public enum Recommendation {
    REJECT,
    ADMIT,
    CHAMPION
}
