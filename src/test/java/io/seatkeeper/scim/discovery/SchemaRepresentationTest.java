package io.seatkeeper.scim.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seatkeeper.scim.schema.AttributeDefinition;
import io.seatkeeper.scim.schema.ResourceSchema;
import io.seatkeeper.scim.schema.ScimSchemas;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaRepresentationTest {

    private static final Set<String> CHARACTERISTICS = Set.of("name", "type", "multiValued",
            "description", "required", "caseExact", "mutability", "returned", "uniqueness");

    static List<ResourceSchema> schemas() {
        return List.of(ScimSchemas.USER, ScimSchemas.ENTERPRISE_USER, ScimSchemas.GROUP);
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void schemaIsIdentifiedByItsUrn(ResourceSchema schema) {
        JsonObject json = SchemaRepresentation.toJson(schema);

        assertEquals(List.of(SchemaRepresentation.SCHEMA), strings(json.getJsonArray("schemas")));
        assertEquals(schema.id(), json.getString("id"));
        assertEquals(schema.name(), json.getString("name"));
        assertEquals(schema.description(), json.getString("description"));
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void everyAttributeIsRenderedWithAllItsCharacteristics(ResourceSchema schema) {
        JsonArray attributes = SchemaRepresentation.toJson(schema).getJsonArray("attributes");

        assertAttributes(schema.attributes(), attributes);
    }

    @Test
    void userNameIsUniqueWithinTheServiceAndNotCaseExact() {
        JsonObject userName = attribute(ScimSchemas.USER, "userName");

        assertEquals("server", userName.getString("uniqueness"));
        assertFalse(userName.getBoolean("caseExact"));
        assertTrue(userName.getBoolean("required"));
    }

    @Test
    void passwordIsWriteOnlyAndNeverReturned() {
        JsonObject password = attribute(ScimSchemas.USER, "password");

        assertEquals("writeOnly", password.getString("mutability"));
        assertEquals("never", password.getString("returned"));
    }

    @Test
    void complexAttributesCarryTheirSubAttributesWithTheirOwnParts() {
        JsonObject groups = attribute(ScimSchemas.USER, "groups");
        JsonObject ref = groups.getJsonArray("subAttributes").getValuesAs(JsonObject.class)
                .stream().filter(sub -> sub.getString("name").equals("$ref"))
                .findFirst().orElseThrow();

        assertEquals("complex", groups.getString("type"));
        assertEquals("readOnly", groups.getString("mutability"));
        assertEquals(List.of("User", "Group"), strings(ref.getJsonArray("referenceTypes")));
        assertFalse(groups.containsKey("referenceTypes"));
        assertFalse(groups.containsKey("canonicalValues"));
    }

    private static JsonObject attribute(ResourceSchema schema, String name) {
        return SchemaRepresentation.toJson(schema).getJsonArray("attributes")
                .getValuesAs(JsonObject.class).stream()
                .filter(attribute -> attribute.getString("name").equals(name))
                .findFirst().orElseThrow();
    }

    private static void assertAttributes(List<AttributeDefinition> expected, JsonArray actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertAttribute(expected.get(i), actual.getJsonObject(i));
        }
    }

    private static void assertAttribute(AttributeDefinition expected, JsonObject actual) {
        String name = expected.name();
        assertEquals(CHARACTERISTICS, characteristicsOf(actual), name);
        assertEquals(name, actual.getString("name"));
        assertEquals(expected.type().wireName(), actual.getString("type"), name);
        assertEquals(expected.multiValued(), actual.getBoolean("multiValued"), name);
        assertEquals(expected.description(), actual.getString("description"), name);
        assertEquals(expected.required(), actual.getBoolean("required"), name);
        assertEquals(expected.caseExact(), actual.getBoolean("caseExact"), name);
        assertEquals(expected.mutability().wireName(), actual.getString("mutability"), name);
        assertEquals(expected.returned().wireName(), actual.getString("returned"), name);
        assertEquals(expected.uniqueness().wireName(), actual.getString("uniqueness"), name);
        assertOptionalParts(expected, actual);
    }

    private static void assertOptionalParts(AttributeDefinition expected, JsonObject actual) {
        String name = expected.name();
        assertEquals(expected.canonicalValues(), optionalStrings(actual, "canonicalValues"), name);
        assertEquals(expected.referenceTypes(), optionalStrings(actual, "referenceTypes"), name);
        if (expected.isComplex()) {
            assertAttributes(expected.subAttributes(), actual.getJsonArray("subAttributes"));
        } else {
            assertFalse(actual.containsKey("subAttributes"), name);
        }
    }

    /** The keys that every attribute has, leaving out the ones only some attributes have. */
    private static Set<String> characteristicsOf(JsonObject attribute) {
        Set<String> keys = new HashSet<>(attribute.keySet());
        keys.removeAll(Set.of("canonicalValues", "referenceTypes", "subAttributes"));
        return keys;
    }

    private static List<String> optionalStrings(JsonObject json, String name) {
        return json.containsKey(name) ? strings(json.getJsonArray(name)) : List.of();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
