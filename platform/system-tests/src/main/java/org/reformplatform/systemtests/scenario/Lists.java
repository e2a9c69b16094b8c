package org.reformplatform.systemtests.scenario;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformplatform.systemtests.Api;

/** Every item of a paginated list ({@code items}, {@code hasNext}), page by page at the largest page size. */
final class Lists {

    private Lists() {
    }

    static List<JsonNode> all(Api.Caller caller, String service, String path) {
        List<JsonNode> items = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0; page < 1000; page++) {
            JsonNode answer = caller.get(service, path + separator + "size=200&page=" + page).expect(200).json();
            answer.path("items").forEach(items::add);
            if (!answer.path("hasNext").asBoolean(false)) {
                break;
            }
        }
        return items;
    }
}
