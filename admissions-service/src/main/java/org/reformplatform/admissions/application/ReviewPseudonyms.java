package org.reformplatform.admissions.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.admissions.ids.IntakeEventId;

/**
 * A candidate's review pseudonym: deterministic per application and intake event (the same pair always
 * gives the same name, so reviewers and the docket can talk about "Candidate K7Q2-M9XA"), and not
 * derivable from the ids without the service's key: an HMAC-SHA256 of the two ids under
 * {@code admissions.review-pseudonym.key}, its first 40 bits in Crockford base32. Computed once, at
 * submission, and recorded in the event, so that a replay never needs the key.
 */
@ApplicationScoped
public class ReviewPseudonyms {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    @ConfigProperty(name = "admissions.review-pseudonym.key", defaultValue = "local-development-pseudonym-key")
    String key;

    public String of(IntakeEventId intakeEvent, ApplicationId application) {
        byte[] mac;
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac = hmac.doFinal((intakeEvent.value() + "/" + application.value()).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
        long bits = 0;
        for (int i = 0; i < 5; i++) {
            bits = (bits << 8) | (mac[i] & 0xff);
        }
        StringBuilder name = new StringBuilder("Candidate ");
        for (int i = 7; i >= 0; i--) {
            name.append(ALPHABET[(int) ((bits >> (5 * i)) & 31)]);
            if (i == 4) {
                name.append('-');
            }
        }
        return name.toString();
    }
}
