package io.seatkeeper.notification;

import io.seatkeeper.license.License;
import io.seatkeeper.license.LicenseActivated;
import io.seatkeeper.license.LicenseDeactivated;
import io.seatkeeper.license.LicenseService;
import io.seatkeeper.organization.Organization;
import io.seatkeeper.organization.OrganizationService;
import io.seatkeeper.user.User;
import io.seatkeeper.user.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Tells license holders when their key starts or stops working. The observers run inside the
 * transaction that fired the event, so the mail is queued if and only if the change commits.
 */
@ApplicationScoped
public class LicenseMailer {

    private final Outbox outbox;
    private final LicenseService licenses;
    private final UserService users;
    private final OrganizationService organizations;
    private final MailSettings settings;

    /** For the CDI proxy only. */
    protected LicenseMailer() {
        this(null, null, null, null, null);
    }

    @Inject
    public LicenseMailer(Outbox outbox, LicenseService licenses, UserService users,
            OrganizationService organizations, MailSettings settings) {
        this.outbox = outbox;
        this.licenses = licenses;
        this.users = users;
        this.organizations = organizations;
        this.settings = settings;
    }

    void onActivated(@Observes LicenseActivated event) {
        queue("license-activated", event.licenseId(), event.organizationId(), event.userId());
    }

    void onDeactivated(@Observes LicenseDeactivated event) {
        queue("license-deactivated", event.licenseId(), event.organizationId(), event.userId());
    }

    private void queue(String template, UUID licenseId, UUID organizationId, UUID userId) {
        License license = licenses.find(licenseId).orElseThrow();
        User user = users.find(organizationId, userId);
        Organization organization = organizations.find(organizationId);

        MailTemplates.Mail mail = MailTemplates.fill(template, settings.productName(),
                greetingName(user), organization.name(), license.key());
        outbox.enqueue(organizationId, user.mailAddress(), mail.subject(), mail.body());
    }

    private static String greetingName(User user) {
        if (user.name().givenName() != null && !user.name().givenName().isBlank()) {
            return user.name().givenName();
        }
        if (user.displayName() != null && !user.displayName().isBlank()) {
            return user.displayName();
        }
        return user.userName();
    }
}
