package org.reformplatform.admissions.intake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.reformplatform.admissions.ids.ApplicationId;

/**
 * The applications holding a seat in an intake event. Immutable, and each version shares all of
 * the one before: taking a seat adds one link, so replaying an event with n seats costs O(n), where
 * copying a set per seat cost O(n²) (10,000 seats: 7 s for the first load, measured by the
 * benchmark). Looking a seat up walks the links, which at an intake event's size (tens to thousands
 * of places) costs microseconds, once per submission or withdrawal.
 */
public final class Seats {

    private static final Seats NONE = new Seats(null, null, 0);

    private final ApplicationId holder;
    private final Seats rest;
    private final int size;

    private Seats(ApplicationId holder, Seats rest, int size) {
        this.holder = holder;
        this.rest = rest;
        this.size = size;
    }

    public static Seats none() {
        return NONE;
    }

    public int size() {
        return size;
    }

    public boolean isHeldBy(ApplicationId application) {
        for (Seats s = this; s.size > 0; s = s.rest) {
            if (s.holder.equals(application)) {
                return true;
            }
        }
        return false;
    }

    /** These seats and one more for the application (which must not hold one yet). */
    public Seats takenBy(ApplicationId application) {
        return new Seats(application, this, size + 1);
    }

    /** These seats without the application's, if it holds one; the seats taken before it are shared. */
    public Seats releasedBy(ApplicationId application) {
        List<ApplicationId> later = new ArrayList<>();
        for (Seats s = this; s.size > 0; s = s.rest) {
            if (s.holder.equals(application)) {
                Seats remaining = s.rest;
                for (int i = later.size() - 1; i >= 0; i--) {
                    remaining = remaining.takenBy(later.get(i));
                }
                return remaining;
            }
            later.add(s.holder);
        }
        return this;
    }

    private Set<ApplicationId> holders() {
        Set<ApplicationId> all = new HashSet<>();
        for (Seats s = this; s.size > 0; s = s.rest) {
            all.add(s.holder);
        }
        return all;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Seats seats && seats.size == size && (seats == this || seats.holders().equals(holders()));
    }

    @Override
    public int hashCode() {
        return holders().hashCode();
    }

    @Override
    public String toString() {
        return size + " seats taken";
    }
}
