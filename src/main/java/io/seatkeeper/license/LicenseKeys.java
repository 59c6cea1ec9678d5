package io.seatkeeper.license;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * License keys as people handle them: 27 random symbols of Crockford's base32 (135 bits) and
 * one check symbol, in seven hyphenated groups of four, e.g. {@code 7K2M-...-Q4XB}.
 * Crockford's alphabet has no I, L, O or U, so a key read aloud or retyped survives the usual
 * confusions: when parsing, I and L read as 1, O as 0, case and hyphens do not matter.
 * The check symbol (Luhn mod 32) catches every single mistyped symbol and most swaps of
 * neighbours before any database lookup.
 */
public final class LicenseKeys {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int BASE = ALPHABET.length();
    static final int RANDOM_SYMBOLS = 27;
    private static final int GROUP = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private LicenseKeys() {
    }

    public static String generate() {
        int[] digits = new int[RANDOM_SYMBOLS + 1];
        for (int i = 0; i < RANDOM_SYMBOLS; i++) {
            digits[i] = RANDOM.nextInt(BASE);
        }
        digits[RANDOM_SYMBOLS] = checkDigit(digits, RANDOM_SYMBOLS);
        return format(digits);
    }

    /**
     * The canonical form of a key as someone typed it, or empty when it cannot be a key:
     * wrong length, a symbol outside the alphabet, or a check symbol that does not match.
     */
    public static Optional<String> canonical(String typed) {
        if (typed == null || typed.length() > 2 * (RANDOM_SYMBOLS + 1)) {
            return Optional.empty();
        }
        int[] digits = new int[RANDOM_SYMBOLS + 1];
        int count = 0;
        for (char c : typed.toCharArray()) {
            if (c == '-' || c == ' ') {
                continue;
            }
            int digit = decode(c);
            if (digit < 0 || count == digits.length) {
                return Optional.empty();
            }
            digits[count++] = digit;
        }
        if (count != digits.length
                || checkDigit(digits, RANDOM_SYMBOLS) != digits[RANDOM_SYMBOLS]) {
            return Optional.empty();
        }
        return Optional.of(format(digits));
    }

    private static int decode(char c) {
        char upper = Character.toUpperCase(c);
        switch (upper) {
            case 'O':
                return 0;
            case 'I':
            case 'L':
                return 1;
            default:
                return ALPHABET.indexOf(upper);
        }
    }

    /** Luhn mod N over the first {@code length} digits, N being the alphabet size. */
    private static int checkDigit(int[] digits, int length) {
        int sum = 0;
        boolean doubled = true;
        for (int i = length - 1; i >= 0; i--) {
            int addend = doubled ? digits[i] * 2 : digits[i];
            sum += addend / BASE + addend % BASE;
            doubled = !doubled;
        }
        return (BASE - sum % BASE) % BASE;
    }

    private static String format(int[] digits) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < digits.length; i++) {
            if (i > 0 && i % GROUP == 0) {
                key.append('-');
            }
            key.append(ALPHABET.charAt(digits[i]));
        }
        return key.toString();
    }
}
