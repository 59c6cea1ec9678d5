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
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The SCIM service provider at {@code /scim/v2}. Its classes are listed so that its
 * authentication and SCIM error mappers never apply to the admin API, and the reverse.
 *
 * <p>It also carries the {@code /openapi} document's parts that no resource shows: both
 * bearer schemes, the two error bodies and the responses that use them (the scanner reads
 * them from an application class only). {@link io.seatkeeper.openapi.ApiDocumentFilter}
 * attaches them to each operation. Bodies are read and written as JSON trees, so their
 * shapes are left to the RFCs the schemas name.
 */
@OpenAPIDefinition(
        info = @Info(title = "Seatkeeper", version = "1",
                description = "SCIM 2.0 service provider (/scim/v2) and admin API (/api/v1)"),
        tags = {
            @Tag(name = "SCIM", description = "SCIM 2.0 (RFC 7644)"),
            @Tag(name = "Admin", description = "Operator's admin API")
        },
        components = @Components(
                securitySchemes = {
                    @SecurityScheme(securitySchemeName = "scimApiKey",
                            type = SecuritySchemeType.HTTP, scheme = "bearer",
                            description = "An organization's SCIM API key (skscim_...)"),
                    @SecurityScheme(securitySchemeName = "operatorToken",
                            type = SecuritySchemeType.HTTP, scheme = "bearer",
                            description = "The operator token (seatkeeper.admin.token)")
                },
                schemas = {
                    @Schema(name = "ScimError", type = SchemaType.OBJECT,
                            description = "RFC 7644 §3.12 error",
                            properties = {
                                @SchemaProperty(name = "schemas", type = SchemaType.ARRAY,
                                        implementation = String.class),
                                @SchemaProperty(name = "status", type = SchemaType.STRING),
                                @SchemaProperty(name = "scimType", type = SchemaType.STRING),
                                @SchemaProperty(name = "detail", type = SchemaType.STRING)
                            }),
                    @Schema(name = "Problem", type = SchemaType.OBJECT,
                            description = "RFC 9457 problem details",
                            properties = {
                                @SchemaProperty(name = "type", type = SchemaType.STRING),
                                @SchemaProperty(name = "title", type = SchemaType.STRING),
                                @SchemaProperty(name = "status", type = SchemaType.INTEGER),
                                @SchemaProperty(name = "detail", type = SchemaType.STRING)
                            }),
                    @Schema(name = "ScimMessage", type = SchemaType.OBJECT,
                            description = "A SCIM resource (RFC 7643 §4): User or Group, or a"
                                    + " ListResponse, PatchOp, SearchRequest or BulkRequest"
                                    + " message (RFC 7644 §3); see /scim/v2/Schemas",
                            additionalProperties = Schema.True.class,
                            properties = @SchemaProperty(name = "schemas",
                                    type = SchemaType.ARRAY, implementation = String.class))
                },
                responses = {
                    @APIResponse(name = "ScimError",
                            description = "A SCIM error: 400 bad input (scimType says which),"
                                    + " 401 no valid API key, 403 refused (seats),"
                                    + " 404 not found, 409 uniqueness, 412 version moved on,"
                                    + " 429 too many failed keys, 500",
                            content = @Content(mediaType = "application/scim+json",
                                    schema = @Schema(ref = "ScimError"))),
                    @APIResponse(name = "Problem",
                            description = "A problem: 400 bad input, 401 no operator token,"
                                    + " 404 not found, 429 too many failed tokens, 500",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(ref = "Problem")))
                }))
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
