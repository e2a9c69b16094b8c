package org.reformplatform.evaluation.challenge;

import java.util.List;
import java.util.UUID;

/**
 * A problem on a published challenge list (揭榜挂帅): whoever can solve it leads it. Once taken it
 * names its leader, the team and the pledge agreement they signed.
 */
public record Challenge(String code, String title, String description, Taker takenBy) {

    /** Who took the challenge, and the pledge (军令状) they signed for it. */
    public record Taker(UUID leaderId, List<UUID> team, UUID pledgeId) {
    }

    public boolean taken() {
        return takenBy != null;
    }

    Challenge takenBy(Taker taker) {
        return new Challenge(code, title, description, taker);
    }
}
