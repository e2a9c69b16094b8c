package org.reformplatform.admissions.conflict;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.integration.VentureFounders;
import org.reformplatform.admissions.mentoring.Mentor;
import org.reformplatform.admissions.mentoring.MentorLoad;
import org.reformplatform.admissions.mentoring.Mentorship;
import org.reformplatform.admissions.student.Student;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.domain.conflict.ConflictCheck;
import org.reformplatform.eventsourcing.domain.conflict.RelationCheck;

/**
 * The relations admissions holds between a reviewer and a candidate, looked up before the reviewer
 * is assigned. How the people are recognised (docs/architecture.md, "Who is who"):
 * <ul>
 * <li>a reviewer is a token subject; a registered mentor carries the subject they act with, so a
 *     reviewer who is a mentor is found by it, with their affiliation and, when the operator gave it,
 *     their researcher id;</li>
 * <li>a candidate who is already a student is named by their student id at submission; a newcomer
 *     has no mentor team and no venture admissions could know of;</li>
 * <li>incubation names founders by student id or researcher id.</li>
 * </ul>
 * What cannot be established from that (a reviewer who is not a registered mentor has no known
 * organisation or researcher id) is recorded as such, never as "no relation".
 */
@ApplicationScoped
public class ReviewerRelations {

    public static final String SAME_ORGANISATION = "same-organisation";
    public static final String MENTOR_OF_CANDIDATE = "mentor-of-candidate";
    public static final String CO_FOUNDERS = "co-founders";

    @Inject
    Aggregates aggregates;

    public ConflictCheck check(String reviewer, Candidacy candidacy) {
        List<MentorLoad> asMentor = MentorLoad.list("subject", reviewer);
        return ConflictCheck.of(reviewer, candidacy,
                (r, c) -> sameOrganisation(asMentor, c),
                (r, c) -> mentorOfCandidate(r, c),
                (r, c) -> coFounders(asMentor, c));
    }

    /** The reviewer's organisation is the affiliation they were registered with as a mentor; the candidate's, the submitting partner. */
    private static RelationCheck sameOrganisation(List<MentorLoad> asMentor, Candidacy candidacy) {
        Set<String> affiliations = asMentor.stream().map(m -> m.affiliation).filter(Objects::nonNull).collect(Collectors.toSet());
        if (affiliations.isEmpty()) {
            return RelationCheck.notEstablished(SAME_ORGANISATION, "the reviewer's organisation is not known: not a registered mentor "
                    + "with an affiliation");
        }
        boolean same = affiliations.stream().anyMatch(a -> a.trim().equalsIgnoreCase(candidacy.organisation().trim()));
        String compared = "reviewer's affiliation " + affiliations + ", candidate's organisation " + candidacy.organisation();
        return same ? RelationCheck.found(SAME_ORGANISATION, compared) : RelationCheck.notFound(SAME_ORGANISATION, compared);
    }

    /** A mentor on the candidate's mentor team, now or before (a mentorship that ended is still a tie), is recognised by subject. */
    private RelationCheck mentorOfCandidate(String reviewer, Candidacy candidacy) {
        if (candidacy.studentId() == null) {
            return RelationCheck.notFound(MENTOR_OF_CANDIDATE, "the candidate is not a student: no mentor team");
        }
        Student student = aggregates.load(Student.TYPE, candidacy.studentId()).state();
        for (Mentorship mentorship : student.team().mentorships()) {
            Mentor mentor = aggregates.load(Mentor.TYPE, mentorship.mentorId()).state();
            if (reviewer.equals(mentor.subject())) {
                return RelationCheck.found(MENTOR_OF_CANDIDATE, mentor.name() + " (" + mentor.kind() + ", mentor " + mentor.id().value()
                        + ") " + (mentorship.active() ? "is" : "was") + " on the mentor team of student " + candidacy.studentId().value());
            }
        }
        return RelationCheck.notFound(MENTOR_OF_CANDIDATE, "the reviewer is not on the mentor team of student " + candidacy.studentId().value()
                + " (" + student.team().mentorships().size() + " mentorship(s) checked)");
    }

    /** A venture with the candidate (by student id) and the reviewer (by the researcher id of their mentor registration) among its founders. */
    private static RelationCheck coFounders(List<MentorLoad> asMentor, Candidacy candidacy) {
        Set<UUID> researcherIds = asMentor.stream().map(m -> m.researcherId).filter(Objects::nonNull).collect(Collectors.toSet());
        if (candidacy.studentId() == null) {
            return RelationCheck.notEstablished(CO_FOUNDERS, "the candidate is not known as a student: founders are known by student or "
                    + "researcher id");
        }
        if (researcherIds.isEmpty()) {
            return RelationCheck.notEstablished(CO_FOUNDERS, "the reviewer's researcher id is not known: not a registered mentor with one");
        }
        Set<UUID> shared = new HashSet<>(VentureFounders.venturesOfStudent(candidacy.studentId().value()));
        Set<UUID> reviewers = new HashSet<>();
        researcherIds.forEach(id -> reviewers.addAll(VentureFounders.venturesOfResearcher(id)));
        shared.retainAll(reviewers);
        return shared.isEmpty()
                ? RelationCheck.notFound(CO_FOUNDERS, "no venture known with both student " + candidacy.studentId().value() + " and researcher "
                        + researcherIds + " as founders")
                : RelationCheck.found(CO_FOUNDERS, "student " + candidacy.studentId().value() + " and researcher " + researcherIds
                        + " founded venture " + shared.stream().sorted().toList());
    }
}
