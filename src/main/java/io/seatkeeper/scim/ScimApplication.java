package io.seatkeeper.scim;

import io.seatkeeper.http.RequestIdFilter;
import io.seatkeeper.scim.bulk.BulkResource;
import io.seatkeeper.scim.discovery.ResourceTypesResource;
import io.seatkeeper.scim.discovery.SchemasResource;
import io.seatkeeper.scim.discovery.ServiceProviderConfigResource;
import io.seatkeeper.scim.group.GroupsResource;
import io.seatkeeper.scim.user.UsersResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The SCIM service provider at {@code /scim/v2}. Its classes are listed so that its
 * authentication and SCIM error mappers never apply to the admin API, and the reverse.
 */
@ApplicationPath("scim/v2")
public class ScimApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                UsersResource.class,
                GroupsResource.class,
                RootSearchResource.class,
                BulkResource.class,
                MeResource.class,
                ServiceProviderConfigResource.class,
                ResourceTypesResource.class,
                SchemasResource.class,
                ScimAuthFilter.class,
                RequestIdFilter.class,
                ScimExceptionMapper.class,
                WebApplicationExceptionMapper.class,
                UnexpectedExceptionMapper.class);
    }
}
