package io.seatkeeper.admin;

import io.seatkeeper.http.RequestIdFilter;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The admin API at {@code /api/v1}, kept apart from the SCIM application's providers. */
@ApplicationPath("api/v1")
public class AdminApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                OrganizationsResource.class,
                LicenseVerificationResource.class,
                OperatorAuthFilter.class,
                RequestIdFilter.class,
                AdminExceptionMappers.Refused.class,
                AdminExceptionMappers.Rejected.class,
                AdminExceptionMappers.Unexpected.class);
    }
}
