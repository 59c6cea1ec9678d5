package io.seatkeeper.scim.discovery;

import static io.seatkeeper.scim.discovery.DiscoveryDocuments.JSON;

import io.seatkeeper.scim.schema.ResourceSchema;
import io.seatkeeper.scim.schema.ScimSchemas;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A resource type of RFC 7643 §6: a name, the endpoint relative to {@code /scim/v2}, the core
 * schema and the extensions a resource of the type may carry.
 */
record ResourceType(String name, String endpoint, String description, ResourceSchema schema,
        List<Extension> extensions) {

    static final String SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";

    static final ResourceType USER = new ResourceType("User", "/Users",
            "People provisioned by the organization's identity provider", ScimSchemas.USER,
            List.of(new Extension(ScimSchemas.ENTERPRISE_USER, false)));

    static final ResourceType GROUP = new ResourceType("Group", "/Groups",
            "Named sets of users", ScimSchemas.GROUP, List.of());

    /** Every resource type the service offers, in the order they are listed. */
    static final List<ResourceType> ALL = List.of(USER, GROUP);

    ResourceType {
        Objects.requireNonNull(name);
        Objects.requireNonNull(schema);
        extensions = List.copyOf(extensions);
    }

    /** Names are compared without regard to case, as attribute names are (RFC 7643 §2.1). */
    static Optional<ResourceType> named(String name) {
        return ALL.stream().filter(type -> type.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The core schema and then the extensions: what {@code /Schemas} must describe. */
    Stream<ResourceSchema> schemas() {
        return Stream.concat(Stream.of(schema), extensions.stream().map(Extension::schema));
    }

    /** The representation of RFC 7643 §6, without {@code meta}; {@code id} is the name. */
    JsonObject toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("schemas", JSON.createArrayBuilder().add(SCHEMA))
                .add("id", name)
                .add("name", name)
                .add("endpoint", endpoint)
                .add("description", description)
                .add("schema", schema.id());
        if (!extensions.isEmpty()) {
            json.add("schemaExtensions", extensionsToJson());
        }
        return json.build();
    }

    private JsonArrayBuilder extensionsToJson() {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (Extension extension : extensions) {
            array.add(JSON.createObjectBuilder()
                    .add("schema", extension.schema().id())
                    .add("required", extension.required()));
        }
        return array;
    }

    /** An extension schema and whether every resource of the type must carry it. */
    record Extension(ResourceSchema schema, boolean required) {
    }
}
