package io.seatkeeper.scim.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.seatkeeper.scim.ScimException;
import io.seatkeeper.scim.ScimRequests;
import io.seatkeeper.scim.ScimType;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the filter parser as the server reaches it: the {@code filter} parameter of a list
 * or search request, and a PATCH path. Whatever the text, the answer is a tree or a refusal
 * the client is told about (400 invalidFilter); any other exception fails the test. A parsed
 * filter, written back out, must parse to the same tree.
 *
 * <p>Without JAZZER_FUZZ set this replays the inputs under {@code FilterParserFuzzTestInputs}
 * in the test resources; README.md, "Fuzzing", says how to fuzz it.
 */
class FilterParserFuzzTest {

    @FuzzTest(maxDuration = "5m")
    @DictionaryFile(resourcePath = "filter.dict")
    void filterParsesOrIsRefused(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);

        checkFilter(text);
        checkPath(text);
    }

    private static void checkFilter(String text) {
        Filter filter;
        try {
            filter = ScimRequests.filter(text);
        } catch (ScimException refused) {
            assertEquals(400, refused.status());
            assertEquals(ScimType.INVALID_FILTER, refused.scimType());
            return;
        }
        if (filter == null) {
            assertTrue(text.isBlank(), "only a blank filter means no filter");
            return;
        }
        String printed = FilterPrinter.print(filter);
        // Written out, a filter may be longer than it was sent: 1e5 becomes 1E+5.
        if (printed.length() <= FilterParser.MAX_LENGTH) {
            assertEquals(filter, FilterParser.parse(printed), printed);
        }
    }

    private static void checkPath(String text) {
        try {
            assertNotNull(FilterParser.parsePath(text));
        } catch (FilterSyntaxException refused) {
            int position = refused.position();
            assertTrue(position >= 0 && position <= text.length(), refused.getMessage());
        }
    }
}
