package io.seatkeeper.scim.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seatkeeper.scim.Paging;
import jakarta.json.JsonObject;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ServiceProviderConfigTest {

    private static final URI HERE = URI.create("https://scim.example.com/scim/v2/"
            + "ServiceProviderConfig");

    @Test
    void advertisesThePageLimitThatListsApply() {
        JsonObject config = ServiceProviderConfig.at(HERE);

        assertEquals(Paging.MAX_PAGE, config.getJsonObject("filter").getInt("maxResults"));
    }

    @Test
    void advertisesTheFeaturesOfItsConstants() {
        JsonObject config = ServiceProviderConfig.at(HERE);

        assertTrue(supported(config, "patch"));
        assertTrue(supported(config, "bulk"));
        assertTrue(supported(config, "filter"));
        assertFalse(supported(config, "changePassword"));
        assertTrue(supported(config, "sort"));
        assertTrue(supported(config, "etag"));
    }

    @Test
    void metaNamesTheLocationOfEachRequest() {
        URI elsewhere = URI.create("http://localhost:9080/scim/v2/ServiceProviderConfig");

        JsonObject first = ServiceProviderConfig.at(HERE);
        JsonObject second = ServiceProviderConfig.at(elsewhere);

        assertEquals(HERE.toString(), first.getJsonObject("meta").getString("location"));
        assertEquals(elsewhere.toString(), second.getJsonObject("meta").getString("location"));
        assertEquals("ServiceProviderConfig",
                second.getJsonObject("meta").getString("resourceType"));
    }

    private static boolean supported(JsonObject config, String feature) {
        return config.getJsonObject(feature).getBoolean("supported");
    }
}
