package io.seatkeeper.scim.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.seatkeeper.scim.filter.Filter.And;
import io.seatkeeper.scim.filter.Filter.Comparison;
import io.seatkeeper.scim.filter.Filter.Not;
import io.seatkeeper.scim.filter.Filter.Or;
import io.seatkeeper.scim.filter.Filter.Present;
import io.seatkeeper.scim.filter.Filter.ValuePath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FilterParserTest {

    private static final String CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    private static final String ENTERPRISE_USER =
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    // ---- Small builders so that expected trees read like the filters ----

    private static AttributePath path(String attribute) {
        return AttributePath.of(attribute);
    }

    private static Filter cmp(String attribute, Operator operator, Object value) {
        return cmp(path(attribute), operator, value);
    }

    private static Filter cmp(AttributePath path, Operator operator, Object value) {
        return new Comparison(path, operator, value);
    }

    private static Filter eq(String attribute, Object value) {
        return cmp(attribute, Operator.EQ, value);
    }

    private static Filter pr(String attribute) {
        return new Present(path(attribute));
    }

    private static Filter and(Filter left, Filter right) {
        return new And(left, right);
    }

    private static Filter or(Filter left, Filter right) {
        return new Or(left, right);
    }

    private static Filter not(Filter inner) {
        return new Not(inner);
    }

    private static Filter valuePath(String attribute, Filter filter) {
        return new ValuePath(path(attribute), filter);
    }

    private static BigDecimal num(String text) {
        return new BigDecimal(text);
    }

    // ---- Comparisons and literals ----

    @ParameterizedTest
    @CsvSource({
        "eq, EQ", "ne, NE", "co, CO", "sw, SW", "ew, EW", "gt, GT", "ge, GE", "lt, LT", "le, LE",
        "EQ, EQ", "Ne, NE", "cO, CO", "SW, SW", "Ew, EW", "GT, GT", "gE, GE", "Lt, LT", "LE, LE"
    })
    void parsesEveryComparisonOperatorInAnyCase(String written, Operator operator) {
        assertEquals(cmp("userName", operator, "bjensen"),
                FilterParser.parse("userName " + written + " \"bjensen\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "title pr", "title PR", "title Pr", "  title   pr  ", "\ttitle\t\tpr\t"
    })
    void parsesPresentInAnyCaseAndSpacing(String filter) {
        assertEquals(pr("title"), FilterParser.parse(filter));
    }

    static Stream<Arguments> literals() {
        return Stream.of(
                Arguments.of("\"bjensen\"", "bjensen"),
                Arguments.of("\"\"", ""),
                Arguments.of("true", Boolean.TRUE),
                Arguments.of("TRUE", Boolean.TRUE),
                Arguments.of("True", Boolean.TRUE),
                Arguments.of("false", Boolean.FALSE),
                Arguments.of("FALSE", Boolean.FALSE),
                Arguments.of("null", null),
                Arguments.of("NULL", null),
                Arguments.of("Null", null),
                Arguments.of("0", num("0")),
                Arguments.of("-0", num("-0")),
                Arguments.of("42", num("42")),
                Arguments.of("-17", num("-17")),
                Arguments.of("3.25", num("3.25")),
                Arguments.of("1.0", num("1.0")),
                Arguments.of("-0.5", num("-0.5")),
                Arguments.of("1e3", num("1e3")),
                Arguments.of("1E+3", num("1E+3")),
                Arguments.of("2.5e-3", num("2.5e-3")),
                Arguments.of("1e1000", num("1e1000")),
                Arguments.of("123456789012345678901234567890",
                        num("123456789012345678901234567890")));
    }

    @ParameterizedTest
    @MethodSource("literals")
    void parsesEveryLiteralType(String literal, Object expected) {
        assertEquals(eq("x", expected), FilterParser.parse("x eq " + literal));
    }

    static Stream<Arguments> strings() {
        return Stream.of(
                Arguments.of("\"a\\\"b\"", "a\"b"),
                Arguments.of("\"back\\\\slash\"", "back\\slash"),
                Arguments.of("\"a\\/b\"", "a/b"),
                Arguments.of("\"\\b\\f\\n\\r\\t\"", "\b\f\n\r\t"),
                Arguments.of("\"caf\\u00e9\"", "caf\u00e9"),
                Arguments.of("\"caf\\u00E9\"", "caf\u00e9"),
                Arguments.of("\"\\u0000\"", "\u0000"),
                Arguments.of("\"\\ud83d\\ude00\"", "\ud83d\ude00"),
                Arguments.of("\"raw \u00e9 and \ud83d\ude00\"", "raw \u00e9 and \ud83d\ude00"),
                Arguments.of("\"O'Malley\"", "O'Malley"),
                Arguments.of("\"(parens) [brackets] and or not pr\"",
                        "(parens) [brackets] and or not pr"),
                Arguments.of("\"  spaced  \"", "  spaced  "));
    }

    @ParameterizedTest
    @MethodSource("strings")
    void decodesJsonStrings(String literal, String expected) {
        assertEquals(eq("displayName", expected), FilterParser.parse("displayName eq " + literal));
    }

    // ---- Attribute paths ----

    static Stream<Arguments> attributePaths() {
        return Stream.of(
                Arguments.of("userName", new AttributePath(null, "userName", null)),
                Arguments.of("UserName", new AttributePath(null, "UserName", null)),
                Arguments.of("name.familyName", new AttributePath(null, "name", "familyName")),
                Arguments.of("meta.lastModified", new AttributePath(null, "meta", "lastModified")),
                Arguments.of("x-custom_attr2", new AttributePath(null, "x-custom_attr2", null)),
                Arguments.of("members.$ref", new AttributePath(null, "members", "$ref")),
                Arguments.of("$ref", new AttributePath(null, "$ref", null)),
                Arguments.of(CORE_USER + ":userName",
                        new AttributePath(CORE_USER, "userName", null)),
                Arguments.of(CORE_USER + ":name.familyName",
                        new AttributePath(CORE_USER, "name", "familyName")),
                Arguments.of(ENTERPRISE_USER + ":employeeNumber",
                        new AttributePath(ENTERPRISE_USER, "employeeNumber", null)),
                Arguments.of(ENTERPRISE_USER + ":manager.value",
                        new AttributePath(ENTERPRISE_USER, "manager", "value")),
                Arguments.of("URN:IETF:params:scim:schemas:core:2.0:User:userName",
                        new AttributePath("URN:IETF:params:scim:schemas:core:2.0:User",
                                "userName", null)));
    }

    @ParameterizedTest
    @MethodSource("attributePaths")
    void parsesAttributePaths(String text, AttributePath expected) {
        assertEquals(new Present(expected), FilterParser.parse(text + " pr"));
        assertEquals(cmp(expected, Operator.GT, "2011-05-13T04:42:34Z"),
                FilterParser.parse(text + " gt \"2011-05-13T04:42:34Z\""));
    }

    @Test
    void keywordsCanBeAttributeNamesWhereNoKeywordIsExpected() {
        assertEquals(pr("pr"), FilterParser.parse("pr pr"));
        assertEquals(eq("eq", num("1")), FilterParser.parse("eq eq 1"));
        assertEquals(eq("true", Boolean.TRUE), FilterParser.parse("true eq true"));
    }

    // ---- Logical expressions, precedence and grouping ----

    static Stream<Arguments> logicalExpressions() {
        Filter a = eq("a", num("1"));
        Filter b = eq("b", num("2"));
        Filter c = eq("c", num("3"));
        return Stream.of(
                Arguments.of("a eq 1 and b eq 2", and(a, b)),
                Arguments.of("a eq 1 or b eq 2", or(a, b)),
                Arguments.of("not (a eq 1)", not(a)),
                Arguments.of("not(a eq 1)", not(a)),
                Arguments.of("a eq 1 or b eq 2 and c eq 3", or(a, and(b, c))),
                Arguments.of("a eq 1 and b eq 2 or c eq 3", or(and(a, b), c)),
                Arguments.of("(a eq 1 or b eq 2) and c eq 3", and(or(a, b), c)),
                Arguments.of("a eq 1 and (b eq 2 or c eq 3)", and(a, or(b, c))),
                Arguments.of("a eq 1 and b eq 2 and c eq 3", and(and(a, b), c)),
                Arguments.of("a eq 1 or b eq 2 or c eq 3", or(or(a, b), c)),
                Arguments.of("not (a eq 1) and b eq 2", and(not(a), b)),
                Arguments.of("not (a eq 1 or b eq 2)", not(or(a, b))),
                Arguments.of("not (not (a eq 1))", not(not(a))),
                Arguments.of("a eq 1 and not (b eq 2) or c eq 3", or(and(a, not(b)), c)),
                Arguments.of("((a eq 1))", a),
                Arguments.of("(a eq 1)and(b eq 2)", and(a, b)),
                Arguments.of("a eq \"x\"and b pr", and(eq("a", "x"), pr("b"))),
                Arguments.of("a eq 1 AND b eq 2 Or NOT (c eq 3)", or(and(a, b), not(c))),
                Arguments.of("  a eq 1\t and\t\tb eq 2  ", and(a, b)));
    }

    @ParameterizedTest
    @MethodSource("logicalExpressions")
    void parsesLogicalExpressionsWithPrecedence(String filter, Filter expected) {
        assertEquals(expected, FilterParser.parse(filter));
    }

    /** The examples of RFC 7644 §3.4.2.2, figure 2. */
    static Stream<Arguments> rfcExamples() {
        Filter employee = eq("userType", "Employee");
        Filter emailsCo = cmp("emails", Operator.CO, "example.com");
        Filter emailValueCo = cmp(AttributePath.of("emails", "value"), Operator.CO, "example.org");
        return Stream.of(
                Arguments.of("userName eq \"bjensen\"", eq("userName", "bjensen")),
                Arguments.of("name.familyName co \"O'Malley\"",
                        cmp(AttributePath.of("name", "familyName"), Operator.CO, "O'Malley")),
                Arguments.of("userName sw \"J\"", cmp("userName", Operator.SW, "J")),
                Arguments.of(CORE_USER + ":userName sw \"J\"",
                        cmp(new AttributePath(CORE_USER, "userName", null), Operator.SW, "J")),
                Arguments.of("title pr", pr("title")),
                Arguments.of("meta.lastModified gt \"2011-05-13T04:42:34Z\"",
                        cmp(AttributePath.of("meta", "lastModified"), Operator.GT,
                                "2011-05-13T04:42:34Z")),
                Arguments.of("title pr and userType eq \"Employee\"", and(pr("title"), employee)),
                Arguments.of("title pr or userType eq \"Intern\"",
                        or(pr("title"), eq("userType", "Intern"))),
                Arguments.of("schemas eq \"" + ENTERPRISE_USER + "\"",
                        eq("schemas", ENTERPRISE_USER)),
                Arguments.of("userType eq \"Employee\" and (emails co \"example.com\" or "
                        + "emails.value co \"example.org\")",
                        and(employee, or(emailsCo, emailValueCo))),
                Arguments.of("userType ne \"Employee\" and not (emails co \"example.com\" or "
                        + "emails.value co \"example.org\")",
                        and(cmp("userType", Operator.NE, "Employee"),
                                not(or(emailsCo, emailValueCo)))),
                Arguments.of("userType eq \"Employee\" and (emails.type eq \"work\")",
                        and(employee, cmp(AttributePath.of("emails", "type"), Operator.EQ,
                                "work"))),
                Arguments.of("userType eq \"Employee\" and emails[type eq \"work\" and "
                        + "value co \"@example.com\"]",
                        and(employee, valuePath("emails",
                                and(eq("type", "work"),
                                        cmp("value", Operator.CO, "@example.com"))))),
                Arguments.of("emails[type eq \"work\" and value co \"@example.com\"] or "
                        + "ims[type eq \"xmpp\" and value co \"@foo.com\"]",
                        or(valuePath("emails", and(eq("type", "work"),
                                        cmp("value", Operator.CO, "@example.com"))),
                                valuePath("ims", and(eq("type", "xmpp"),
                                        cmp("value", Operator.CO, "@foo.com"))))));
    }

    @ParameterizedTest
    @MethodSource("rfcExamples")
    void parsesTheRfcExamples(String filter, Filter expected) {
        assertEquals(expected, FilterParser.parse(filter));
    }

    // ---- Value paths ----

    static Stream<Arguments> valuePaths() {
        Filter work = eq("type", "work");
        return Stream.of(
                Arguments.of("emails[type eq \"work\"]", valuePath("emails", work)),
                Arguments.of("emails[ type eq \"work\" ]", valuePath("emails", work)),
                Arguments.of("emails[type eq \"work\" and value co \"@x\"]",
                        valuePath("emails", and(work, cmp("value", Operator.CO, "@x")))),
                Arguments.of("emails[type eq \"work\" or primary eq true]",
                        valuePath("emails", or(work, eq("primary", Boolean.TRUE)))),
                Arguments.of("emails[not (type eq \"work\")]", valuePath("emails", not(work))),
                Arguments.of("emails[(type eq \"work\" or type eq \"home\") and primary pr]",
                        valuePath("emails", and(or(work, eq("type", "home")), pr("primary")))),
                Arguments.of("emails[type eq \"work\"] and userName pr",
                        and(valuePath("emails", work), pr("userName"))),
                Arguments.of("not (emails[type eq \"work\"])", not(valuePath("emails", work))),
                Arguments.of(CORE_USER + ":emails[type eq \"work\"]",
                        new ValuePath(new AttributePath(CORE_USER, "emails", null), work)),
                Arguments.of("members[$ref pr]", valuePath("members", pr("$ref"))));
    }

    @ParameterizedTest
    @MethodSource("valuePaths")
    void parsesValuePaths(String filter, Filter expected) {
        assertEquals(expected, FilterParser.parse(filter));
    }

    // ---- Syntax errors ----

    static Stream<Arguments> syntaxErrors() {
        String urnColon = CORE_USER + ":";
        return Stream.of(
                Arguments.of("", 0, "filter is empty"),
                Arguments.of("  \t ", 0, "filter is empty"),
                Arguments.of("userName equals \"x\"", 9,
                        "expected a comparison operator after 'userName' but found 'equals'"),
                Arguments.of("userName", 8, "expected a comparison operator after 'userName'"
                        + " but found the end of the filter"),
                Arguments.of("user name eq 1", 5,
                        "expected a comparison operator after 'user' but found 'name'"),
                Arguments.of("x \u017fw \"a\"", 2,
                        "expected a comparison operator after 'x' but found '\u017fw'"),
                Arguments.of("userName eq", 11, "expected a comparison value (a string, number,"
                        + " true, false or null) after 'eq' but found the end of the filter"),
                Arguments.of("userName eq bjensen", 12,
                        "expected a comparison value (a string, number, true, false or null)"),
                Arguments.of("userName eq 'bjensen'", 12, "but found ''bjensen''"),
                Arguments.of("x eq tru", 5, "expected a comparison value"),
                Arguments.of("x eq (1)", 5, "expected a comparison value"),
                Arguments.of("userName eq \"bjensen", 20, "unterminated string (opened at"
                        + " position 12): expected a closing '\"' but found the end of the filter"),
                Arguments.of("userName eq \"bjensen\\\"", 22, "unterminated string"),
                Arguments.of("userName eq \"a\\", 15, "unterminated string"),
                Arguments.of("userName eq \"a\\x\"", 14,
                        "invalid escape in string: expected one of"),
                Arguments.of("userName eq \"\\u12G4\"", 13,
                        "expected four hex digits after '\\u' but found '12G4'"),
                Arguments.of("userName eq \"\\u12\"", 13, "expected four hex digits"),
                Arguments.of("userName eq \"\\u\u0663\u0663\u0663\u0663\"", 13,
                        "expected four hex digits"),
                Arguments.of("userName eq \"a\tb\"", 14, "raw control character '\\u0009'"),
                Arguments.of("userName eq \"a\nb\"", 14, "raw control character '\\u000a'"),
                Arguments.of("userName eq +1", 12, "expected a JSON number but found '+1'"),
                Arguments.of("x eq .5", 5, "expected a JSON number but found '.5'"),
                Arguments.of("x eq 01", 5, "expected a JSON number"),
                Arguments.of("x eq 1.", 5, "expected a JSON number"),
                Arguments.of("x eq 1e", 5, "expected a JSON number"),
                Arguments.of("x eq 1e+", 5, "expected a JSON number"),
                Arguments.of("x eq -", 5, "expected a JSON number"),
                Arguments.of("x eq --1", 5, "expected a JSON number"),
                Arguments.of("x eq 1.5.2", 5, "expected a JSON number"),
                Arguments.of("x eq 0x1F", 5, "expected a JSON number"),
                Arguments.of("x eq 1and", 5, "expected a JSON number"),
                Arguments.of("x eq 1e2147483648", 5, "number '1e2147483648' is out of range"),
                Arguments.of("x eq 1e-5000", 5, "is out of range"),
                Arguments.of("(userName pr", 12, "missing ')' to close the '(' at position 0:"
                        + " found the end of the filter"),
                Arguments.of("((a pr)", 7, "missing ')' to close the '(' at position 0"),
                Arguments.of("(a pr b pr)", 6, "expected 'and', 'or' or ')' but found 'b'"),
                Arguments.of("(a pr]", 5, "expected 'and', 'or' or ')' but found ']'"),
                Arguments.of("userName pr)", 11, "unexpected text after the end of the filter:"
                        + " expected 'and' or 'or' but found ')'"),
                Arguments.of("userName pr userName pr", 12,
                        "unexpected text after the end of the filter"),
                Arguments.of("a pr xor b pr", 5, "but found 'xor'"),
                Arguments.of("title pr \"x\"", 9, "but found '\"x\"'"),
                Arguments.of("not userName pr", 4,
                        "expected '(' after 'not' but found 'userName'"),
                Arguments.of("NOT", 3, "expected '(' after 'NOT' but found the end"),
                Arguments.of("and userName pr", 0,
                        "expected an attribute path, '(' or 'not' but found 'and'"),
                Arguments.of("userName pr and", 15, "expected an attribute path, '(' or 'not'"
                        + " but found the end of the filter"),
                Arguments.of("userName pr or or title pr", 15, "but found 'or'"),
                Arguments.of("()", 1, "expected an attribute path, '(' or 'not' but found ')'"),
                Arguments.of(")", 0, "but found ')'"),
                Arguments.of("\"userName\" eq \"x\"", 0, "but found '\"userName\"'"),
                Arguments.of("[type eq 1]", 0, "but found '['"),
                Arguments.of("1abc eq 1", 0, "expected an attribute name but found '1abc'"),
                Arguments.of("us\u00e9r eq 1", 0, "expected an attribute name"),
                Arguments.of(".name eq 1", 0, "expected an attribute name but found nothing"),
                Arguments.of("name.familyName.x eq 1", 5,
                        "expected a sub-attribute name after '.' but found 'familyName.x'"),
                Arguments.of("name. eq 1", 5, "after '.' but found nothing"),
                Arguments.of("name.$refs eq 1", 5, "expected a sub-attribute name"),
                Arguments.of("foo:bar eq 1", 0,
                        "expected a schema URI before the last ':' but found 'foo'"),
                Arguments.of("urn:a::userName pr", 0, "expected a schema URI"),
                Arguments.of("1urn:a:userName pr", 0, "expected a schema URI"),
                Arguments.of(urnColon + " pr", urnColon.length(),
                        "expected an attribute name but found nothing"),
                Arguments.of("emails[type eq \"work\"].value eq \"x\"", 22,
                        "sub-attribute after a value filter is only allowed in a PATCH path"),
                Arguments.of("emails[type[value eq 1] eq 2]", 11,
                        "found '[' inside '[...]': value filters cannot be nested"),
                Arguments.of("emails[(type[value eq 1] pr)]", 12, "cannot be nested"),
                Arguments.of("emails[type eq \"work\"", 21,
                        "missing ']' to close the '[' at position 6"),
                Arguments.of("emails[type eq \"work\")", 21,
                        "expected 'and', 'or' or ']' but found ')'"),
                Arguments.of("emails[]", 7,
                        "expected a sub-attribute name, '(' or 'not' but found ']'"),
                Arguments.of("emails[name.x eq 1]", 7,
                        "expected a sub-attribute name inside '[...]' but found 'name.x'"),
                Arguments.of("emails[" + urnColon + "type eq 1]", 7, "inside '[...]'"),
                Arguments.of("name.givenName[x eq 1]", 0, "expected an attribute without a"
                        + " sub-attribute before '[' but found 'name.givenName'"),
                Arguments.of("emails [type eq \"work\"]", 6,
                        "expected '[' right after 'emails' but found a space"),
                Arguments.of("emails[type eq \"work\"] pr", 23, "unexpected text"),
                Arguments.of("emails[type eq \"work\"]]", 22, "but found ']'"));
    }

    @ParameterizedTest
    @MethodSource("syntaxErrors")
    void rejectsSyntaxErrorsWithPositionAndMessage(String filter, int position, String fragment) {
        FilterSyntaxException e =
                assertThrows(FilterSyntaxException.class, () -> FilterParser.parse(filter));
        assertTrue(e.getMessage().contains(fragment),
                () -> "message '" + e.getMessage() + "' lacks '" + fragment + "'");
        assertEquals(position, e.position(), e::getMessage);
        assertTrue(e.getMessage().endsWith(" at position " + position), e::getMessage);
    }

    @Test
    void rejectsNull() {
        assertEquals("filter is null at position 0",
                assertThrows(FilterSyntaxException.class, () -> FilterParser.parse(null))
                        .getMessage());
        assertEquals("path is null at position 0",
                assertThrows(FilterSyntaxException.class, () -> FilterParser.parsePath(null))
                        .getMessage());
    }

    // ---- Limits ----

    @Test
    void acceptsFiltersUpToMaxLength() {
        String prefix = "userName eq \"";
        String value = "x".repeat(FilterParser.MAX_LENGTH - prefix.length() - 1);
        String filter = prefix + value + "\"";
        assertEquals(FilterParser.MAX_LENGTH, filter.length());
        assertEquals(eq("userName", value), FilterParser.parse(filter));
    }

    @Test
    void rejectsFiltersLongerThanMaxLength() {
        String filter = "userName pr" + " ".repeat(FilterParser.MAX_LENGTH);
        FilterSyntaxException e =
                assertThrows(FilterSyntaxException.class, () -> FilterParser.parse(filter));
        assertEquals(FilterParser.MAX_LENGTH, e.position());
        assertTrue(e.getMessage().contains("filter is longer than 4096 characters"));
        assertThrows(FilterSyntaxException.class, () -> FilterParser.parsePath(filter));
    }

    @Test
    void acceptsNestingUpToMaxDepth() {
        int depth = FilterParser.MAX_DEPTH;
        assertEquals(pr("a"), FilterParser.parse("(".repeat(depth) + "a pr" + ")".repeat(depth)));

        Filter expected = pr("a");
        for (int i = 0; i < depth; i++) {
            expected = not(expected);
        }
        assertEquals(expected,
                FilterParser.parse("not (".repeat(depth) + "a pr" + ")".repeat(depth)));

        String brackets = "(".repeat(depth - 1) + "emails[type pr]" + ")".repeat(depth - 1);
        assertEquals(valuePath("emails", pr("type")), FilterParser.parse(brackets));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(", "not (", "not(", "a pr and ("})
    void rejectsNestingBeyondMaxDepth(String opener) {
        int depth = FilterParser.MAX_DEPTH + 1;
        String filter = opener.repeat(depth) + "a pr" + ")".repeat(depth);
        FilterSyntaxException e =
                assertThrows(FilterSyntaxException.class, () -> FilterParser.parse(filter));
        assertTrue(e.getMessage().contains("filter is nested too deeply"), e::getMessage);
        assertEquals(filter.lastIndexOf('('), e.position());
    }

    @Test
    void rejectsDeepUnclosedNestingWithoutOverflowingTheStack() {
        String filter = "(".repeat(FilterParser.MAX_LENGTH);
        FilterSyntaxException e =
                assertThrows(FilterSyntaxException.class, () -> FilterParser.parse(filter));
        assertEquals(FilterParser.MAX_DEPTH, e.position());
    }

    @Test
    void parsesLongFlatChainsIteratively() {
        String filter = "a pr" + " and a pr".repeat((FilterParser.MAX_LENGTH - 4) / 9);
        Filter parsed = FilterParser.parse(filter);
        assertInstanceOf(And.class, parsed);
        assertEquals(pr("a"), ((And) parsed).right());
    }

    // ---- PATCH paths ----

    static Stream<Arguments> patchPaths() {
        Filter work = eq("type", "work");
        return Stream.of(
                Arguments.of("userName", new PatchPath(path("userName"), null, null)),
                Arguments.of("name.givenName",
                        new PatchPath(new AttributePath(null, "name", "givenName"), null, null)),
                Arguments.of("  name.givenName\t",
                        new PatchPath(AttributePath.of("name", "givenName"), null, null)),
                Arguments.of("emails[type eq \"work\"].value",
                        new PatchPath(new AttributePath(null, "emails", null), work, "value")),
                Arguments.of("emails[type eq \"work\"]", new PatchPath(path("emails"), work, null)),
                Arguments.of("members[value eq \"2819c223\"]",
                        new PatchPath(path("members"), eq("value", "2819c223"), null)),
                Arguments.of("members[value eq \"2819c223\"].$ref",
                        new PatchPath(path("members"), eq("value", "2819c223"), "$ref")),
                Arguments.of("addresses[type eq \"work\" and primary eq true].streetAddress",
                        new PatchPath(path("addresses"),
                                and(work, eq("primary", Boolean.TRUE)), "streetAddress")),
                Arguments.of("emails[not (type eq \"work\")].display",
                        new PatchPath(path("emails"), not(work), "display")),
                Arguments.of(ENTERPRISE_USER + ":employeeNumber",
                        new PatchPath(new AttributePath(ENTERPRISE_USER, "employeeNumber", null),
                                null, null)),
                Arguments.of(ENTERPRISE_USER + ":manager.value",
                        new PatchPath(new AttributePath(ENTERPRISE_USER, "manager", "value"),
                                null, null)),
                Arguments.of(CORE_USER + ":userName",
                        new PatchPath(new AttributePath(CORE_USER, "userName", null), null, null)),
                Arguments.of(CORE_USER + ":emails[type eq \"work\"].value",
                        new PatchPath(new AttributePath(CORE_USER, "emails", null), work,
                                "value")));
    }

    @ParameterizedTest
    @MethodSource("patchPaths")
    void parsesPatchPaths(String text, PatchPath expected) {
        assertEquals(expected, FilterParser.parsePath(text));
    }

    static Stream<Arguments> patchPathErrors() {
        return Stream.of(
                Arguments.of("", 0, "path is empty"),
                Arguments.of(" ", 0, "path is empty"),
                Arguments.of("name.givenName extra", 15,
                        "unexpected text after the end of the path: found 'extra'"),
                Arguments.of("name givenName", 5, "found 'givenName'"),
                Arguments.of("userName eq \"x\"", 9, "found 'eq'"),
                Arguments.of("[type eq \"work\"]", 0, "expected an attribute path but found '['"),
                Arguments.of("\"name\"", 0, "expected an attribute path but found '\"name\"'"),
                Arguments.of("emails[type eq \"work\"] .value", 22,
                        "expected '.value' right after ']' but found a space"),
                Arguments.of("emails[type eq \"work\"].value.display", 23,
                        "expected a sub-attribute name after '.' but found 'value.display'"),
                Arguments.of("emails[type eq \"work\"].", 23, "after '.' but found nothing"),
                Arguments.of("emails[type eq \"work\"]value", 22, "unexpected text after the end"
                        + " of the path: expected '.' and a sub-attribute name but found 'value'"),
                Arguments.of("emails[type eq \"work\"].value[type pr]", 28,
                        "unexpected text after the end of the path: found '['"),
                Arguments.of("emails[type eq \"work\"", 21, "missing ']'"),
                Arguments.of("emails[]", 7, "expected a sub-attribute name, '(' or 'not'"),
                Arguments.of("emails [type pr]", 6, "expected '[' right after 'emails'"),
                Arguments.of("name.givenName[type pr]", 0,
                        "expected an attribute without a sub-attribute before '['"),
                Arguments.of("emails[type[value pr] pr].value", 11, "cannot be nested"),
                Arguments.of("emails[type eq \"work\"].1x", 23, "expected a sub-attribute name"),
                Arguments.of("foo:bar", 0, "expected a schema URI"));
    }

    @ParameterizedTest
    @MethodSource("patchPathErrors")
    void rejectsBadPatchPaths(String text, int position, String fragment) {
        FilterSyntaxException e =
                assertThrows(FilterSyntaxException.class, () -> FilterParser.parsePath(text));
        assertTrue(e.getMessage().contains(fragment),
                () -> "message '" + e.getMessage() + "' lacks '" + fragment + "'");
        assertEquals(position, e.position(), e::getMessage);
    }

    // ---- Robustness: nothing but FilterSyntaxException, whatever the input ----

    private static final String[] FRAGMENTS = {
        "a", "emails", "name.familyName", "eq", "pr", "and", "or", "not", "gt", "(", ")", "[",
        "]", "\"", "\"x\"", "\\", "\\u", "\\u00", ".", ":", "urn:x:", "$ref", " ", " ", "\t", "1",
        "-", "e", "E", "+", "0", ".5", "1e999", "true", "null", "\u00e9", "\u0000", "\n", "\u017f",
        "{", "'", "\ud83d", "\ude00"
    };

    private static final List<String> VALID = List.of(
            "userName eq \"bjensen\"",
            "a eq 1 or b eq 2 and c eq 3",
            "not (a pr) and (b ge -1.5e3 or c eq true)",
            "emails[type eq \"work\" and value co \"@x\"] or ims[type eq \"xmpp\"]",
            CORE_USER + ":name.familyName co \"O\\u0027Malley\\n\"",
            ENTERPRISE_USER + ":manager.value eq null",
            "emails[type eq \"work\"].value",
            "members[value eq \"2819c223\"]");

    @Test
    void randomGarbageOnlyEverThrowsFilterSyntaxException() {
        Random random = new Random(20240607L);
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            int count = random.nextInt(30);
            for (int j = 0; j < count; j++) {
                text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            assertParsesOrRejects(text.toString());
        }
        for (int i = 0; i < 1000; i++) {
            char[] chars = new char[random.nextInt(40)];
            for (int j = 0; j < chars.length; j++) {
                chars[j] = (char) (random.nextBoolean() ? random.nextInt(0x80)
                        : random.nextInt(Character.MAX_VALUE + 1));
            }
            assertParsesOrRejects(new String(chars));
        }
    }

    @Test
    void randomMutationsOfValidFiltersOnlyEverThrowFilterSyntaxException() {
        Random random = new Random(7644L);
        int accepted = 0;
        int rejected = 0;
        for (int i = 0; i < 4000; i++) {
            StringBuilder text = new StringBuilder(VALID.get(random.nextInt(VALID.size())));
            int mutations = 1 + random.nextInt(4);
            for (int m = 0; m < mutations; m++) {
                mutate(text, random);
            }
            if (assertParsesOrRejects(text.toString())) {
                accepted++;
            } else {
                rejected++;
            }
        }
        // Guards the test itself: mutations should neither all fail nor all pass.
        assertTrue(accepted > 0 && rejected > 0, accepted + " accepted, " + rejected + " rejected");
    }

    private static void mutate(StringBuilder text, Random random) {
        int at = random.nextInt(text.length() + 1);
        switch (random.nextInt(5)) {
            case 0 -> {
                if (at < text.length()) {
                    text.deleteCharAt(at);
                }
            }
            case 1 -> text.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            case 2 -> {
                if (at < text.length()) {
                    text.setCharAt(at, (char) (0x20 + random.nextInt(0x60)));
                }
            }
            case 3 -> text.setLength(at);
            default -> {
                int end = at + random.nextInt(text.length() - at + 1);
                text.insert(at, text.substring(at, end));
            }
        }
    }

    /** Parses as filter and as path; returns whether the filter parse succeeded. */
    private static boolean assertParsesOrRejects(String text) {
        boolean filterParsed = false;
        List<Function<String, Object>> parsers =
                List.of(FilterParser::parse, FilterParser::parsePath);
        for (Function<String, Object> parser : parsers) {
            Object result;
            try {
                result = parser.apply(text);
            } catch (FilterSyntaxException e) {
                assertTrue(e.position() >= 0 && e.position() <= text.length(),
                        () -> "position " + e.position() + " outside " + visible(text));
                continue;
            } catch (RuntimeException | StackOverflowError e) {
                fail("unexpected " + e + " for " + visible(text), e);
                return false;
            }
            assertTrue(result != null, () -> "null result for " + visible(text));
            filterParsed |= parser == parsers.get(0);
        }
        return filterParsed;
    }

    private static String visible(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : c);
        }
        return out.append('"').toString();
    }
}
