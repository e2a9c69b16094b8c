package org.reformplatform.mobility.post;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.util.List;

import org.reformplatform.eventsourcing.domain.AggregateType;
import org.reformplatform.eventsourcing.domain.Decider;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.mobility.post.SpecialPostCommand.DefinePost;
import org.reformplatform.mobility.post.SpecialPostCommand.FillPost;
import org.reformplatform.mobility.post.SpecialPostCommand.VacatePost;
import org.reformplatform.mobility.post.SpecialPostEvent.PostDefined;
import org.reformplatform.mobility.post.SpecialPostEvent.PostFilled;
import org.reformplatform.mobility.post.SpecialPostEvent.PostVacated;

/**
 * A special post an institution defines: an innovation post (project manager, achievement-promotion
 * specialist, technology manager) or a mobility post (industry mentor, enterprise professor,
 * entrepreneurship mentor). One holder at a time; enterprise talent enters on one.
 */
public record SpecialPost(SpecialPostId id, String institution, PostKind kind, String title, Holder holder) {

    public static final AggregateType<SpecialPost, SpecialPostCommand, SpecialPostEvent> TYPE =
            new AggregateType<>("SpecialPost", new Lifecycle());

    public static final SpecialPost NONE = new SpecialPost(null, null, null, null, null);

    public boolean exists() {
        return id != null;
    }

    public boolean isVacant() {
        return holder == null;
    }

    static final class Lifecycle implements Decider<SpecialPost, SpecialPostCommand, SpecialPostEvent> {

        @Override
        public SpecialPost initialState() {
            return NONE;
        }

        @Override
        public List<SpecialPostEvent> decide(SpecialPostCommand command, SpecialPost state) {
            if (command instanceof DefinePost define) {
                require(!state.exists(), () -> RuleViolation.conflict("post-exists", "The post exists already"));
                return List.of(new PostDefined(define.id(), define.institution(), define.kind(), define.title(), define.at()));
            }
            require(state.exists(), () -> RuleViolation.notFound("unknown-post", "There is no such post"));
            if (command instanceof FillPost fill) {
                if (!state.isVacant() && fill.arrangementId() != null && fill.arrangementId().equals(state.holder.arrangementId())) {
                    return List.of(); // the same arrangement again: already filled by it
                }
                require(state.isVacant(), () -> RuleViolation.conflict("post-filled",
                        "The " + state.kind + " post \"" + state.title + "\" is filled since " + state.holder.since()));
                return List.of(new PostFilled(state.id, state.institution, state.kind, fill.researcherId(), fill.holderName(),
                        fill.arrangementId(), fill.since()));
            }
            if (command instanceof VacatePost vacate) {
                return vacate(vacate, state);
            }
            throw new IllegalArgumentException("unknown command " + command);
        }

        private static List<SpecialPostEvent> vacate(VacatePost vacate, SpecialPost state) {
            Holder holder = state.holder;
            if (vacate.byArrangement() != null) {
                // The arrangement ended: the post is vacated only if that arrangement still holds it.
                if (holder == null || !vacate.byArrangement().equals(holder.arrangementId())) {
                    return List.of();
                }
            } else {
                require(holder != null, () -> RuleViolation.conflict("post-vacant", "The post is vacant already"));
                require(holder.arrangementId() == null, () -> RuleViolation.conflict("post-held-under-arrangement",
                        "The holder entered on arrangement " + holder.arrangementId().value() + ": end the arrangement instead")
                        .with("arrangementId", holder.arrangementId().value().toString()));
            }
            require(!vacate.on().isBefore(holder.since()), () -> RuleViolation.invalid("vacated-before-filled",
                    "The post was filled on " + holder.since()));
            return List.of(new PostVacated(state.id, state.institution, state.kind, holder.researcherId(), holder.arrangementId(),
                    vacate.on(), vacate.reason()));
        }

        @Override
        public SpecialPost evolve(SpecialPost s, SpecialPostEvent event) {
            if (event instanceof PostDefined d) {
                return new SpecialPost(d.postId(), d.institution(), d.kind(), d.title(), null);
            }
            if (event instanceof PostFilled f) {
                return new SpecialPost(s.id, s.institution, s.kind, s.title, new Holder(f.researcherId(), f.holderName(), f.arrangementId(), f.filledOn()));
            }
            if (event instanceof PostVacated) {
                return new SpecialPost(s.id, s.institution, s.kind, s.title, null);
            }
            return s;
        }
    }
}
