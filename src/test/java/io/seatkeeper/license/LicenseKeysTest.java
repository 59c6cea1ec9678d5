package io.seatkeeper.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LicenseKeysTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    @Test
    void generatedKeyIsSevenGroupsOfFourFromCrockfordsAlphabet() {
        String key = LicenseKeys.generate();

        assertTrue(key.matches("([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}"), key);
    }

    @Test
    void generatedKeysAreDistinct() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            keys.add(LicenseKeys.generate());
        }

        assertEquals(10_000, keys.size());
    }

    @Test
    void generatedKeyIsItsOwnCanonicalForm() {
        String key = LicenseKeys.generate();

        assertEquals(Optional.of(key), LicenseKeys.canonical(key));
    }

    @Test
    void typingVariantsReadAsTheSameKey() {
        String key = LicenseKeys.generate();
        String sloppy = " " + key.toLowerCase().replace("-", "").replace('1', 'l')
                .replace('0', 'O') + " ";

        assertEquals(Optional.of(key), LicenseKeys.canonical(sloppy));
    }

    @Test
    void everySingleMistypedSymbolIsCaught() {
        String key = LicenseKeys.generate().replace("-", "");

        for (int position = 0; position < key.length(); position++) {
            for (char replacement : ALPHABET.toCharArray()) {
                if (replacement == key.charAt(position)) {
                    continue;
                }
                String typo = key.substring(0, position) + replacement
                        + key.substring(position + 1);
                assertEquals(Optional.empty(), LicenseKeys.canonical(typo), typo);
            }
        }
    }

    @Test
    void swappedNeighboursAreMostlyCaught() {
        int swaps = 0;
        int caught = 0;
        for (int round = 0; round < 200; round++) {
            String key = LicenseKeys.generate().replace("-", "");
            for (int i = 0; i + 1 < key.length(); i++) {
                if (key.charAt(i) == key.charAt(i + 1)) {
                    continue;
                }
                String swapped = key.substring(0, i) + key.charAt(i + 1) + key.charAt(i)
                        + key.substring(i + 2);
                swaps++;
                if (LicenseKeys.canonical(swapped).isEmpty()) {
                    caught++;
                }
            }
        }

        assertTrue(caught > swaps * 0.9, caught + " of " + swaps);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ABCD", "UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU", "key!"})
    void nonKeysHaveNoCanonicalForm(String typed) {
        assertEquals(Optional.empty(), LicenseKeys.canonical(typed));
    }

    @Test
    void aKeyWithAnExtraSymbolIsRejected() {
        String key = LicenseKeys.generate();

        assertNotEquals(Optional.of(key), LicenseKeys.canonical(key + "0"));
        assertEquals(Optional.empty(), LicenseKeys.canonical(key + "0"));
    }
}
