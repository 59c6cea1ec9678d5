package io.seatkeeper.scim.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seatkeeper.scim.ScimException;
import io.seatkeeper.scim.ScimType;
import io.seatkeeper.scim.filter.AttributePath;
import io.seatkeeper.scim.filter.Filter;
import io.seatkeeper.scim.filter.Operator;
import io.seatkeeper.scim.filter.PatchPath;
import io.seatkeeper.scim.patch.PatchOperation.Op;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatchRequestTest {

    private static final String PATCH_OP = "'urn:ietf:params:scim:api:messages:2.0:PatchOp'";

    @Test
    void readsOktasPathlessReplace() {
        List<PatchOperation> operations = PatchRequest.parse(json("{'schemas':[" + PATCH_OP
                + "],'Operations':[{'op':'replace','value':{'active':false}}]}"));

        assertEquals(List.of(new PatchOperation(Op.REPLACE, null, json("{'active':false}"))),
                operations);
    }

    @Test
    void readsEntraCapitalisedOpsAndAnyCaseOfOperations() {
        List<PatchOperation> operations = PatchRequest.parse(json("{'schemas':[" + PATCH_OP
                + "],'operations':[{'op':'Add','path':'displayName','value':'A'},"
                + "{'op':'Replace','path':'active','value':'False'},"
                + "{'op':'Remove','path':'nickName'}]}"));

        assertEquals(List.of(
                new PatchOperation(Op.ADD, path("displayName"), Json.createValue("A")),
                new PatchOperation(Op.REPLACE, path("active"), Json.createValue("False")),
                new PatchOperation(Op.REMOVE, path("nickName"), null)), operations);
    }

    @Test
    void parsesPathsWithTheFilterParser() {
        List<PatchOperation> operations = PatchRequest.parse(body(
                "{'op':'replace','path':'emails[type eq \\\"work\\\"].value','value':'a@b'}"));

        PatchPath expected = new PatchPath(AttributePath.of("emails"),
                new Filter.Comparison(AttributePath.of("type"), Operator.EQ, "work"), "value");
        assertEquals(expected, operations.get(0).path());
    }

    @Test
    void parsesDottedAndQualifiedPaths() {
        String manager = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager";
        List<PatchOperation> operations = PatchRequest.parse(body(
                "{'op':'replace','path':'name.givenName','value':'A'}",
                "{'op':'add','path':'" + manager + "','value':'boss-id'}"));

        assertEquals(new PatchPath(AttributePath.of("name", "givenName"), null, null),
                operations.get(0).path());
        assertEquals(new PatchPath(new AttributePath(
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", "manager", null),
                null, null), operations.get(1).path());
    }

    @Test
    void keepsTheValueListOfARemove() {
        List<PatchOperation> operations = PatchRequest.parse(body(
                "{'op':'Remove','path':'members','value':[{'value':'id-1'}]}"));

        assertEquals(new PatchOperation(Op.REMOVE, path("members"),
                value("[{'value':'id-1'}]")), operations.get(0));
    }

    @Test
    void treatsANullPathAsNoPath() {
        List<PatchOperation> operations = PatchRequest.parse(body(
                "{'op':'add','path':null,'value':{'displayName':'A'}}"));

        assertNull(operations.get(0).path());
    }

    /** In these bodies {@code S} stands for a correct {@code schemas} member. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{'Operations':[{'op':'add','value':{}}]} | INVALID_SYNTAX",
        "{'schemas':null,'Operations':[{'op':'add','value':{}}]} | INVALID_SYNTAX",
        "{'schemas':'x','Operations':[{'op':'add','value':{}}]} | INVALID_SYNTAX",
        "{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],'Operations':[]}"
                + " | INVALID_SYNTAX",
        "{S} | INVALID_SYNTAX",
        "{S,'Operations':{'op':'add'}} | INVALID_SYNTAX",
        "{S,'Operations':[]} | INVALID_VALUE",
        "{S,'Operations':['add']} | INVALID_SYNTAX",
        "{S,'Operations':[{'path':'active','value':true}]} | INVALID_SYNTAX",
        "{S,'Operations':[{'op':'move','path':'a','value':1}]} | INVALID_SYNTAX",
        "{S,'Operations':[{'op':'add','path':'active'}]} | INVALID_SYNTAX",
        "{S,'Operations':[{'op':'replace','path':'a','value':null}]} | INVALID_SYNTAX",
        "{S,'Operations':[{'op':'add','path':7,'value':1}]} | INVALID_SYNTAX",
        "{S,'Operations':[{'op':'remove'}]} | NO_TARGET",
        "{S,'Operations':[{'op':'remove','path':'emails[type'}]} | INVALID_PATH",
        "{S,'Operations':[{'op':'remove','path':''}]} | INVALID_PATH",
    })
    void rejectsMalformedRequests(String body, ScimType expected) {
        JsonObject request = json(body.replace("S,", "'schemas':[" + PATCH_OP + "],")
                .replace("{S}", "{'schemas':[" + PATCH_OP + "]}"));

        ScimException e = assertThrows(ScimException.class, () -> PatchRequest.parse(request));

        assertEquals(400, e.status());
        assertEquals(expected, e.scimType());
    }

    @Test
    void namesAnUnsupportedOpInTheDetail() {
        ScimException e = assertThrows(ScimException.class, () -> PatchRequest.parse(
                body("{'op':'move','path':'displayName','value':'A'}")));

        assertTrue(e.detail().contains("'move'"), e.detail());
    }

    @Test
    void passesTheParsersMessageOnForABadPath() {
        ScimException e = assertThrows(ScimException.class, () -> PatchRequest.parse(
                body("{'op':'remove','path':'emails[type eq'}")));

        assertEquals(ScimType.INVALID_PATH, e.scimType());
        assertTrue(e.detail().contains("position"), e.detail());
    }

    private static PatchPath path(String attribute) {
        return new PatchPath(AttributePath.of(attribute), null, null);
    }

    private static JsonObject body(String... operations) {
        return json("{'schemas':[" + PATCH_OP + "],'Operations':["
                + String.join(",", operations) + "]}");
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    private static JsonValue value(String text) {
        return json("{'v':" + text + "}").get("v");
    }
}
