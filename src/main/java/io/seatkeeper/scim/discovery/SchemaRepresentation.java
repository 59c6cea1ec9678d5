package io.seatkeeper.scim.discovery;

import static io.seatkeeper.scim.discovery.DiscoveryDocuments.JSON;

import io.seatkeeper.scim.schema.AttributeDefinition;
import io.seatkeeper.scim.schema.ResourceSchema;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Renders the schema model as the Schema resource of RFC 7643 §7, shaped like the examples of
 * §8.7: every attribute with all its characteristics, defaults included, so that a client
 * never has to know the defaults of §2.2 to read it.
 */
final class SchemaRepresentation {

    static final String SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema";

    private SchemaRepresentation() {
    }

    /** The schema without {@code meta}; its {@code id} is the schema's URN. */
    static JsonObject toJson(ResourceSchema schema) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("schemas", JSON.createArrayBuilder().add(SCHEMA))
                .add("id", schema.id());
        addIfPresent(json, "name", schema.name());
        addIfPresent(json, "description", schema.description());
        return json.add("attributes", attributes(schema.attributes())).build();
    }

    static JsonObject attribute(AttributeDefinition attribute) {
        JsonObjectBuilder json = characteristics(attribute);
        if (!attribute.canonicalValues().isEmpty()) {
            json.add("canonicalValues", strings(attribute.canonicalValues()));
        }
        if (!attribute.referenceTypes().isEmpty()) {
            json.add("referenceTypes", strings(attribute.referenceTypes()));
        }
        if (attribute.isComplex()) {
            json.add("subAttributes", attributes(attribute.subAttributes()));
        }
        return json.build();
    }

    /** The characteristics every attribute has (RFC 7643 §7, "attributes"). */
    private static JsonObjectBuilder characteristics(AttributeDefinition attribute) {
        return JSON.createObjectBuilder()
                .add("name", attribute.name())
                .add("type", attribute.type().wireName())
                .add("multiValued", attribute.multiValued())
                .add("description", attribute.description())
                .add("required", attribute.required())
                .add("caseExact", attribute.caseExact())
                .add("mutability", attribute.mutability().wireName())
                .add("returned", attribute.returned().wireName())
                .add("uniqueness", attribute.uniqueness().wireName());
    }

    private static JsonArray attributes(List<AttributeDefinition> attributes) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        attributes.forEach(attribute -> array.add(attribute(attribute)));
        return array.build();
    }

    private static JsonArray strings(List<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array.build();
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
