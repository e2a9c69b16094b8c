package org.reformplatform.eventsourcing.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.reformplatform.eventsourcing.ops.PlatformMetrics;

/**
 * The services' bearer-token authentication: Quarkus OIDC verifies a token the first time it is
 * seen, and {@link VerifiedTokens} answers for it after that, until it expires (at most
 * {@code platform.auth.token-cache.max-age}). Everything else — challenges, a request without a
 * token, a token the verifier refuses — is OIDC's own. Replaces OIDC's mechanism as a CDI
 * alternative, the way Quarkus' security guide describes customising one.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachedBearerAuthentication implements HttpAuthenticationMechanism {

    private static final String BEARER = "bearer ";

    private final OidcAuthenticationMechanism oidc;
    private final VerifiedTokens<SecurityIdentity> verified;

    @Inject
    CachedBearerAuthentication(OidcAuthenticationMechanism oidc, Clock clock, PlatformMetrics metrics,
            @ConfigProperty(name = "platform.auth.token-cache.max-entries", defaultValue = "10000") int maxEntries,
            @ConfigProperty(name = "platform.auth.token-cache.max-age", defaultValue = "PT1M") Duration maxAge) {
        this.oidc = oidc;
        this.verified = new VerifiedTokens<>(maxEntries, maxAge, clock);
        metrics.gauge("platform.auth.token.cache.size", "Bearer tokens verified and remembered until they expire", verified::size);
        metrics.counted("platform.auth.token.cache.hits", "Requests whose token was found already verified", verified, VerifiedTokens::hits);
        metrics.counted("platform.auth.token.cache.misses", "Requests whose token had to be verified", verified, VerifiedTokens::misses);
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String token = bearerToken(context);
        if (token == null) {
            return oidc.authenticate(context, identityProviderManager);
        }
        var known = verified.find(token);
        if (known.isPresent()) {
            // The identity as verified, with this request's routing context (OIDC keeps the one it was verified in).
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder(known.get())
                    .addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, context).build());
        }
        return oidc.authenticate(context, identityProviderManager).invoke(identity -> {
            if (identity != null && !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken jwt
                    && token.equals(jwt.getRawToken()) && jwt.getExpirationTime() > 0) {
                verified.remember(token, identity, Instant.ofEpochSecond(jwt.getExpirationTime()));
            }
        });
    }

    private static String bearerToken(RoutingContext context) {
        String header = context.request().getHeader("Authorization");
        if (header == null || header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = header.substring(BEARER.length()).trim();
        return token.isEmpty() ? null : token;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return oidc.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return oidc.getCredentialTypes();
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        return oidc.sendChallenge(context);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return oidc.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return oidc.getPriority();
    }
}
