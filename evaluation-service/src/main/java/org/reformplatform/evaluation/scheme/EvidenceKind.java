package org.reformplatform.evaluation.scheme;

/**
 * The kinds of evidence from other services a track can weigh (业绩导向): what a researcher did,
 * recorded where it happened, not asserted in the dossier.
 */
public enum EvidenceKind {
    /** A foreign qualification recognised by qualification-service with a domestic title equivalence (职称比照). */
    TITLE_EQUIVALENCE,
    /** A favourable results review of a leave-to-found arrangement (离岗创业), from mobility-service. */
    LEAVE_TO_FOUND,
    /** A favourable results review of part-time innovation or founding while employed (兼职创新、在职创办企业). */
    PART_TIME_INNOVATION,
    /** A favourable results review of a secondment, project cooperation or enterprise-talent post. */
    MOBILITY_RESULTS
}
