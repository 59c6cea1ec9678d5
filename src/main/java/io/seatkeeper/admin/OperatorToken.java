package io.seatkeeper.admin;

import io.seatkeeper.organization.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The operator's bearer token for the admin API. It is either configured
 * ({@code seatkeeper.admin.token}) or made at the first start, when only its hash is kept
 * and the token itself is written once to a file that only the server's user can read.
 */
@ApplicationScoped
public class OperatorToken {

    private static final Logger LOG = Logger.getLogger(OperatorToken.class.getName());
    static final String PREFIX = "skop_";

    private final OperatorCredentials credentials;
    private final Optional<String> configured;
    private final Path tokenFile;
    private volatile String expectedHash;

    /** For the CDI proxy only. */
    protected OperatorToken() {
        this(null, Optional.empty(), null);
    }

    @Inject
    public OperatorToken(OperatorCredentials credentials,
            @ConfigProperty(name = "seatkeeper.admin.token") Optional<String> configured,
            @ConfigProperty(name = "seatkeeper.admin.token-file",
                    defaultValue = "admin-token.txt") String tokenFile) {
        this.credentials = credentials;
        this.configured = configured.filter(token -> !token.isBlank());
        this.tokenFile = tokenFile == null ? null : Path.of(tokenFile);
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        expectedHash();
    }

    /** True when the token is the operator's, compared as hashes in constant time. */
    public boolean matches(String token) {
        return token != null && Tokens.sameHash(expectedHash(), Tokens.hash(token));
    }

    private String expectedHash() {
        String hash = expectedHash;
        if (hash == null) {
            hash = configured.map(Tokens::hash)
                    .or(credentials::storedHash)
                    .orElseGet(this::generate);
            expectedHash = hash;
        }
        return hash;
    }

    private String generate() {
        String token = Tokens.generate(PREFIX);
        String hash = Tokens.hash(token);
        credentials.store(hash);
        Path file = tokenFile.toAbsolutePath();
        write(file, token);
        LOG.log(Level.WARNING, "No operator token configured (seatkeeper.admin.token): one was"
                + " generated and written to {0}. Read it, keep it safe, then delete the file.",
                file);
        return hash;
    }

    private static void write(Path file, String token) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                LOG.fine("The file system has no POSIX permissions; the token file keeps its"
                        + " default ones");
            }
            Files.writeString(file, token + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the operator token file " + file, e);
        }
    }
}
