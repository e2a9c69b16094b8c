package org.reformplatform.eventsourcing.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.jboss.logging.Logger;
import org.reformplatform.eventsourcing.PlatformMain;

/**
 * Refuses a request whose target is not a URI, with 400 {@code malformed-uri} as problem+json and
 * before anything else reads it: a {@code %} not followed by two hexadecimal digits
 * ({@code /v1/applications/%zz}, {@code /v1/applications/%}, {@code ?q=%4}), or a character that
 * must be percent-encoded (a space, a quote, {@code <}, {@code |}...), in the path or the query.
 *
 * <p>Quarkus makes this very check ({@code new URI(target)}) in its root handler, before any route,
 * and answers it with an empty 400 that no route or failure handler can change. {@link PlatformMain}
 * turns that check off (system property {@value #QUARKUS_CHECK_OFF}) so that this route, first in the
 * router, makes it instead; nothing else runs before it that reads the path. Started without the
 * property (another main, a test JVM without the root POM's surefire settings), Quarkus keeps its
 * own check: the same requests are refused, only without a body.
 */
@ApplicationScoped
public class RequestTargets {

    public static final String QUARKUS_CHECK_OFF = "vertx.disableURIValidation";

    private static final Logger LOG = Logger.getLogger(RequestTargets.class);

    @Inject
    RouteProblems problems;

    void install(@Observes Router router) {
        if (!Boolean.getBoolean(QUARKUS_CHECK_OFF)) {
            LOG.warnf("Quarkus checks request targets itself (system property %s is not true): a malformed URI is answered "
                    + "with an empty 400 instead of a problem. Start the service through %s.", QUARKUS_CHECK_OFF, PlatformMain.class.getName());
        }
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        String target = context.request().uri();
        String reason = reasonNotUri(target);
        if (reason == null) {
            context.next();
            return;
        }
        problems.send(context, Problem.of(400, "malformed-uri", "The request URI is not valid")
                .detail("The request URI cannot be read (" + reason + "): write '%' as %25 and percent-encode spaces, quotes "
                        + "and other reserved characters."));
    }

    /** Why the request target is not a URI, as Quarkus checks it; null if it is one. */
    static String reasonNotUri(String target) {
        if (target == null) {
            return "there is none";
        }
        try {
            new URI(target);
            return null;
        } catch (URISyntaxException e) {
            String reason = e.getReason() == null ? "not a URI" : e.getReason().toLowerCase(Locale.ROOT);
            return e.getIndex() >= 0 ? reason + " at character " + (e.getIndex() + 1) : reason;
        }
    }
}
