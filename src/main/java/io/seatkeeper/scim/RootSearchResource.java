package io.seatkeeper.scim;

import io.seatkeeper.scim.group.GroupsResource;
import io.seatkeeper.scim.query.ResourceQuery;
import io.seatkeeper.scim.user.UsersResource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code POST /.search} (RFC 7644 §3.4.3): one search over users and groups, users first.
 * A filter naming an attribute that only one of the two has searches that one only.
 */
@Path(".search")
@RequestScoped
public class RootSearchResource {

    @Inject
    UsersResource users;

    @Inject
    GroupsResource groups;

    @Operation(summary = "One search over users and groups")
    @POST
    @Consumes({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
    public Response search(byte[] body) {
        ListRequest request = ListRequest.ofSearch(ScimJson.parseObject(body));
        requireIndexPaging(request);
        ResourceQuery query = request.query();

        JsonObject userPage = orNull(() -> users.list(request));
        long userTotal = total(userPage);
        List<JsonValue> resources = new ArrayList<>(resources(userPage));
        // Groups fill what the users leave of the page; with nothing left, only their count.
        int groupStart = (int) Math.max(1, query.startIndex() - userTotal);
        int remaining = query.count() - resources.size();
        JsonObject groupPage = orNull(() -> groups.list(page(request, groupStart, remaining)));
        if (userPage == null && groupPage == null) {
            throw ScimException.badRequest(ScimType.INVALID_FILTER,
                    "The filter names attributes that neither users nor groups have");
        }
        resources.addAll(resources(groupPage));

        return ScimRequests.ok(ListResponse.of(resources.stream()
                .map(JsonValue::asJsonObject).toList(), userTotal + total(groupPage),
                query.startIndex()));
    }

    /** One resource type's page, or null when the filter does not apply to it. */
    private static JsonObject orNull(Supplier<JsonObject> page) {
        try {
            return page.get();
        } catch (ScimException e) {
            if (e.scimType() == ScimType.INVALID_FILTER) {
                return null;
            }
            throw e;
        }
    }

    private static List<JsonValue> resources(JsonObject list) {
        return list == null ? List.of() : list.getJsonArray("Resources");
    }

    private static long total(JsonObject list) {
        return list == null ? 0 : list.getJsonNumber("totalResults").longValue();
    }

    private static ListRequest page(ListRequest request, int startIndex, int count) {
        ResourceQuery query = request.query();
        return new ListRequest(new ResourceQuery(query.filter(), query.sortBy(),
                query.descending(), startIndex, count), request.attributes(),
                request.excludedAttributes());
    }

    private static void requireIndexPaging(ListRequest request) {
        if (request.query().cursorPaging()) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE,
                    "A search over all resource types is paged by startIndex only");
        }
    }
}
