package io.seatkeeper.scim.patch;

import static io.seatkeeper.scim.schema.AttributeDefinition.binary;
import static io.seatkeeper.scim.schema.AttributeDefinition.bool;
import static io.seatkeeper.scim.schema.AttributeDefinition.complex;
import static io.seatkeeper.scim.schema.AttributeDefinition.dateTime;
import static io.seatkeeper.scim.schema.AttributeDefinition.decimal;
import static io.seatkeeper.scim.schema.AttributeDefinition.integer;
import static io.seatkeeper.scim.schema.AttributeDefinition.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.seatkeeper.scim.ScimException;
import io.seatkeeper.scim.ScimType;
import io.seatkeeper.scim.filter.AttributePath;
import io.seatkeeper.scim.filter.Filter;
import io.seatkeeper.scim.filter.FilterParser;
import io.seatkeeper.scim.filter.Operator;
import io.seatkeeper.scim.schema.AttributeDefinition;
import io.seatkeeper.scim.schema.ScimSchemas;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FilterEvaluatorTest {

    private static final AttributeDefinition EMAILS =
            ScimSchemas.USER.attribute("emails").orElseThrow();

    /** One sub-attribute of every type, to cover the comparison rules of RFC 7644 §3.4.2.2. */
    private static final AttributeDefinition THINGS = complex("things", "Test values",
            string("code", "Case-exact text").caseExact(),
            integer("rank", "Whole number"),
            decimal("weight", "Real number"),
            dateTime("since", "Point in time"),
            bool("flag", "Yes or no"),
            binary("blob", "Base64 data"))
            .multiValued().build();

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "type eq 'work'                  | {'type':'work'}                 | true",
        "type eq 'work'                  | {'type':'WORK'}                 | true",
        "type eq 'work'                  | {'type':'home'}                 | false",
        "type eq 'work'                  | {}                              | false",
        "type ne 'work'                  | {'type':'home'}                 | true",
        "type ne 'work'                  | {}                              | true",
        "value co '@Example'             | {'value':'a@example.com'}       | true",
        "value sw 'A@'                   | {'value':'a@example.com'}       | true",
        "value ew '.org'                 | {'value':'a@example.com'}       | false",
        "value gt 'a'                    | {'value':'b@example.com'}       | true",
        "value lt 'a'                    | {'value':'b@example.com'}       | false",
        "primary eq true                 | {'primary':true}                | true",
        "primary eq true                 | {'primary':false}               | false",
        "primary eq true                 | {}                              | false",
        "primary ne true                 | {'primary':false}               | true",
        "type pr                         | {'type':'work'}                 | true",
        "type pr                         | {'type':''}                     | false",
        "type pr                         | {}                              | false",
        "type eq null                    | {}                              | true",
        "type ne null                    | {'type':'work'}                 | true",
        "type eq 'work' and primary eq true | {'type':'work','primary':true} | true",
        "type eq 'work' and primary eq true | {'type':'work'}               | false",
        "type eq 'home' or primary eq true  | {'type':'work','primary':true} | true",
        "not (type eq 'work')            | {'type':'work'}                 | false",
        "not (type eq 'work')            | {'type':'home'}                 | true",
    })
    void evaluatesEmailFilters(String filter, String element, boolean expected) {
        assertEquals(expected, matches(filter, EMAILS, element));
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "code eq 'ABC'                              | {'code':'ABC'}                  | true",
        "code eq 'ABC'                              | {'code':'abc'}                  | false",
        "code co 'b'                                | {'code':'ABC'}                  | false",
        "rank gt 5                                  | {'rank':7}                      | true",
        "rank le 5                                  | {'rank':7}                      | false",
        "rank ge 7                                  | {'rank':7}                      | true",
        "weight eq 1.50                             | {'weight':1.5}                  | true",
        "weight lt 2                                | {'weight':1.5}                  | true",
        "since eq '2024-01-01T00:00:00Z'            | {'since':'2024-01-01T02:00:00+02:00'} | true",
        "since gt '2024-01-01T00:00:00Z'            | {'since':'2024-01-01T00:30:00Z'} | true",
        "since lt '2024-01-01T00:00:00Z'            | {'since':'2024-01-01T00:30:00Z'} | false",
        "since ge '2024-01-01T00:00:00Z'            | {'since':'not a date'}          | false",
        "flag eq false                              | {'flag':false}                  | true",
        "flag eq 'TRUE'                             | {'flag':true}                   | true",
        "blob eq 'QUJD'                             | {'blob':'QUJD'}                 | true",
        "blob eq 'qujd'                             | {'blob':'QUJD'}                 | false",
    })
    void comparesByType(String filter, String element, boolean expected) {
        assertEquals(expected, matches(filter, THINGS, element));
    }

    @Test
    void acceptsPathsQualifiedWithTheAttributeName() {
        Filter filter = new Filter.Comparison(AttributePath.of("emails", "type"), Operator.EQ,
                "work");

        assertEquals(true, FilterEvaluator.matches(filter, EMAILS, json("{'type':'work'}")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "flag gt true               | INVALID_FILTER",
        "blob lt 'QUJD'             | INVALID_FILTER",
        "rank co '1'                | INVALID_FILTER",
        "flag sw 't'                | INVALID_FILTER",
        "since eq 'yesterday'       | INVALID_FILTER",
        "code gt null               | INVALID_FILTER",
        "unknown eq 'x'             | INVALID_PATH",
    })
    void rejectsComparisonsTheTypeDoesNotAllow(String filter, ScimType expected) {
        ScimException e = assertThrows(ScimException.class,
                () -> matches(filter, THINGS, "{'code':'a','rank':1,'flag':true,'blob':'QUJD',"
                        + "'since':'2024-01-01T00:00:00Z'}"));

        assertEquals(400, e.status());
        assertEquals(expected, e.scimType());
    }

    private static boolean matches(String filter, AttributeDefinition attribute,
            String element) {
        return FilterEvaluator.matches(FilterParser.parse(filter.replace('\'', '"')), attribute,
                json(element));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }
}
