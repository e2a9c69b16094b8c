package org.reformplatform.eventsourcing.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * The HTTP security policy of every API and operations path, checked before the request is routed
 * ({@code quarkus.http.auth.permission.platform-api} in the kernel's configuration): the caller
 * must have sent a valid token. Quarkus' own {@code authenticated} policy answers a caller without
 * one with a bare challenge; this one fails the request instead, so that
 * {@link org.reformplatform.eventsourcing.http.AuthenticationProblems} answers it with the
 * platform's 401 problem, as it answers a token that is not valid (expired, forged, unsigned).
 */
@ApplicationScoped
public class TokenRequired implements HttpSecurityPolicy {

    public static final String NAME = "platform-token-required";

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity, AuthorizationRequestContext context) {
        return identity.onItem().transform(caller -> {
            if (caller == null || caller.isAnonymous()) {
                throw new UnauthorizedException();
            }
            return CheckResult.PERMIT;
        });
    }

    @Override
    public String name() {
        return NAME;
    }
}
