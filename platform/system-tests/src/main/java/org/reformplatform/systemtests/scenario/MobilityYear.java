package org.reformplatform.systemtests.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformplatform.systemtests.Api;
import org.reformplatform.systemtests.Tokens;

/**
 * Mobility over a year (创新创业实施意见): arrangements in all four forms for university-a's
 * researchers, with enterprise-b as host where the form needs one; special posts of all six kinds,
 * filled by researchers or by enterprise talent that enters on them; a deferral and a start-up
 * milestone on leave to found; two secondments ended and reviewed on results.
 */
final class MobilityYear {

    static final String PROGRAMME = "mobility";
    private static final List<String> KINDS = List.of("PROJECT_MANAGER", "ACHIEVEMENT_PROMOTION_SPECIALIST", "TECHNOLOGY_MANAGER",
            "INDUSTRY_MENTOR", "ENTERPRISE_PROFESSOR", "ENTREPRENEURSHIP_MENTOR");
    /** Kinds whose first post is filled by an enterprise-talent arrangement rather than directly. */
    private static final List<String> FILLED_BY_TALENT = List.of("INDUSTRY_MENTOR", "ENTERPRISE_PROFESSOR");

    private final ProgrammeYear year;
    private final Arrangements arrangements;
    private final Map<UUID, String> formOf = new LinkedHashMap<>();
    private final Map<UUID, String> statusOf = new LinkedHashMap<>();
    private final Map<UUID, String> outcomeOf = new LinkedHashMap<>();
    private final Map<UUID, String> postKind = new LinkedHashMap<>();
    private final Map<UUID, String> postStatus = new LinkedHashMap<>();
    private int researchers;

    MobilityYear(ProgrammeYear year) {
        this.year = year;
        this.arrangements = new Arrangements(year.api());
    }

    void send() {
        arrangements.policyInForce();
        Api.Caller institution = year.api().as(Tokens.UNIVERSITY_A);
        Map<String, UUID> firstPostOf = new LinkedHashMap<>();
        for (String kind : KINDS) {
            for (int n = 1; n <= 2; n++) {
                JsonNode post = institution.post("mobility", "/v1/posts", Map.of("kind", kind,
                        "title", kind.toLowerCase().replace('_', ' ') + " " + n + " (" + year.label() + ")"),
                        Map.of("Idempotency-Key", year.key("post/" + kind + "/" + n))).expectSuccess().json();
                UUID id = UUID.fromString(post.path("id").asText());
                postKind.put(id, kind);
                postStatus.put(id, "vacant");
                if (n == 1) {
                    firstPostOf.put(kind, id);
                }
            }
        }
        for (String kind : KINDS) {
            if (!FILLED_BY_TALENT.contains(kind)) {
                UUID holder = researcher();
                institution.post("mobility", "/v1/posts/" + firstPostOf.get(kind) + "/filling", Map.of("researcherId", holder.toString(),
                        "holderName", nameOf(holder), "since", year.today().minusDays(90).toString())).expect(200);
                postStatus.put(firstPostOf.get(kind), "filled");
            }
        }
        LocalDate startsOn = year.today().minusDays(200);
        LocalDate endsOn = startsOn.plusMonths(20);
        UUID founderWithDeferral = arrange("LEAVE_TO_FOUND", null, null, startsOn, endsOn);
        arrange("LEAVE_TO_FOUND", null, null, startsOn.plusDays(30), endsOn);
        Api.Caller operator = year.api().as(Tokens.OPERATOR);
        operator.post("mobility", "/v1/arrangements/" + founderWithDeferral + "/deferral", Map.of("months", 6,
                "reason", "Series A closing; the start-up needs its founder six more months")).expect(200);
        operator.post("mobility", "/v1/arrangements/" + founderWithDeferral + "/milestones", Map.of("milestone", "Company registered",
                "reachedOn", startsOn.plusDays(40).toString())).expect(200);
        for (int n = 0; n < 3; n++) {
            arrange("PART_TIME_INNOVATION", null, null, startsOn.plusDays(10L * n), endsOn);
        }
        // Two secondments whose nine-month terms are over, completed and reviewed on results; a third still running.
        LocalDate earlier = year.today().minusDays(320);
        UUID exceeded = arrange("SECONDMENT", Arrangements.ENTERPRISE, null, earlier, earlier.plusMonths(9));
        UUID met = arrange("SECONDMENT", Arrangements.ENTERPRISE, null, earlier.plusDays(20), earlier.plusMonths(9));
        arrange("SECONDMENT", Arrangements.ENTERPRISE, null, startsOn.plusDays(40), startsOn.plusMonths(18));
        arrangements.complete(exceeded, earlier.plusMonths(9), "EXCEEDED", List.of(Map.of("kind", "PATENT", "title", "Adaptive grasping controller, filed"),
                Map.of("kind", "PRODUCT", "title", "Sorting line in production at the host")));
        arrangements.complete(met, earlier.plusMonths(9), "MET", List.of(Map.of("kind", "PAPER", "title", "Joint paper with the host's R&D team")));
        for (UUID id : List.of(exceeded, met)) {
            statusOf.put(id, "ended");
        }
        outcomeOf.put(exceeded, "EXCEEDED");
        outcomeOf.put(met, "MET");
        for (String kind : FILLED_BY_TALENT) {
            arrange("ENTERPRISE_TALENT", Arrangements.ENTERPRISE, firstPostOf.get(kind), startsOn.plusDays(60), startsOn.plusMonths(30));
            postStatus.put(firstPostOf.get(kind), "filled");
        }
    }

    private UUID arrange(String form, String enterprise, UUID postId, LocalDate startsOn, LocalDate endsOn) {
        UUID researcher = researcher();
        UUID id = arrangements.activate(form, researcher, nameOf(researcher), enterprise, postId, startsOn, endsOn,
                year.key("arrangement/" + researcher));
        formOf.put(id, form);
        statusOf.put(id, "active");
        return id;
    }

    private UUID researcher() {
        return year.id("researcher/" + (++researchers));
    }

    private String nameOf(UUID researcher) {
        return "Researcher " + researcher.toString().substring(0, 8);
    }

    void check(Figures figures) {
        Map<String, Long> expectedForms = AdmissionsYear.countValues(formOf.values());
        Map<String, Long> expectedStatuses = AdmissionsYear.countValues(statusOf.values());
        Map<String, Long> expectedOutcomes = AdmissionsYear.countValues(outcomeOf.values());
        List<JsonNode> rows = Eventually.read(this::arrangementRows, found -> AdmissionsYear.countValues(
                found.stream().map(r -> r.path("status").asText()).toList()).equals(expectedStatuses)
                && outcomes(found).equals(expectedOutcomes));
        figures.add(PROGRAMME, "arrangements by form (all four forms)", expectedForms,
                AdmissionsYear.countValues(rows.stream().map(r -> r.path("form").asText()).toList()));
        figures.add(PROGRAMME, "arrangements by status", expectedStatuses,
                AdmissionsYear.countValues(rows.stream().map(r -> r.path("status").asText()).toList()));
        figures.add(PROGRAMME, "secondments reviewed on results", expectedOutcomes, outcomes(rows));
        long deferred = rows.stream().filter(r -> !r.path("deferredUntil").isNull() && !r.path("deferredUntil").isMissingNode()).count();
        figures.add(PROGRAMME, "leave to found with a deferral", 1, deferred);

        Map<String, String> expectedPosts = postsByKind(postKind, postStatus);
        Map<String, String> posts = Eventually.read(this::postRows, expectedPosts::equals);
        figures.add(PROGRAMME, "special posts by kind (all six kinds)", expectedPosts, posts);
        long kindsHeld = Eventually.read(this::kindsWithHolder, n -> n == KINDS.size());
        figures.add(PROGRAMME, "post kinds with a holder at university-a (counts read model)", KINDS.size(), kindsHeld);
    }

    private List<JsonNode> arrangementRows() {
        List<JsonNode> rows = new ArrayList<>();
        Api.Caller analyst = year.api().as(Tokens.ANALYST);
        for (int n = 1; n <= researchers; n++) {
            for (JsonNode row : Lists.all(analyst, "mobility", "/v1/arrangements?researcherId=" + year.id("researcher/" + n))) {
                if (formOf.containsKey(UUID.fromString(row.path("id").asText()))) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static Map<String, Long> outcomes(List<JsonNode> rows) {
        return AdmissionsYear.countValues(rows.stream().map(r -> r.path("reviewOutcome")).filter(o -> o.isTextual())
                .map(JsonNode::asText).toList());
    }

    private Map<String, String> postRows() {
        Map<UUID, String> kinds = new LinkedHashMap<>();
        Map<UUID, String> statuses = new LinkedHashMap<>();
        for (JsonNode row : Lists.all(year.api().as(Tokens.ANALYST), "mobility", "/v1/posts?institution=" + Arrangements.INSTITUTION)) {
            UUID id = UUID.fromString(row.path("id").asText());
            if (postKind.containsKey(id)) {
                kinds.put(id, row.path("kind").asText());
                statuses.put(id, row.path("status").asText());
            }
        }
        return postsByKind(kinds, statuses);
    }

    private static Map<String, String> postsByKind(Map<UUID, String> kinds, Map<UUID, String> statuses) {
        Map<String, int[]> counts = new TreeMap<>();
        kinds.forEach((id, kind) -> counts.computeIfAbsent(kind, k -> new int[2])[statuses.get(id).equals("filled") ? 0 : 1]++);
        Map<String, String> shown = new TreeMap<>();
        counts.forEach((kind, c) -> shown.put(kind, c[0] + " filled/" + c[1] + " vacant"));
        return shown;
    }

    private long kindsWithHolder() {
        JsonNode counts = year.api().as(Tokens.ANALYST).get("mobility", "/v1/posts/counts?institution=" + Arrangements.INSTITUTION)
                .expect(200).json();
        long n = 0;
        for (JsonNode kind : counts.path("kinds")) {
            if (kind.path("filled").asLong() > 0) {
                n++;
            }
        }
        return n;
    }
}
