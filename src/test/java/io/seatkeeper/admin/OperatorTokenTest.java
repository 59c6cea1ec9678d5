package io.seatkeeper.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator token when none is configured: made once, kept as a hash, shown in a file. */
class OperatorTokenTest {

    /** Keeps the hash in memory where the server keeps it in its database. */
    private static final class RememberedCredentials extends OperatorCredentials {
        private String hash;

        @Override
        public Optional<String> storedHash() {
            return Optional.ofNullable(hash);
        }

        @Override
        public void store(String tokenHash) {
            hash = tokenHash;
        }
    }

    @TempDir
    Path folder;

    @Test
    void firstStartWritesATokenOnlyTheServerUserCanRead() throws IOException {
        Path file = folder.resolve("admin-token.txt");
        RememberedCredentials credentials = new RememberedCredentials();

        OperatorToken operator = new OperatorToken(credentials, Optional.empty(),
                file.toString());
        operator.onStart(new Object());

        String token = Files.readString(file).strip();
        assertTrue(token.matches("skop_[A-Za-z0-9_-]{43}"), token);
        assertEquals("rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(operator.matches(token));
        assertFalse(operator.matches(token + "x"));
        assertFalse(credentials.storedHash().orElseThrow().contains(token));
    }

    @Test
    void laterStartsKeepTheStoredTokenAndWriteNoFile() throws IOException {
        Path first = folder.resolve("first.txt");
        RememberedCredentials credentials = new RememberedCredentials();
        new OperatorToken(credentials, Optional.empty(), first.toString()).onStart(new Object());
        String token = Files.readString(first).strip();
        Path second = folder.resolve("second.txt");

        OperatorToken restarted = new OperatorToken(credentials, Optional.empty(),
                second.toString());
        restarted.onStart(new Object());

        assertTrue(restarted.matches(token));
        assertFalse(Files.exists(second));
    }

    @Test
    void aConfiguredTokenWinsAndNothingIsGenerated() {
        Path file = folder.resolve("unused.txt");
        RememberedCredentials credentials = new RememberedCredentials();

        OperatorToken operator = new OperatorToken(credentials, Optional.of("configured-1"),
                file.toString());
        operator.onStart(new Object());

        assertTrue(operator.matches("configured-1"));
        assertFalse(operator.matches("configured-2"));
        assertEquals(Optional.empty(), credentials.storedHash());
        assertFalse(Files.exists(file));
    }
}
