package io.seatkeeper.organization;

import io.seatkeeper.audit.AuditTrail;
import io.seatkeeper.persistence.StoredTime;
import io.seatkeeper.scim.ScimException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/** Issues, lists, revokes and checks the SCIM API keys of organizations. */
@ApplicationScoped
public class ApiKeyService {

    private static final Logger LOG = Logger.getLogger(ApiKeyService.class.getName());
    /** Every SCIM API key starts with this, so a leaked one is easy to recognize. */
    public static final String TOKEN_PREFIX = "skscim_";
    /** lastUsedAt is a hint, not an audit: writing it on every request would cost a write. */
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final EntityManager em;
    private final AuditTrail audit;

    /** For the CDI proxy only. */
    protected ApiKeyService() {
        this(null, null);
    }

    @Inject
    public ApiKeyService(EntityManager em, AuditTrail audit) {
        this.em = em;
        this.audit = audit;
    }

    /** A key just made, with the only copy of its token. */
    public record IssuedKey(ApiKey key, String token) {
    }

    /** Who a request authenticated as: the organization and the key it used. */
    public record Authenticated(Organization organization, UUID keyId) {
    }

    @Transactional
    public IssuedKey issue(UUID organizationId) {
        requireOrganization(organizationId);

        String token = Tokens.generate(TOKEN_PREFIX);
        ApiKey key = new ApiKey(organizationId, Tokens.hash(token),
                Tokens.visiblePart(token, TOKEN_PREFIX), now());
        em.persist(key);
        audit.record(organizationId, "api-key.created", "ApiKey", key.id(), key.prefix());

        LOG.info(() -> "API key " + key.id() + " issued for organization " + organizationId);
        return new IssuedKey(key, token);
    }

    public List<ApiKey> list(UUID organizationId) {
        requireOrganization(organizationId);
        return em.createQuery("select k from ApiKey k where k.organizationId = :org"
                        + " and k.revokedAt is null order by k.createdAt, k.id", ApiKey.class)
                .setParameter("org", organizationId)
                .getResultList();
    }

    @Transactional
    public void revoke(UUID organizationId, UUID keyId) {
        ApiKey key = keyId == null ? null : em.find(ApiKey.class, keyId);
        if (key == null || !key.organizationId().equals(organizationId) || key.isRevoked()) {
            throw ScimException.notFound("No API key " + keyId);
        }
        key.revoke(now());
        audit.record(organizationId, "api-key.revoked", "ApiKey", keyId, key.prefix());
        LOG.info(() -> "API key " + keyId + " of organization " + organizationId + " revoked");
    }

    /**
     * The organization a SCIM request belongs to, if the token is a live key of an
     * organization that has SCIM provisioning enabled.
     */
    @Transactional
    public Optional<Authenticated> authenticate(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        String hash = Tokens.hash(token);
        Optional<ApiKey> found = em.createQuery(
                        "select k from ApiKey k where k.tokenHash = :hash", ApiKey.class)
                .setParameter("hash", hash)
                .getResultList()
                .stream()
                .filter(k -> Tokens.sameHash(hash, k.tokenHash()) && !k.isRevoked())
                .findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }

        ApiKey key = found.get();
        Organization organization = em.find(Organization.class, key.organizationId());
        if (organization == null || !organization.scimEnabled()) {
            return Optional.empty();
        }
        touch(key);
        return Optional.of(new Authenticated(organization, key.id()));
    }

    private void touch(ApiKey key) {
        Instant now = now();
        if (key.lastUsedAt() == null
                || key.lastUsedAt().plus(LAST_USED_RESOLUTION).isBefore(now)) {
            key.usedAt(now);
        }
    }

    private void requireOrganization(UUID organizationId) {
        if (organizationId == null || em.find(Organization.class, organizationId) == null) {
            throw ScimException.notFound("No organization " + organizationId);
        }
    }

    private static Instant now() {
        return StoredTime.now();
    }
}
