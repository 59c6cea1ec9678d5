package io.seatkeeper.openapi;

import io.seatkeeper.admin.AdminApplication;
import io.seatkeeper.scim.ScimApplication;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Completes the generated {@code /openapi} document with what the applications' filters and
 * mappers add at run time and the scanner cannot see: each operation's credential, its error
 * responses and the JSON its byte-array body stands for. The parts it refers to are declared
 * on {@link ScimApplication}. Registered as {@code mp.openapi.filter} in
 * {@code META-INF/microprofile-config.properties}.
 */
public class ApiDocumentFilter implements OASFilter {

    static final String SCIM_AUTH = "scimApiKey";
    static final String OPERATOR_AUTH = "operatorToken";

    /** An application's place in the document: its path, credential, tag and errors. */
    private record Api(Class<? extends Application> application, String scheme, String tag,
            String errors, List<String> statuses, Schema body, List<String> bodyTypes) {

        String root() {
            return "/" + application.getAnnotation(ApplicationPath.class).value();
        }

        /** Whether one of the application's resource classes serves this relative path. */
        boolean serves(String relative) {
            return newInstance().getClasses().stream()
                    .map(type -> type.getAnnotation(Path.class))
                    .filter(path -> path != null)
                    .map(path -> "/" + path.value())
                    .anyMatch(path -> relative.equals(path) || relative.startsWith(path + "/"));
        }

        private Application newInstance() {
            try {
                return application.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final List<Api> APIS = List.of(
            new Api(ScimApplication.class, SCIM_AUTH, "SCIM", "ScimError",
                    List.of("400", "401", "403", "404", "409", "412", "429", "500"),
                    OASFactory.createSchema().ref("#/components/schemas/ScimMessage"),
                    List.of("application/scim+json", "application/json")),
            new Api(AdminApplication.class, OPERATOR_AUTH, "Admin", "Problem",
                    List.of("400", "401", "404", "429", "500"),
                    OASFactory.createSchema().addType(Schema.SchemaType.OBJECT),
                    List.of("application/json")));

    /** The one admin path without credentials (the operator filter's public path). */
    private static final String PUBLIC_PATH = "/api/v1/licenses/verify";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        Paths rooted = OASFactory.createPaths();
        for (Map.Entry<String, PathItem> path : document.getPaths().getPathItems().entrySet()) {
            String relative = relative(path.getKey());
            Optional<Api> api = APIS.stream().filter(each -> each.serves(relative)).findFirst();
            String full = api.map(each -> each.root() + relative).orElse(path.getKey());
            api.ifPresent(each -> path.getValue().getOperations().values()
                    .forEach(operation -> describe(each, full, operation)));
            rooted.addPathItem(full, path.getValue());
        }
        document.setPaths(rooted);
    }

    /**
     * The path below its application. The scanner puts every resource under the path of one
     * of the two applications, whichever it met, so that prefix says nothing.
     */
    private static String relative(String path) {
        for (Api api : APIS) {
            if (path.startsWith(api.root() + "/")) {
                return path.substring(api.root().length());
            }
        }
        return path;
    }

    private static void describe(Api api, String path, Operation operation) {
        boolean open = path.equals(PUBLIC_PATH);
        operation.setSecurity(open ? List.of() : List.of(
                OASFactory.createSecurityRequirement().addScheme(api.scheme())));
        if (operation.getTags() == null || operation.getTags().isEmpty()) {
            operation.addTag(api.tag());
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        for (String status : open ? List.of("400", "429", "500") : api.statuses()) {
            if (!operation.getResponses().hasAPIResponse(status)) {
                operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse()
                        .ref("#/components/responses/" + api.errors()));
            }
        }
        if (operation.getRequestBody() != null) {
            Content content = OASFactory.createContent();
            for (String type : api.bodyTypes()) {
                content.addMediaType(type, OASFactory.createMediaType().schema(api.body()));
            }
            operation.getRequestBody().setContent(content);
        }
    }
}
