package org.reformplatform.incubation.venture;

import java.time.Clock;
import java.util.OptionalInt;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.incubation.founder.FounderRecord;
import org.reformplatform.incubation.founder.FounderRecordCommand.ClaimFounder;
import org.reformplatform.incubation.founder.FounderRecordId;
import org.reformplatform.incubation.venture.VentureCommand.AddFounder;

/**
 * A venture names a founder. A student or researcher is noted on the person's {@link FounderRecord}
 * in the same transaction, and verified at once if the admission or leave-to-found arrangement that
 * vouches for them is there already; if it arrives later, {@code founder.VouchForFounderHandler}
 * finds the venture on the record. Both append to the person's stream with optimistic concurrency,
 * so if they race one is retried and sees the other: no link is lost, none is made twice.
 */
@ApplicationScoped
public class AddFounderHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    public Decision<Venture> handle(VentureId venture, FounderKind kind, UUID studentId, UUID researcherId, String name,
            OptionalInt expectedVersion) {
        aggregates.load(Venture.TYPE, venture, () -> VentureAccess.unknown(venture));
        Founder.requireIdentity(kind, studentId, researcherId);
        String evidence = kind == FounderKind.EXTERNAL ? null : claim(venture, kind, kind == FounderKind.STUDENT ? studentId : researcherId);
        return aggregates.handle(Venture.TYPE, venture, new AddFounder(kind, studentId, researcherId, name, evidence, clock.instant()),
                expectedVersion);
    }

    /** Notes the venture on the person's record; returns what vouches for them already, or null. */
    private String claim(VentureId venture, FounderKind kind, UUID personId) {
        FounderRecordId record = FounderRecordId.of(kind, personId);
        // The venture's own rules run after this; if they refuse, the transaction takes the claim back too.
        return aggregates.handle(FounderRecord.TYPE, record, new ClaimFounder(record, kind, personId, venture)).state().firstEvidence();
    }
}
