package io.seatkeeper.scim.patch;

import static io.seatkeeper.scim.ScimJson.JSON;

import io.seatkeeper.scim.schema.AttributeDefinition;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * RFC 7643 §2.4: "primary" may be true for at most one value of a multi-valued attribute. When
 * an operation leaves several, the one it set last wins and the others are set to false.
 */
final class PrimaryValues {

    private static final String PRIMARY = "primary";

    private PrimaryValues() {
    }

    /** {@code touched} are the indices the operation added or changed. */
    static List<JsonValue> normalize(AttributeDefinition attribute, List<JsonValue> values,
            Set<Integer> touched) {
        if (attribute.subAttribute(PRIMARY).isEmpty()) {
            return values;
        }
        List<Integer> primaries = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (isPrimary(values.get(i))) {
                primaries.add(i);
            }
        }
        if (primaries.size() < 2) {
            return values;
        }
        int keep = winner(primaries, touched);
        List<JsonValue> result = new ArrayList<>(values);
        for (int index : primaries) {
            if (index != keep) {
                result.set(index, JSON.createObjectBuilder(values.get(index).asJsonObject())
                        .add(PRIMARY, JsonValue.FALSE).build());
            }
        }
        return result;
    }

    private static int winner(List<Integer> primaries, Set<Integer> touched) {
        int winner = primaries.get(primaries.size() - 1);
        for (int index : primaries) {
            if (touched.contains(index)) {
                winner = index;
            }
        }
        return winner;
    }

    private static boolean isPrimary(JsonValue value) {
        if (!JsonValues.isObject(value)) {
            return false;
        }
        JsonValue primary = value.asJsonObject().get(PRIMARY);
        return primary != null && primary.getValueType() == JsonValue.ValueType.TRUE;
    }
}
