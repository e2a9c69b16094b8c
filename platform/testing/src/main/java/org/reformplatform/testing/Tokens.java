package org.reformplatform.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Real signed bearer tokens for tests, accepted by the services' OIDC configuration in the test
 * profile (the issuer and keys of {@code OidcWiremockTestResource}). Security stays on in tests:
 * these are the only way in.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "reform-platform";
    public static final String ORGANISATION_CLAIM = "org";

    private Tokens() {
    }

    /** A token for a person or system acting in the given roles for an organisation (may be null). */
    public static String token(String subject, String organisation, String... roles) {
        return claims(subject, organisation, roles).sign();
    }

    public static String partner(String organisation) {
        return token("partner-" + organisation, organisation, "partner");
    }

    public static String operator() {
        return token("operator-1", "institute", "operator");
    }

    public static String analyst() {
        return token("analyst-1", null, "analyst");
    }

    public static String reviewer(String subject) {
        return token(subject, "institute", "reviewer");
    }

    public static String evaluator(String subject) {
        return token(subject, "institute", "evaluator");
    }

    public static String expired(String subject, String... roles) {
        return claims(subject, null, roles).issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)).sign();
    }

    public static String wrongIssuer(String subject, String... roles) {
        return claims(subject, null, roles).issuer("https://impostor.example.com").sign();
    }

    public static String wrongAudience(String subject, String... roles) {
        return claims(subject, null, roles).audience("another-platform").sign();
    }

    /** A valid token whose signature no longer matches its claims. */
    public static String tampered(String subject, String... roles) {
        String[] parts = token(subject, null, roles).split("\\.");
        String forged = claims(subject, "someone-else", "operator").sign().split("\\.")[1];
        return parts[0] + "." + forged + "." + parts[2];
    }

    /** A valid token's claims, unsigned: its header says {@code "alg": "none"} and the signature is empty. */
    public static String unsigned(String subject, String... roles) {
        String claims = token(subject, null, roles).split("\\.")[1];
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + ".";
    }

    private static JwtClaimsBuilder claims(String subject, String organisation, String... roles) {
        JwtClaimsBuilder builder = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .preferredUserName(subject)
                .groups(Set.of(roles))
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(3600));
        if (organisation != null) {
            builder.claim(ORGANISATION_CLAIM, organisation);
        }
        return builder;
    }
}
