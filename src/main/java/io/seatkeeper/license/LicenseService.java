package io.seatkeeper.license;

import io.seatkeeper.audit.AuditTrail;
import io.seatkeeper.organization.Organization;
import io.seatkeeper.organization.OrganizationService;
import io.seatkeeper.persistence.StoredTime;
import io.seatkeeper.scim.ScimException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The license rules: an active user holds exactly one ACTIVE license, an inactive or deleted
 * one holds none, reactivation gives back the same key, and no organization holds more
 * ACTIVE licenses than its seats. Called inside the transaction of the user change, so a user
 * change and its license change commit or roll back together.
 */
@ApplicationScoped
public class LicenseService {

    private static final Logger LOG = Logger.getLogger(LicenseService.class.getName());

    private final EntityManager em;
    private final OrganizationService organizations;
    private final Event<LicenseActivated> activated;
    private final Event<LicenseDeactivated> deactivated;
    private final AuditTrail audit;

    /** For the CDI proxy only. */
    protected LicenseService() {
        this(null, null, null, null, null);
    }

    @Inject
    public LicenseService(EntityManager em, OrganizationService organizations,
            Event<LicenseActivated> activated, Event<LicenseDeactivated> deactivated,
            AuditTrail audit) {
        this.em = em;
        this.organizations = organizations;
        this.activated = activated;
        this.deactivated = deactivated;
        this.audit = audit;
    }

    /** Gives the user an ACTIVE license, issuing a key the first time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public License activate(UUID organizationId, UUID userId, String userName) {
        Organization organization = organizations.lockForProvisioning(organizationId);
        Optional<License> existing = findByUser(userId);
        if (existing.isPresent() && existing.get().isActive()) {
            return existing.get();
        }

        if (!organization.hasFreeSeat()) {
            throw new ScimException(403, null, "Seat limit reached: the organization has "
                    + organization.seats() + " seats and all are taken");
        }
        License license = existing.orElseGet(() -> issue(organizationId, userId, userName));
        license.activate(userName, now());
        organization.seatTaken();

        activated.fire(new LicenseActivated(license.id(), organizationId, userId));
        audit.record(organizationId, "license.activated", "License", license.id(),
                "user " + userId);
        LOG.info(() -> "License " + license.id() + " activated for user " + userId);
        return license;
    }

    /** Makes the user's license INACTIVE, if it has an active one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deactivate(UUID organizationId, UUID userId) {
        Organization organization = organizations.lockForProvisioning(organizationId);
        Optional<License> existing = findByUser(userId);
        if (existing.isEmpty() || !existing.get().isActive()) {
            return;
        }

        License license = existing.get();
        license.deactivate(now());
        organization.seatFreed();

        deactivated.fire(new LicenseDeactivated(license.id(), organizationId, userId));
        audit.record(organizationId, "license.deactivated", "License", license.id(),
                "user " + userId);
        LOG.info(() -> "License " + license.id() + " deactivated for user " + userId);
    }

    /** Keeps the userName shown with a license current when a user is renamed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordUserName(UUID userId, String userName) {
        findByUser(userId).ifPresent(license -> license.renameUser(userName));
    }

    public List<License> listFor(UUID organizationId) {
        return em.createQuery("select l from License l where l.organizationId = :org"
                        + " order by l.activatedAt, l.id", License.class)
                .setParameter("org", organizationId)
                .getResultList();
    }

    public Optional<License> find(UUID licenseId) {
        return Optional.ofNullable(em.find(License.class, licenseId));
    }

    /** The license a key stands for, active or not; empty for a key that is no license's. */
    public Optional<License> findByKey(String typedKey) {
        return LicenseKeys.canonical(typedKey)
                .flatMap(key -> em.createQuery("select l from License l where l.key = :key",
                                License.class)
                        .setParameter("key", key)
                        .getResultList()
                        .stream()
                        .findFirst());
    }

    private License issue(UUID organizationId, UUID userId, String userName) {
        License license = new License(organizationId, userId, userName, LicenseKeys.generate(),
                now());
        em.persist(license);
        return license;
    }

    private Optional<License> findByUser(UUID userId) {
        return em.createQuery("select l from License l where l.userId = :user", License.class)
                .setParameter("user", userId)
                .getResultList()
                .stream()
                .findFirst();
    }

    private static Instant now() {
        return StoredTime.now();
    }
}
