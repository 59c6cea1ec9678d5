package io.seatkeeper.organization;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Bearer tokens: 256 random bits behind a recognizable prefix (so secret scanners can find a
 * leaked one), stored and compared as SHA-256 hashes. A fast hash is enough here because the
 * tokens carry full entropy; nothing is gained by a slow password hash.
 */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int RANDOM_BYTES = 32;
    /** How much of a token is kept in clear to tell keys apart in a list. */
    private static final int VISIBLE_RANDOM_CHARS = 6;

    private Tokens() {
    }

    public static String generate(String prefix) {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The start of a token that may be shown and stored: the prefix and a few characters. */
    public static String visiblePart(String token, String prefix) {
        return token.substring(0, prefix.length() + VISIBLE_RANDOM_CHARS);
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Compares two hashes in time that does not depend on where they differ. */
    public static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII),
                b.getBytes(StandardCharsets.US_ASCII));
    }
}
