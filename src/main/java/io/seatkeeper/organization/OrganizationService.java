package io.seatkeeper.organization;

import io.seatkeeper.audit.AuditTrail;
import io.seatkeeper.persistence.StoredTime;
import io.seatkeeper.scim.ScimException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/** Creates and changes organizations; the operator's admin API is its only caller. */
@ApplicationScoped
public class OrganizationService {

    private static final Logger LOG = Logger.getLogger(OrganizationService.class.getName());
    static final int MAX_NAME_LENGTH = 200;

    private final EntityManager em;
    private final AuditTrail audit;

    /** For the CDI proxy only. */
    protected OrganizationService() {
        this(null, null);
    }

    @Inject
    public OrganizationService(EntityManager em, AuditTrail audit) {
        this.em = em;
        this.audit = audit;
    }

    @Transactional
    public Organization create(String name, int seats) {
        Organization organization = new Organization(checkedName(name), checkedSeats(seats),
                StoredTime.now());
        em.persist(organization);
        em.persist(new OrganizationSize(organization.id()));
        audit.record(organization.id(), "organization.created", "Organization",
                organization.id(), organization.name() + ", " + organization.seats() + " seats");
        LOG.info(() -> "Organization " + organization.id() + " created with "
                + organization.seats() + " seats");
        return organization;
    }

    public Organization find(UUID id) {
        Organization organization = id == null ? null : em.find(Organization.class, id);
        if (organization == null) {
            throw ScimException.notFound("No organization " + id);
        }
        return organization;
    }

    public List<Organization> list() {
        return em.createQuery("select o from Organization o order by o.createdAt, o.id",
                Organization.class).getResultList();
    }

    /** Changes name, seats or strictness; a null argument leaves that field as it is. */
    @Transactional
    public Organization update(UUID id, String name, Integer seats, Boolean strictAttributes) {
        Organization organization = lockForProvisioning(id);

        if (name != null) {
            organization.rename(checkedName(name));
        }
        if (seats != null) {
            int wanted = checkedSeats(seats);
            if (wanted < organization.activeLicenses()) {
                throw new ScimException(409, null, "Cannot lower seats to " + wanted + ": "
                        + organization.activeLicenses() + " licenses are active");
            }
            organization.changeSeats(wanted);
        }
        if (strictAttributes != null) {
            organization.strictAttributes(strictAttributes);
        }

        audit.record(id, "organization.updated", "Organization", id, "name "
                + organization.name() + ", seats " + organization.seats()
                + ", strictAttributes " + organization.strictAttributes());
        LOG.info(() -> "Organization " + id + " updated: seats " + organization.seats());
        return organization;
    }

    @Transactional
    public Organization enableScim(UUID id, boolean enabled) {
        Organization organization = find(id);
        organization.enableScim(enabled);
        audit.record(id, enabled ? "scim.enabled" : "scim.disabled", "Organization", id, null);
        LOG.info(() -> "SCIM provisioning " + (enabled ? "enabled" : "disabled")
                + " for organization " + id);
        return organization;
    }

    /**
     * Loads the organization with its row locked until the transaction ends. User creation
     * and every change of the active-license count go through here, so concurrent
     * provisioning in one organization queues on this row: the seat limit cannot be
     * overshot and two creates of one userName cannot both pass the uniqueness check.
     */
    public Organization lockForProvisioning(UUID id) {
        Organization organization = em.find(Organization.class, id,
                LockModeType.PESSIMISTIC_WRITE);
        if (organization == null) {
            throw ScimException.notFound("No organization " + id);
        }
        return organization;
    }

    /** The organization's users, as of the last committed create or delete. */
    public long userCount(UUID id) {
        return size("userCount", id);
    }

    /** The organization's groups, as of the last committed create or delete. */
    public long groupCount(UUID id) {
        return size("groupCount", id);
    }

    /**
     * Counts users created (positive) or deleted (negative) in the organization. To be called
     * last in the transaction that created or deleted them: it writes out what the transaction
     * did so far, then locks the organization's size row until the commit. Whoever holds that
     * lock waits for no other, so this lock, which every create and delete takes, can never
     * close a circle of transactions waiting for each other, in whatever order they took
     * their other locks.
     */
    public void usersChanged(UUID id, int change) {
        resize("userCount", id, change);
    }

    /** As {@link #usersChanged}, for groups. */
    public void groupsChanged(UUID id, int change) {
        resize("groupCount", id, change);
    }

    /** A query rather than a find: the number as committed now, never one a session kept. */
    private long size(String field, UUID id) {
        return em.createQuery("select s." + field + " from OrganizationSize s"
                        + " where s.organizationId = :id", Long.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    private void resize(String field, UUID id, int change) {
        em.flush();
        em.createQuery("update OrganizationSize s set s." + field + " = s." + field
                        + " + :change where s.organizationId = :id")
                .setParameter("change", (long) change)
                .setParameter("id", id)
                .executeUpdate();
    }

    private static String checkedName(String name) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw ScimException.badRequest(null,
                    "name is required and at most " + MAX_NAME_LENGTH + " characters");
        }
        return name.strip();
    }

    private static int checkedSeats(int seats) {
        if (seats < 0) {
            throw ScimException.badRequest(null, "seats must be zero or more");
        }
        return seats;
    }
}
