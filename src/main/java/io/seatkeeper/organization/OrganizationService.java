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
