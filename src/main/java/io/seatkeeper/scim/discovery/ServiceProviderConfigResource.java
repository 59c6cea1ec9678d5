package io.seatkeeper.scim.discovery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /scim/v2/ServiceProviderConfig} (RFC 7644 §4): one document, read only. */
@Path("ServiceProviderConfig")
@RequestScoped
public class ServiceProviderConfigResource {

    @Context
    UriInfo uriInfo;

    /** Query parameters, filters included, are ignored: RFC 7644 §4 defines none here. */
    @Operation(summary = "The optional SCIM features supported")
    @GET
    public Response get() {
        return DiscoveryDocuments.ok(ServiceProviderConfig.at(
                DiscoveryDocuments.location(uriInfo, "ServiceProviderConfig")));
    }
}
