package org.reformplatform.mobility.post;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Visibility;

/** Reading one special post for the caller: from its stream, visible to its institution and to staff, or 404. */
@ApplicationScoped
public class SpecialPostAccess {

    @Inject
    Visibility visibility;

    @Inject
    Caller caller;

    public Loaded<SpecialPost> visible(SpecialPostId id) {
        return visibility.visible(SpecialPost.TYPE, id, SpecialPost::institution, () -> unknown(id));
    }

    /** The post, if it is the caller's institution's: staff may read any post, but changing one is its own institution's act only. */
    public Loaded<SpecialPost> ownPost(SpecialPostId id) {
        Loaded<SpecialPost> post = visible(id);
        if (!post.state().institution().equals(caller.requireOrganisation())) {
            throw unknown(id);
        }
        return post;
    }

    private static RuleViolation unknown(SpecialPostId id) {
        return RuleViolation.notFound("unknown-post", "There is no post " + id.value());
    }
}
