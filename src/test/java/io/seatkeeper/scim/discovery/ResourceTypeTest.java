package io.seatkeeper.scim.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seatkeeper.scim.schema.ResourceSchema;
import io.seatkeeper.scim.schema.ScimSchemas;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResourceTypeTest {

    @Test
    void userMayCarryTheEnterpriseExtension() {
        JsonObject user = ResourceType.USER.toJson();

        assertEquals("/Users", user.getString("endpoint"));
        assertEquals(ScimSchemas.USER_ID, user.getString("schema"));
        JsonObject extension = user.getJsonArray("schemaExtensions").getJsonObject(0);
        assertEquals(ScimSchemas.ENTERPRISE_USER_ID, extension.getString("schema"));
        assertFalse(extension.getBoolean("required"));
    }

    @Test
    void groupHasNoExtensions() {
        JsonObject group = ResourceType.GROUP.toJson();

        assertEquals("/Groups", group.getString("endpoint"));
        assertFalse(group.containsKey("schemaExtensions"));
    }

    @Test
    void schemasEndpointDescribesEverySchemaTheResourceTypesName() {
        List<ResourceSchema> expected =
                List.of(ScimSchemas.USER, ScimSchemas.ENTERPRISE_USER, ScimSchemas.GROUP);

        assertEquals(expected, SchemasResource.SCHEMAS);
    }

    @Test
    void namesAreFoundWithoutRegardToCase() {
        assertEquals(Optional.of(ResourceType.USER), ResourceType.named("user"));
        assertTrue(ResourceType.named("Users").isEmpty());
    }
}
