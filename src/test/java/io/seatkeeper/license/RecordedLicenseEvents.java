package io.seatkeeper.license;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every license event fired while the container tests run, in the order fired. A test asks
 * only about the organization it made, so tests never see each other's events and nothing
 * needs clearing between them.
 */
@ApplicationScoped
public class RecordedLicenseEvents {

    private final List<LicenseActivated> activated = new CopyOnWriteArrayList<>();
    private final List<LicenseDeactivated> deactivated = new CopyOnWriteArrayList<>();

    void onActivated(@Observes LicenseActivated event) {
        activated.add(event);
    }

    void onDeactivated(@Observes LicenseDeactivated event) {
        deactivated.add(event);
    }

    public List<LicenseActivated> activatedIn(UUID organizationId) {
        return activated.stream()
                .filter(event -> event.organizationId().equals(organizationId))
                .toList();
    }

    public List<LicenseDeactivated> deactivatedIn(UUID organizationId) {
        return deactivated.stream()
                .filter(event -> event.organizationId().equals(organizationId))
                .toList();
    }
}
