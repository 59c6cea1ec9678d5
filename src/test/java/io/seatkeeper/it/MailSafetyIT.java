package io.seatkeeper.it;

import static io.seatkeeper.it.ServerUnderTest.admin;
import static io.seatkeeper.it.ServerUnderTest.newTenant;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.seatkeeper.it.ServerUnderTest.Tenant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A license key only ever goes to the one address of its holder. */
@ExtendWith(MailServer.class)
class MailSafetyIT {

    @Test
    void userNameListingSeveralAddressesGetsNoMail(MailServer.Running mail) {
        Tenant tenant = newTenant(5);
        String victim = "victim-" + UUID.randomUUID() + "@example.com";
        String holder = "holder-" + UUID.randomUUID() + "@example.com";
        ServerUnderTest.createUser(tenant, holder, true);
        String sneaky = "a-" + UUID.randomUUID() + "@example.com, " + victim;

        tenant.scim().body("""
                        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                         "userName": "%s"}""".formatted(sneaky))
                .post("/Users")
                .then().statusCode(201);

        mail.awaitMails(holder, 1);
        admin().get("/organizations/{id}/notifications", tenant.organizationId())
                .then().body("find { it.recipient == '%s' }.status".formatted(sneaky),
                        equalTo("FAILED"));
        assertEquals(List.of(), mail.mailsTo(victim));
    }
}
