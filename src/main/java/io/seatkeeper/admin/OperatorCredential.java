package io.seatkeeper.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The hash of the generated operator token; at most one row, with id 1. */
@Entity
@Table(name = "operator_credential")
public class OperatorCredential {

    static final int SINGLE_ROW = 1;

    @Id
    private int id;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OperatorCredential() {
    }

    OperatorCredential(String tokenHash, Instant createdAt) {
        this.id = SINGLE_ROW;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    String tokenHash() {
        return tokenHash;
    }
}
