package org.reformplatform.eventsourcing.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * A personal text as it is stored and published: {@code pd1:<subject>:<base64url(iv ‖ ciphertext ‖ tag)>},
 * AES-256-GCM under the subject's key, a random 96-bit IV per value, the subject as associated data
 * (a value copied onto another subject's event does not open with that subject's key). The subject
 * id travels in clear: it is an id the services share, never personal data itself, and it lets a
 * reader without the key tell whose value it withholds.
 */
public final class SealedText {

    static final String PREFIX = "pd1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealedText() {
    }

    /** Whether a value has the shape of a sealed text (it may still fail to open). */
    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX) && value.indexOf(':', PREFIX.length()) > PREFIX.length();
    }

    /** The subject a sealed text belongs to. */
    public static String subjectOf(String sealed) {
        return sealed.substring(PREFIX.length(), sealed.indexOf(':', PREFIX.length()));
    }

    public static String seal(String subject, String plain, SecretKey key) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(subject.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + subject + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The plain text, or null when the key does not open it (another key, a tampered value): the
     * caller reads such a value as erased, never as a failure.
     */
    public static String open(String sealed, SecretKey key) {
        String subject = subjectOf(sealed);
        try {
            byte[] in = Base64.getUrlDecoder().decode(sealed.substring(PREFIX.length() + subject.length() + 1));
            if (in.length < IV_BYTES + TAG_BITS / 8) {
                return null;
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(subject.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return null;
        }
    }
}
