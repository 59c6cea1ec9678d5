package io.seatkeeper.admin;

import io.seatkeeper.persistence.StoredTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The stored hash of a generated operator token. */
@ApplicationScoped
public class OperatorCredentials {

    private final EntityManager em;

    /** For the CDI proxy only. */
    protected OperatorCredentials() {
        this(null);
    }

    @Inject
    public OperatorCredentials(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Optional<String> storedHash() {
        return Optional.ofNullable(em.find(OperatorCredential.class,
                        OperatorCredential.SINGLE_ROW))
                .map(OperatorCredential::tokenHash);
    }

    /** Stores the hash; fails if another instance stored one first (one row, one id). */
    @Transactional
    public void store(String tokenHash) {
        em.persist(new OperatorCredential(tokenHash, StoredTime.now()));
        em.flush();
    }
}
