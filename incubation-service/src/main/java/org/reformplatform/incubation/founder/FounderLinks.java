package org.reformplatform.incubation.founder;

import java.time.Instant;
import java.util.OptionalInt;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.incubation.venture.Founder;
import org.reformplatform.incubation.venture.FounderKind;
import org.reformplatform.incubation.venture.Venture;
import org.reformplatform.incubation.venture.VentureCommand.AddFounder;
import org.reformplatform.incubation.venture.VentureCommand.VerifyFounder;
import org.reformplatform.incubation.venture.VentureId;

/**
 * Links student and researcher founders to the facts other services publish about them, whatever
 * the order of arrival:
 * <ul>
 * <li>a venture naming a founder notes the venture on the person's {@link FounderRecord}, in the
 * same transaction; if an admission or arrangement is known there already, the founder is
 * verified at once;</li>
 * <li>an admission or arrangement arriving is recorded on the same record, in the same
 * transaction that verifies the founder on every venture that named the person before.</li>
 * </ul>
 * Both sides append to the person's stream with optimistic concurrency, so if they race one of
 * them is retried and sees the other: no link is lost, none is made twice. Nothing needs to be
 * parked, because neither side ever waits: each records what it knows at once.
 */
@ApplicationScoped
public class FounderLinks {

    @Inject
    Aggregates aggregates;

    /** Names a founder of a venture (in the caller's transaction); {@code expectedVersion} applies to the venture. */
    public Decision<Venture> addFounder(VentureId ventureId, FounderKind kind, UUID studentId, UUID researcherId, String name, Instant at,
            OptionalInt expectedVersion) {
        Founder.requireIdentity(kind, studentId, researcherId);
        String evidence = null;
        if (kind != FounderKind.EXTERNAL) {
            UUID personId = kind == FounderKind.STUDENT ? studentId : researcherId;
            FounderRecordId recordId = FounderRecordId.of(kind, personId);
            // The venture's own rules run after this; if they refuse, the transaction takes the claim back too.
            Decision<FounderRecord> record = aggregates.handle(FounderRecord.TYPE, recordId,
                    new FounderRecordCommand.ClaimFounder(recordId, kind, personId, ventureId));
            evidence = record.state().firstEvidence();
        }
        return aggregates.handle(Venture.TYPE, ventureId, new AddFounder(kind, studentId, researcherId, name, evidence, at), expectedVersion);
    }

    /** Records an admission or arrangement (in the caller's transaction) and verifies the person on every venture that named them. */
    public void vouch(FounderRecordCommand fact, Instant at) {
        Decision<FounderRecord> record = aggregates.handle(FounderRecord.TYPE, fact.id(), fact);
        if (!record.changedAnything()) {
            return;
        }
        FounderRecord person = record.state();
        String evidence = person.evidence().get(person.evidence().size() - 1);
        for (VentureId ventureId : person.ventures()) {
            aggregates.handle(Venture.TYPE, ventureId, new VerifyFounder(person.kind(), person.personId(), evidence, at));
        }
    }
}
