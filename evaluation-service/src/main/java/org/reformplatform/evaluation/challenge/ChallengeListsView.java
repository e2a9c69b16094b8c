package org.reformplatform.evaluation.challenge;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.evaluation.challenge.ChallengeListEvent.ChallengeListClosed;
import org.reformplatform.evaluation.challenge.ChallengeListEvent.ChallengeListPublished;
import org.reformplatform.evaluation.challenge.ChallengeListEvent.ChallengeTaken;
import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.store.RecordedEvent;

/** Published challenge lists with how many challenges are taken, until when they take takers and whether they closed. */
@ApplicationScoped
public class ChallengeListsView implements Projection {

    @Override
    public String name() {
        return "challenge-lists";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(ChallengeListPublished.class, ChallengeTaken.class, ChallengeListClosed.class);
    }

    @Override
    public List<String> tables() {
        return List.of("challenge_list_listings");
    }

    @Override
    public void apply(RecordedEvent<?> recorded) {
        if (recorded.event() instanceof ChallengeListPublished published) {
            ChallengeListSummary row = new ChallengeListSummary();
            row.id = published.listId().value();
            row.institution = published.institution();
            row.title = published.title();
            row.challenges = published.challenges().size();
            row.publishedAt = published.publishedAt();
            row.closesOn = published.closesOn();
            row.status = "open";
            row.version = recorded.streamVersion();
            row.persist();
            return;
        }
        if (recorded.event() instanceof ChallengeTaken taken) {
            ChallengeListSummary row = ChallengeListSummary.findById(taken.listId().value());
            if (row == null) {
                return;
            }
            row.version = recorded.streamVersion();
            row.taken++;
        }
        if (recorded.event() instanceof ChallengeListClosed closed) {
            ChallengeListSummary row = ChallengeListSummary.findById(closed.listId().value());
            if (row == null) {
                return;
            }
            row.version = recorded.streamVersion();
            row.status = "closed";
        }
    }
}
