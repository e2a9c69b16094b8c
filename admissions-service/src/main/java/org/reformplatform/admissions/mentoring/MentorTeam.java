package org.reformplatform.admissions.mentoring;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.reformplatform.admissions.ids.MentorId;
import org.reformplatform.admissions.mentoring.MentorshipSide;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * A student's mentors (一生一策 with a mentor team), past and present. A team mixes kinds, but always
 * has at least one full-time or part-time mentor; industry mentors are optional. Capacity is the
 * mentors' own rule, kept by each {@link Mentor}.
 */
public record MentorTeam(List<Mentorship> mentorships) {

    public static final MentorTeam NONE = new MentorTeam(List.of());

    public List<Mentorship> active() {
        return mentorships.stream().filter(Mentorship::active).toList();
    }

    public boolean isActive(MentorId mentor) {
        return active().stream().anyMatch(m -> m.mentorId().equals(mentor));
    }

    public boolean everIncluded(MentorId mentor) {
        return mentorships.stream().anyMatch(m -> m.mentorId().equals(mentor));
    }

    public boolean hasAcademicMentor() {
        return active().stream().anyMatch(m -> m.kind().isAcademic());
    }

    /**
     * Ending a mentorship must leave the team with a full-time or part-time mentor: either side may
     * end a partnership, but the last academic mentor is replaced by a re-match (which ends it and
     * names the successor in one step), never left out.
     */
    public void requireAcademicMentorWithout(MentorId leaving) {
        require(active().stream().anyMatch(m -> m.kind().isAcademic() && !m.mentorId().equals(leaving)), () -> RuleViolation.conflict(
                "last-academic-mentor", "Mentor " + leaving.value() + " is the team's last full-time or part-time mentor: "
                        + "re-match them to another full-time or part-time mentor instead of ending the mentorship")
                .with("mentorId", leaving.value().toString()));
    }

    /** The members of a new team: distinct mentors, at least one of them full-time or part-time. */
    public static void requireComposition(List<TeamMember> members) {
        require(!members.isEmpty(), () -> RuleViolation.invalid("no-academic-mentor", "A team needs a full-time or part-time mentor"));
        Set<MentorId> distinct = new HashSet<>();
        for (TeamMember member : members) {
            require(distinct.add(member.mentorId()), () -> RuleViolation.invalid("duplicate-mentor",
                    "Mentor " + member.mentorId().value() + " is named twice").with("mentorId", member.mentorId().value().toString()));
        }
        require(members.stream().anyMatch(m -> m.kind().isAcademic()), () -> RuleViolation.invalid("no-academic-mentor",
                "A team needs at least one full-time or part-time mentor; industry mentors alone are not enough"));
    }

    public MentorTeam joined(List<TeamMember> members, Instant at) {
        List<Mentorship> all = new ArrayList<>(mentorships);
        members.forEach(m -> all.add(new Mentorship(m.mentorId(), m.kind(), at, null, null)));
        return new MentorTeam(List.copyOf(all));
    }

    public MentorTeam ended(MentorId mentor, Instant at, MentorshipSide side) {
        return new MentorTeam(mentorships.stream().map(m -> m.active() && m.mentorId().equals(mentor) ? m.ended(at, side) : m).toList());
    }
}
