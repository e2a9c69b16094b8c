package org.reformplatform.admissions.mentoring;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.ids.MentorId;
import org.reformplatform.admissions.mentoring.MentorCommand.RegisterMentor;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/** A mentor joins the institute's pool (实战型师资): full-time, part-time or industry, with a number of places for students. */
@ApplicationScoped
public class RegisterMentorHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    /**
     * @param subject      the token subject the mentor acts with, by which they are recognised
     * @param researcherId the mentor as a researcher, when known: how a venture founded with a candidate is recognised
     */
    public Decision<Mentor> handle(String name, MentorKind kind, int capacity, String affiliation, String subject, UUID researcherId) {
        return handle(MentorId.random(), name, kind, capacity, affiliation, subject, researcherId);
    }

    /** A mentor whose id the caller chose (reference data: the same mentor whenever it is loaded). */
    public Decision<Mentor> handle(MentorId id, String name, MentorKind kind, int capacity, String affiliation, String subject,
            UUID researcherId) {
        return aggregates.create(Mentor.TYPE, id, new RegisterMentor(id, name, kind, capacity, affiliation, subject, researcherId,
                clock.instant()));
    }
}
