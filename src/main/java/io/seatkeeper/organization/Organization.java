package io.seatkeeper.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A customer organization. {@code activeLicenses} is kept beside {@code seats} and changed
 * only while this row is locked, so that the seat limit holds when provisioning requests race.
 */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private int seats;

    @Column(name = "scim_enabled", nullable = false)
    private boolean scimEnabled;

    /** Refuse, rather than ignore, SCIM attributes this server does not keep. */
    @Column(name = "strict_attributes", nullable = false)
    private boolean strictAttributes;

    @Column(name = "active_licenses", nullable = false)
    private int activeLicenses;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Organization() {
    }

    Organization(String name, int seats, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.seats = seats;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int seats() {
        return seats;
    }

    public boolean scimEnabled() {
        return scimEnabled;
    }

    public boolean strictAttributes() {
        return strictAttributes;
    }

    public int activeLicenses() {
        return activeLicenses;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean hasFreeSeat() {
        return activeLicenses < seats;
    }

    void rename(String name) {
        this.name = name;
    }

    void changeSeats(int seats) {
        this.seats = seats;
    }

    void strictAttributes(boolean strict) {
        this.strictAttributes = strict;
    }

    void enableScim(boolean enabled) {
        this.scimEnabled = enabled;
    }

    /** Callers hold the row lock; see {@link OrganizationService#lockForProvisioning}. */
    public void seatTaken() {
        activeLicenses++;
    }

    /** Callers hold the row lock; see {@link OrganizationService#lockForProvisioning}. */
    public void seatFreed() {
        activeLicenses--;
    }
}
