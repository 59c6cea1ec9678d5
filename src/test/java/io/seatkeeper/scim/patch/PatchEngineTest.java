package io.seatkeeper.scim.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seatkeeper.scim.ScimException;
import io.seatkeeper.scim.ScimType;
import io.seatkeeper.scim.schema.ScimSchemas;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PatchEngineTest {

    private static final String ENTERPRISE =
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    private static final String CORE = "urn:ietf:params:scim:schemas:core:2.0:User";

    private static final PatchEngine USERS =
            new PatchEngine(ScimSchemas.USER, List.of(ScimSchemas.ENTERPRISE_USER));
    private static final PatchEngine GROUPS = new PatchEngine(ScimSchemas.GROUP, List.of());

    private static final JsonObject USER = json("""
            {'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],
             'id':'u1','externalId':'ext-1','userName':'ada@example.com',
             'name':{'givenName':'Ada','familyName':'Lovelace'},
             'displayName':'Ada Lovelace','active':true,
             'emails':[{'value':'ada@example.com','type':'work','primary':true}],
             'meta':{'resourceType':'User','created':'2024-01-01T00:00:00Z',
                     'lastModified':'2024-01-01T00:00:00Z',
                     'location':'https://seatkeeper.test/scim/v2/Users/u1','version':'W/1'}}
            """);

    private static final JsonObject GROUP = json("""
            {'schemas':['urn:ietf:params:scim:schemas:core:2.0:Group'],
             'id':'g1','displayName':'Engineers',
             'members':[{'value':'a','display':'Ada'},{'value':'b','display':'Bob'},
                        {'value':'c','display':'Cy'}]}
            """);

    @Nested
    class Replace {

        @Test
        void oktaPathlessReplaceOfActive() {
            JsonObject request = json("""
                    {'schemas':['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
                     'Operations':[{'op':'replace','value':{'active':false}}]}""");

            JsonObject result = USERS.apply(USER, PatchRequest.parse(request));

            assertEquals(with(USER, "{'active':false}"), result);
        }

        static Stream<Arguments> pathReplacements() {
            return Stream.of(
                    Arguments.of("active", "false", "{'active':false}"),
                    Arguments.of("displayName", "'Countess'", "{'displayName':'Countess'}"),
                    Arguments.of("USERNAME", "'ada2'", "{'userName':'ada2'}"),
                    Arguments.of("name.givenName", "'Augusta'",
                            "{'name':{'givenName':'Augusta','familyName':'Lovelace'}}"),
                    Arguments.of("name", "{'middleName':'King'}", "{'name':{'givenName':'Ada',"
                            + "'familyName':'Lovelace','middleName':'King'}}"),
                    Arguments.of("emails[type eq \"work\"].value", "'ada@new.example'",
                            "{'emails':[{'value':'ada@new.example','type':'work',"
                                    + "'primary':true}]}"),
                    Arguments.of("emails[type eq \"work\"]", "{'display':'Work'}",
                            "{'emails':[{'value':'ada@example.com','type':'work',"
                                    + "'primary':true,'display':'Work'}]}"),
                    Arguments.of("emails", "[{'value':'x@example.com','type':'home'}]",
                            "{'emails':[{'value':'x@example.com','type':'home'}]}"),
                    Arguments.of("emails", "{'value':'x@example.com'}",
                            "{'emails':[{'value':'x@example.com'}]}"),
                    Arguments.of("externalId", "'ext-2'", "{'externalId':'ext-2'}"),
                    Arguments.of(CORE + ":displayName", "'Qualified'",
                            "{'displayName':'Qualified'}"));
        }

        @ParameterizedTest(name = "{0} = {1}")
        @MethodSource("pathReplacements")
        void replacesByPath(String path, String value, String changed) {
            JsonObject result = USERS.apply(USER, ops(op("replace", path, value)));

            assertEquals(with(USER, changed), result);
        }

        @Test
        void filteredSubAttributeCreatesTheValueWhenNoneMatches() {
            JsonObject user = without(USER, "emails");

            JsonObject result = USERS.apply(user,
                    ops(op("replace", "emails[type eq \"work\"].value", "'ada@example.com'")));

            assertEquals(with(user, "{'emails':[{'type':'work','value':'ada@example.com'}]}"),
                    result);
        }

        @Test
        void filteredSubAttributeAddsBesideValuesThatDoNotMatch() {
            JsonObject result = USERS.apply(USER,
                    ops(op("Add", "emails[type eq \"home\"].value", "'ada@home.example'")));

            assertEquals(with(USER, "{'emails':[{'value':'ada@example.com','type':'work',"
                    + "'primary':true},{'type':'home','value':'ada@home.example'}]}"), result);
        }

        @Test
        void entraSendsBooleansAsStrings() {
            JsonObject result = USERS.apply(USER, ops(op("Replace", "active", "'False'")));

            assertEquals(with(USER, "{'active':false}"), result);
        }

        @Test
        void pathlessReplaceSwapsAComplexAttributeWhole() {
            JsonObject result = USERS.apply(USER,
                    ops(op("replace", null, "{'name':{'givenName':'Augusta'}}")));

            assertEquals(with(USER, "{'name':{'givenName':'Augusta'}}"), result);
        }

        @Test
        void usesCanonicalNamesInTheOutput() {
            JsonObject result = USERS.apply(USER, ops(op("replace", null,
                    "{'USERNAME':'ada2','Name':{'GIVENNAME':'A','familyname':'L'}}")));

            assertEquals(with(USER, "{'userName':'ada2','name':{'givenName':'A',"
                    + "'familyName':'L'}}"), result);
        }

        @Test
        void ignoresUnknownMembersOfAPathlessValue() {
            JsonObject result = USERS.apply(USER,
                    ops(op("replace", null, "{'favouriteColour':'green','active':false,"
                            + "'schemas':['x'],'name.nonsense':'y'}")));

            assertEquals(with(USER, "{'active':false}"), result);
        }

        @Test
        void aNullInAPathlessReplaceUnassigns() {
            JsonObject result = USERS.apply(USER, ops(op("replace", null,
                    "{'displayName':null,'name.familyName':null}")));

            assertEquals(with(without(USER, "displayName"), "{'name':{'givenName':'Ada'}}"),
                    result);
        }

        @Test
        void keepsOnlyTheNewestPrimary() {
            JsonObject user = with(USER, "{'emails':[{'value':'w@x','type':'work'},"
                    + "{'value':'h@x','type':'home','primary':true}]}");

            JsonObject result = USERS.apply(user,
                    ops(op("replace", "emails[type eq \"work\"].primary", "true")));

            assertEquals(with(USER, "{'emails':[{'value':'w@x','type':'work','primary':true},"
                    + "{'value':'h@x','type':'home','primary':false}]}"), result);
        }
    }

    @Nested
    class Add {

        @Test
        void entraManagerAsBareString() {
            JsonObject result = USERS.apply(USER,
                    ops(op("Add", ENTERPRISE + ":manager", "'boss-id'")));

            assertEquals(with(USER, "{'schemas':['" + CORE + "','" + ENTERPRISE + "'],'"
                    + ENTERPRISE + "':{'manager':{'value':'boss-id'}}}"), result);
        }

        @Test
        void qualifiedSubAttributePathKeepsTheOtherSubAttributes() {
            JsonObject user = with(USER, "{'schemas':['" + CORE + "','" + ENTERPRISE + "'],'"
                    + ENTERPRISE + "':{'manager':{'value':'old','displayName':'Old Boss'}}}");

            JsonObject result = USERS.apply(user,
                    ops(op("replace", ENTERPRISE + ":manager.value", "'new'")));

            assertEquals(with(user, "{'" + ENTERPRISE + "':{'manager':{'value':'new',"
                    + "'displayName':'Old Boss'}}}"), result);
        }

        @Test
        void entraPathlessDottedAndQualifiedNames() {
            JsonObject result = USERS.apply(USER, ops(op("Add", null,
                    "{'name.givenName':'A','" + ENTERPRISE + ":department':'Eng'}")));

            assertEquals(with(USER, "{'name':{'givenName':'A','familyName':'Lovelace'},"
                    + "'schemas':['" + CORE + "','" + ENTERPRISE + "'],'"
                    + ENTERPRISE + "':{'department':'Eng'}}"), result);
        }

        @Test
        void extensionObjectByUrnAsPathOrMember() {
            JsonObject byPath = USERS.apply(USER,
                    ops(op("add", ENTERPRISE, "{'employeeNumber':'42'}")));
            JsonObject byMember = USERS.apply(USER,
                    ops(op("add", null, "{'" + ENTERPRISE + "':{'employeeNumber':'42'}}")));

            JsonObject expected = with(USER, "{'schemas':['" + CORE + "','" + ENTERPRISE
                    + "'],'" + ENTERPRISE + "':{'employeeNumber':'42'}}");
            assertEquals(expected, byPath);
            assertEquals(expected, byMember);
        }

        @Test
        void pathlessAddMergesAComplexAttribute() {
            JsonObject result = USERS.apply(USER,
                    ops(op("add", null, "{'name':{'givenName':'Augusta'}}")));

            assertEquals(with(USER,
                    "{'name':{'givenName':'Augusta','familyName':'Lovelace'}}"), result);
        }

        @Test
        void appendsToAMultiValuedAttribute() {
            JsonObject result = USERS.apply(USER, ops(op("add", "emails",
                    "[{'value':'h@x','type':'home'}]")));

            assertEquals(with(USER, "{'emails':[{'value':'ada@example.com','type':'work',"
                    + "'primary':true},{'value':'h@x','type':'home'}]}"), result);
        }

        @Test
        void acceptsASingleObjectAndSkipsValuesAlreadyPresent() {
            JsonObject result = USERS.apply(USER,
                    ops(op("add", "emails", "{'value':'ADA@example.com','type':'work'}")));

            assertEquals(USER, result);
        }

        @Test
        void aNewPrimaryDemotesTheOldOne() {
            JsonObject result = USERS.apply(USER, ops(op("add", "emails",
                    "[{'value':'h@x','type':'home','primary':'True'}]")));

            assertEquals(with(USER, "{'emails':[{'value':'ada@example.com','type':'work',"
                    + "'primary':false},{'value':'h@x','type':'home','primary':true}]}"),
                    result);
        }

        @Test
        void setsASingularAttribute() {
            JsonObject result = USERS.apply(USER, ops(op("add", "nickName", "'Ada'")));

            assertEquals(with(USER, "{'nickName':'Ada'}"), result);
        }
    }

    @Nested
    class Remove {

        static Stream<Arguments> removals() {
            return Stream.of(
                    Arguments.of("displayName", without(USER, "displayName")),
                    Arguments.of("name.familyName", with(USER, "{'name':{'givenName':'Ada'}}")),
                    Arguments.of("emails[type eq \"work\"]", without(USER, "emails")),
                    Arguments.of("emails[type eq \"home\"]", USER),
                    Arguments.of("emails[type eq \"work\"].primary", with(USER,
                            "{'emails':[{'value':'ada@example.com','type':'work'}]}")),
                    Arguments.of("nickName", USER));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("removals")
        void removesByPath(String path, JsonObject expected) {
            assertEquals(expected, USERS.apply(USER, ops(op("remove", path, null))));
        }

        @Test
        void droppingTheLastExtensionAttributeDropsTheExtension() {
            JsonObject user = with(USER, "{'schemas':['" + CORE + "','" + ENTERPRISE + "'],'"
                    + ENTERPRISE + "':{'manager':{'value':'boss-id'}}}");

            JsonObject result = USERS.apply(user, ops(op("Remove", ENTERPRISE + ":manager",
                    null)));

            assertEquals(USER, result);
        }

        @Test
        void removesAWholeExtension() {
            JsonObject user = with(USER, "{'schemas':['" + CORE + "','" + ENTERPRISE + "'],'"
                    + ENTERPRISE + "':{'department':'Eng','costCenter':'7'}}");

            assertEquals(USER, USERS.apply(user, ops(op("remove", ENTERPRISE, null))));
        }
    }

    @Nested
    class GroupMembers {

        @Test
        void addsMembersAndSkipsOnesAlreadyThere() {
            JsonObject result = GROUPS.apply(GROUP,
                    ops(op("Add", "members", "[{'value':'a'},{'value':'d'}]")));

            assertEquals(with(GROUP, "{'members':[{'value':'a','display':'Ada'},"
                    + "{'value':'b','display':'Bob'},{'value':'c','display':'Cy'},"
                    + "{'value':'d'}]}"), result);
        }

        @Test
        void removesMembersByFilter() {
            JsonObject result = GROUPS.apply(GROUP,
                    ops(op("remove", "members[value eq \"a\"]", null)));

            assertEquals(with(GROUP, "{'members':[{'value':'b','display':'Bob'},"
                    + "{'value':'c','display':'Cy'}]}"), result);
        }

        @Test
        void entraRemovesOnlyTheListedMembers() {
            JsonObject result = GROUPS.apply(GROUP,
                    ops(op("Remove", "members", "[{'value':'a'},{'value':'c'},{'value':'zz'}]")));

            assertEquals(with(GROUP, "{'members':[{'value':'b','display':'Bob'}]}"), result);
        }

        @Test
        void removesAllMembersWithoutAValue() {
            assertEquals(without(GROUP, "members"),
                    GROUPS.apply(GROUP, ops(op("remove", "members", null))));
        }

        @Test
        void replacesAllMembers() {
            JsonObject result = GROUPS.apply(GROUP,
                    ops(op("replace", "members", "[{'value':'x','type':'User'}]")));

            assertEquals(with(GROUP, "{'members':[{'value':'x','type':'User'}]}"), result);
        }

        @Test
        void setsAnImmutableSubAttributeThatHasNoValueYet() {
            JsonObject result = GROUPS.apply(GROUP,
                    ops(op("replace", "members[value eq \"b\"].type", "'User'")));

            assertEquals(with(GROUP, "{'members':[{'value':'a','display':'Ada'},"
                    + "{'value':'b','display':'Bob','type':'User'},"
                    + "{'value':'c','display':'Cy'}]}"), result);
        }
    }

    @Nested
    class Mutability {

        @Test
        void readOnlyValuesSentUnchangedAreIgnored() {
            JsonObject result = USERS.apply(USER, ops(
                    op("replace", "id", "'u1'"),
                    op("replace", null, "{'id':'u1','meta':" + USER.get("meta") + "}")));

            assertEquals(USER, result);
        }
    }

    @Nested
    class Errors {

        static Stream<Arguments> failures() {
            return Stream.of(
                    failure(USERS, USER, op("replace", "active", "5"), ScimType.INVALID_VALUE),
                    failure(USERS, USER, op("replace", "userName", "{}"), ScimType.INVALID_VALUE),
                    failure(USERS, USER, op("replace", null, "{'userName':{}}"),
                            ScimType.INVALID_VALUE),
                    failure(USERS, USER, op("replace", "name", "'Ada'"), ScimType.INVALID_VALUE),
                    failure(USERS, USER, op("add", "emails", "[{'value':7}]"),
                            ScimType.INVALID_VALUE),
                    failure(USERS, USER, op("replace", null, "'active'"), ScimType.INVALID_VALUE),
                    failure(USERS, USER, op("replace", "meta.created", "'2020-01-01T00:00:00Z'"),
                            ScimType.MUTABILITY),
                    failure(USERS, USER, op("replace", "id", "'u2'"), ScimType.MUTABILITY),
                    failure(USERS, USER, op("remove", "id", null), ScimType.MUTABILITY),
                    failure(USERS, USER, op("add", "groups", "[{'value':'g1'}]"),
                            ScimType.MUTABILITY),
                    failure(USERS, USER, op("remove", "userName", null), ScimType.INVALID_VALUE),
                    failure(USERS, USER, op("replace", null, "{'userName':null}"),
                            ScimType.INVALID_VALUE),
                    failure(USERS, USER, op("replace", "favouriteColour", "'green'"),
                            ScimType.INVALID_PATH),
                    failure(USERS, USER, op("replace", "name.nonsense", "'x'"),
                            ScimType.INVALID_PATH),
                    failure(USERS, USER, op("replace", "displayName.value", "'x'"),
                            ScimType.INVALID_PATH),
                    failure(USERS, USER, op("replace", "name[givenName eq \"Ada\"]", "{}"),
                            ScimType.INVALID_PATH),
                    failure(USERS, USER, op("replace", "emails[nonsense eq \"x\"].value", "'x'"),
                            ScimType.INVALID_PATH),
                    failure(USERS, USER, op("replace", "urn:example:unknown:2.0:Thing:x", "'x'"),
                            ScimType.INVALID_PATH),
                    failure(USERS, USER, op("replace", "emails[type eq \"home\"]", "{'value':'h'}"),
                            ScimType.NO_TARGET),
                    failure(USERS, USER, op("replace", "emails[primary gt true]", "{}"),
                            ScimType.INVALID_FILTER),
                    failure(USERS, USER, op("add", ENTERPRISE + ":manager.displayName", "'Boss'"),
                            ScimType.MUTABILITY),
                    failure(GROUPS, GROUP, op("replace", "members[value eq \"a\"].value", "'z'"),
                            ScimType.MUTABILITY),
                    failure(GROUPS, GROUP, op("remove", "displayName", null),
                            ScimType.INVALID_VALUE));
        }

        @ParameterizedTest(name = "{2}")
        @MethodSource("failures")
        void rejectsWith400AndScimType(PatchEngine engine, JsonObject resource, JsonObject op,
                ScimType expected) {
            List<PatchOperation> operations = ops(op);

            ScimException e = assertThrows(ScimException.class,
                    () -> engine.apply(resource, operations));

            assertEquals(400, e.status());
            assertEquals(expected, e.scimType());
        }

        @Test
        void namesTheAttributeInTheDetail() {
            ScimException e = assertThrows(ScimException.class,
                    () -> USERS.apply(USER, ops(op("replace", "active", "5"))));

            assertTrue(e.detail().contains("active"), e.detail());
        }

        @Test
        void saysThatUserNameIsRequired() {
            ScimException e = assertThrows(ScimException.class,
                    () -> USERS.apply(USER, ops(op("remove", "userName", null))));

            assertEquals("userName is required", e.detail());
        }

        @Test
        void appliesAllOperationsOrNone() {
            JsonObject original = json(USER.toString());
            List<PatchOperation> operations = ops(
                    op("replace", "displayName", "'Changed'"),
                    op("replace", "active", "5"));

            assertThrows(ScimException.class, () -> USERS.apply(USER, operations));

            assertEquals(original, USER);
        }
    }

    private static Arguments failure(PatchEngine engine, JsonObject resource, JsonObject op,
            ScimType expected) {
        return Arguments.of(engine, resource, op, expected);
    }

    /** One operation; {@code value} is JSON text with ' for ", or null for none. */
    private static JsonObject op(String op, String path, String value) {
        JsonObjectBuilder builder = Json.createObjectBuilder().add("op", op);
        if (path != null) {
            builder.add("path", path);
        }
        if (value != null) {
            builder.add("value", json("{'v':" + value + "}").get("v"));
        }
        return builder.build();
    }

    private static List<PatchOperation> ops(JsonObject... operations) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(PatchRequest.PATCH_OP_URN))
                .add("Operations", Json.createArrayBuilder(List.of(operations)));
        return PatchRequest.parse(body.build());
    }

    /** The resource with the top-level members of {@code changes} set. */
    private static JsonObject with(JsonObject resource, String changes) {
        JsonObjectBuilder builder = Json.createObjectBuilder(resource);
        json(changes).forEach(builder::add);
        return builder.build();
    }

    private static JsonObject without(JsonObject resource, String member) {
        return Json.createObjectBuilder(resource).remove(member).build();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }
}
