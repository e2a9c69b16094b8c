package org.reformplatform.eventsourcing.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The problem body of a request refused by Quarkus' HTTP security layer for want of a valid token:
 * on an API or operations path ({@link org.reformplatform.eventsourcing.security.TokenRequired}),
 * that happens before routing, where {@link ProblemMappers} never sees it, and Quarkus would answer
 * with an empty 401. The answer is the same as the one {@link ProblemMappers} gives.
 */
@ApplicationScoped
public class AuthenticationProblems {

    /** Among the first failure handlers: before Quarkus' own, which end the response without a body. */
    static final int ORDER = -1000;

    @Inject
    RouteProblems problems;

    void install(@Observes Router router) {
        router.route().order(ORDER).failureHandler(this::refused);
    }

    private void refused(RoutingContext context) {
        Throwable failure = context.failure();
        if (context.response().headWritten()) {
            context.next();
        } else if (failure instanceof UnauthorizedException || failure instanceof AuthenticationFailedException) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
            problems.send(context, unauthorized());
        } else {
            context.next();
        }
    }

    /** The answer to a request without a valid token, wherever it is refused. */
    static Problem.Builder unauthorized() {
        return Problem.of(401, "unauthorized", "Authentication required")
                .detail("Send a valid bearer token issued by the platform's identity provider");
    }
}
