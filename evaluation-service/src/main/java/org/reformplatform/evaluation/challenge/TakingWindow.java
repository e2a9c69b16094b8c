package org.reformplatform.evaluation.challenge;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Until when a challenge list (揭榜挂帅) takes takers: up to and including {@code closesOn}; it closes
 * when that day is over in the region ({@code evaluation.ChallengeListCloses}), whether or not every
 * challenge was taken. A list published without one stays open until every challenge is taken.
 */
public record TakingWindow(LocalDate closesOn) {

    public TakingWindow {
        Objects.requireNonNull(closesOn, "closesOn");
    }

    public boolean openOn(LocalDate day) {
        return !day.isAfter(closesOn);
    }
}
