package org.reformplatform.mobility.arrangement;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.mobility.arrangement.ArrangementCommand.ApplyForArrangement;
import org.reformplatform.mobility.policy.MobilityPolicy;
import org.reformplatform.mobility.policy.PolicyInForce;
import org.reformplatform.mobility.post.SpecialPost;
import org.reformplatform.mobility.post.SpecialPostId;
import org.reformplatform.mobility.researcher.ResearcherId;

/**
 * The home institution applies for one of its researchers, under the rules the policy in force
 * gives the form. Enterprise talent names a post of that institution, vacant now; the talent fills
 * it when the arrangement becomes active.
 */
@ApplicationScoped
public class ApplyForArrangementHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    PolicyInForce policies;

    @Inject
    RegionalCalendar calendar;

    public Decision<Arrangement> handle(String institution, ResearcherId researcherId, String researcherName, ArrangementForm form,
            String enterprise, UUID postId, Term term, String purpose, String agreementTerms) {
        MobilityPolicy.Version policy = policies.current();
        if (postId != null) {
            requireOwnVacantPost(new SpecialPostId(postId), institution);
        }
        ArrangementId id = ArrangementId.random();
        return aggregates.create(Arrangement.TYPE, id, new ApplyForArrangement(id, researcherId, researcherName, form, institution, enterprise,
                postId, term, purpose, agreementTerms, policy.rulesFor(form), calendar.now()));
    }

    private void requireOwnVacantPost(SpecialPostId postId, String institution) {
        Loaded<SpecialPost> post = aggregates.load(SpecialPost.TYPE, postId);
        if (!post.exists() || !post.state().institution().equals(institution)) {
            throw RuleViolation.invalid("unknown-post", "Institution " + institution + " has no special post " + postId.value());
        }
        if (!post.state().isVacant()) {
            throw RuleViolation.conflict("post-filled", "The post \"" + post.state().title() + "\" is filled");
        }
    }
}
