package io.seatkeeper.it;

import static io.seatkeeper.it.ServerUnderTest.admin;
import static io.seatkeeper.it.ServerUnderTest.createUser;
import static io.seatkeeper.it.ServerUnderTest.newTenant;
import static io.seatkeeper.it.ServerUnderTest.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seatkeeper.it.ServerUnderTest.Tenant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No secret ever reaches the server's log: API keys, the operator token, license keys. */
class LogSafetyIT {

    @Test
    void secretsUsedAndRefusedNeverAppearInTheLog() throws IOException {
        Tenant tenant = newTenant(5);
        createUser(tenant, uniqueEmail(), true);
        List<Map<String, Object>> licenses = OktaProvisioningIT.licensesOf(tenant);
        String licenseKey = (String) licenses.get(0).get("key");
        OktaProvisioningIT.verify(licenseKey);
        String wrongKey = tenant.apiKey() + "x";
        ServerUnderTest.scim(wrongKey).get("/Users");
        admin().get("/organizations/{id}/licenses", tenant.organizationId());

        String log = serverLog();

        assertTrue(log.contains(tenant.organizationId()), "the log should name the tenant");
        for (String secret : List.of(tenant.apiKey(), wrongKey, licenseKey,
                ServerUnderTest.operatorToken())) {
            assertFalse(log.contains(secret), "a secret is in the server log");
        }
    }

    private static String serverLog() throws IOException {
        Path logs = Path.of(System.getProperty("seatkeeper.test.output.dir"), "logs");
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(logs)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
