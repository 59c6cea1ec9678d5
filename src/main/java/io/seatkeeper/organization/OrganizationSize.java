package io.seatkeeper.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * How many users and groups an organization has, kept exact by every create and delete so
 * that a list of all of them gives its {@code totalResults} without counting rows. A row of
 * its own, apart from the organization's: see {@link OrganizationService#usersChanged}.
 */
@Entity
@Table(name = "organization_size")
public class OrganizationSize {

    @Id
    @Column(name = "organization_id")
    private UUID organizationId;

    @Column(name = "user_count", nullable = false)
    private long userCount;

    @Column(name = "group_count", nullable = false)
    private long groupCount;

    protected OrganizationSize() {
    }

    OrganizationSize(UUID organizationId) {
        this.organizationId = organizationId;
    }
}
