package org.reformplatform.eventsourcing.domain.conflict;

/**
 * One relation between a reviewer and the person they would judge, as it was checked before an
 * assignment: found (a conflict of interest), not found, or not established because the platform
 * does not hold what it would need to tell (the reviewer's organisation is unknown, say). "Not
 * established" is recorded rather than read as "no relation", so that operators see what the
 * platform could not check.
 *
 * @param relation a stable name, e.g. {@code mentor-of-candidate}, {@code same-organisation}
 * @param detail   for people: what was compared, or why it could not be
 */
public record RelationCheck(String relation, Outcome outcome, String detail) {

    public enum Outcome { FOUND, NOT_FOUND, NOT_ESTABLISHED }

    public static RelationCheck found(String relation, String detail) {
        return new RelationCheck(relation, Outcome.FOUND, detail);
    }

    public static RelationCheck notFound(String relation, String detail) {
        return new RelationCheck(relation, Outcome.NOT_FOUND, detail);
    }

    public static RelationCheck notEstablished(String relation, String detail) {
        return new RelationCheck(relation, Outcome.NOT_ESTABLISHED, detail);
    }

    public boolean found() {
        return outcome == Outcome.FOUND;
    }
}
