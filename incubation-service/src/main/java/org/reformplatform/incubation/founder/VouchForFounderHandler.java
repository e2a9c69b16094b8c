package org.reformplatform.incubation.founder;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.incubation.venture.Venture;
import org.reformplatform.incubation.venture.VentureCommand.VerifyFounder;
import org.reformplatform.incubation.venture.VentureId;

/**
 * An admission or a leave-to-found arrangement arrived for a person: it is recorded on the person's
 * {@link FounderRecord} and, in the same transaction, the person is verified as a founder on every
 * venture that named them before ({@code venture.AddFounderHandler} verifies the ventures that name
 * them later). A fact recorded already changes nothing, so redelivered or re-published facts verify
 * nothing twice.
 */
@ApplicationScoped
public class VouchForFounderHandler {

    @Inject
    Aggregates aggregates;

    /**
     * @param publishedAt when the other service published the fact: the founders are verified as of
     *        then, not as of whenever this service caught up with its topic
     */
    public Decision<FounderRecord> handle(FounderRecordCommand.Evidence fact, Instant publishedAt) {
        Decision<FounderRecord> record = aggregates.handle(FounderRecord.TYPE, fact.id(), fact);
        if (record.changedAnything()) {
            FounderRecord person = record.state();
            String evidence = person.evidence().get(person.evidence().size() - 1);
            for (VentureId venture : person.ventures()) {
                aggregates.handle(Venture.TYPE, venture, new VerifyFounder(person.kind(), person.personId(), evidence, publishedAt));
            }
        }
        return record;
    }
}
