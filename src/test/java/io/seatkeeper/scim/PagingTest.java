package io.seatkeeper.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PagingTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "null, null, 1, 100",
        "1, 2, 1, 2",
        "0, 10, 1, 10",
        "-5, 10, 1, 10",
        "7, -1, 7, 0",
        "1, 0, 1, 0",
        "1, 1000, 1, 100",
        "99999999999, 5, 2147483647, 5"
    })
    void readsStartIndexAndCountForgivingly(String startIndex, String count,
            int expectedStart, int expectedCount) {
        assertEquals(new Paging(expectedStart, expectedCount), Paging.of(startIndex, count));
    }

    @ParameterizedTest
    @CsvSource({"one, 1", "1, ten", "1.5, 1"})
    void nonIntegersAreInvalidValues(String startIndex, String count) {
        ScimException e = assertThrows(ScimException.class, () -> Paging.of(startIndex, count));

        assertEquals(400, e.status());
        assertEquals(ScimType.INVALID_VALUE, e.scimType());
    }
}
