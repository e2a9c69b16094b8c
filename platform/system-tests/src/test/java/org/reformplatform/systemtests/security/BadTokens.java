package org.reformplatform.systemtests.security;

import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.reformplatform.systemtests.Tokens;

/**
 * Tokens every service must refuse with 401, each wrong in exactly one way, from the same Keycloak
 * as the real ones (deploy/keycloak): none at all; expired (a client whose tokens live one second);
 * issued by another realm (same client, secret and claims, another issuer and key); without the
 * platform's audience; a real token whose claims were changed (a partner made operator); a real
 * token with a broken signature; an unsigned token ({@code alg: none}); not a JWT at all.
 */
final class BadTokens {

    static final String IMPOSTOR_REALM = "reform-platform-impostor";
    static final Tokens.Principal EXPIRING = Tokens.client("security-tests-expiring");
    static final Tokens.Principal NO_AUDIENCE = Tokens.client("security-tests-no-audience");
    static final Tokens.Principal NO_ROLE = Tokens.client("security-tests-no-role");

    private static final ObjectMapper JSON = new ObjectMapper();

    private BadTokens() {
    }

    /** Name of the defect → the token ({@code null}: no Authorization header). */
    static Map<String, String> all(Tokens tokens) {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("no token", null);
        bad.put("expired", expired(tokens));
        bad.put("wrong issuer", tokens.issue(IMPOSTOR_REALM, Tokens.OPERATOR));
        bad.put("wrong audience", tokens.issue("reform-platform", NO_AUDIENCE));
        bad.put("tampered claims (partner made operator)", withClaims(tokens.of(Tokens.UNIVERSITY_A), claims -> {
            claims.putArray("groups").add("operator").add("partner");
            claims.put("org", "enterprise-b");
        }));
        bad.put("tampered signature", brokenSignature(tokens.of(Tokens.OPERATOR)));
        bad.put("unsigned (alg none)", unsigned(tokens.of(Tokens.OPERATOR)));
        bad.put("not a JWT", "not-a-jwt");
        return bad;
    }

    /** An operator token whose one-second life is over. */
    static String expired(Tokens tokens) {
        String token = tokens.issue("reform-platform", EXPIRING);
        long exp = Tokens.claims(token).path("exp").asLong();
        long wait = (exp + 2) * 1000 - Instant.now().toEpochMilli();
        if (wait > 60_000) {
            throw new IllegalStateException("the expiring client's tokens live " + (exp - Instant.now().getEpochSecond())
                    + " s: deploy/keycloak gives security-tests-expiring access.token.lifespan=1");
        }
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return token;
    }

    static String withClaims(String token, java.util.function.Consumer<ObjectNode> change) {
        String[] parts = token.split("\\.");
        try {
            ObjectNode claims = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            change.accept(claims);
            return parts[0] + "." + encode(JSON.writeValueAsBytes(claims)) + "." + parts[2];
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String brokenSignature(String token) {
        String[] parts = token.split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[signature.length / 2] ^= 0x5A;
        return parts[0] + "." + parts[1] + "." + encode(signature);
    }

    static String unsigned(String token) {
        String[] parts = token.split("\\.");
        JsonNode header;
        try {
            header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
            ((ObjectNode) header).put("alg", "none");
            return encode(JSON.writeValueAsBytes(header)) + "." + parts[1] + ".";
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
