package org.reformplatform.mobility.post;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.store.RecordedEvent;
import org.reformplatform.mobility.post.SpecialPostEvent.PostDefined;
import org.reformplatform.mobility.post.SpecialPostEvent.PostFilled;
import org.reformplatform.mobility.post.SpecialPostEvent.PostVacated;

/** Special posts with their holders, and the history of who held them. */
@ApplicationScoped
public class SpecialPostsView implements Projection {

    @Override
    public String name() {
        return "special-posts";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(PostDefined.class, PostFilled.class, PostVacated.class);
    }

    @Override
    public List<String> tables() {
        return List.of("special_posts", "post_holdings");
    }

    @Override
    public void apply(RecordedEvent<?> recorded) {
        if (recorded.event() instanceof PostDefined defined) {
            if (SpecialPostSummary.findById(defined.postId().value()) != null) {
                return;
            }
            SpecialPostSummary row = new SpecialPostSummary();
            row.id = defined.postId().value();
            row.institution = defined.institution();
            row.kind = defined.kind();
            row.family = defined.kind().family();
            row.title = defined.title();
            row.version = recorded.streamVersion();
            row.persist();
            return;
        }
        SpecialPostSummary row = SpecialPostSummary.findById(((SpecialPostEvent) recorded.event()).postId().value());
        if (row == null) {
            return;
        }
        row.version = recorded.streamVersion();
        if (recorded.event() instanceof PostFilled filled) {
            row.filled = true;
            row.holderId = filled.researcherId().value();
            row.holderName = filled.holderName();
            row.arrangementId = filled.arrangementId() == null ? null : filled.arrangementId().value();
            row.filledOn = filled.filledOn();
            PostHolding holding = new PostHolding();
            holding.id = recorded.eventId();
            holding.postId = row.id;
            holding.researcherId = row.holderId;
            holding.holderName = row.holderName;
            holding.institution = row.institution;
            holding.kind = row.kind;
            holding.title = row.title;
            holding.arrangementId = row.arrangementId;
            holding.filledOn = row.filledOn;
            holding.persist();
        } else if (recorded.event() instanceof PostVacated vacated) {
            PostHolding.update("vacatedOn = ?1 where postId = ?2 and vacatedOn is null", vacated.vacatedOn(), row.id);
            row.filled = false;
            row.holderId = null;
            row.holderName = null;
            row.arrangementId = null;
            row.filledOn = null;
        }
    }
}
