package org.reformplatform.systemtests.reliability;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformplatform.systemtests.Api;
import org.reformplatform.systemtests.LocalPlatform;
import org.reformplatform.systemtests.Tokens;
import org.reformplatform.systemtests.faults.CommandLoad;
import org.reformplatform.systemtests.faults.EventStores;

/**
 * The read models the fault load feeds, compared with the stores they are fed from (read over
 * JDBC), or, without reading whole stores, with what the load's accepted commands created
 * ({@link #differences(List)}): each list must hold exactly the items the store created, none twice; each count and sum
 * must be what the store's events add up to.
 *
 * <p>The figures are grouped by what the store holds — the kinds of mentor and post, the statuses
 * its events put the applications in, the kinds and currencies of the donations — and the API must
 * show each of them with the same value; whatever else it shows must be zero ({@link FigureTable}).
 * An event on a compared stream that this comparison does not know how to count is a difference in
 * itself, and so is a store with nothing of the run to compare: no check here passes over nothing.
 */
final class ReadModelComparison {

    private static final Set<String> MENTOR_EVENTS = Set.of("MentorRegistered", "MentorCapacityChanged", "MenteeTaken", "MenteeReleased");
    private static final Set<String> APPLICATION_EVENTS = Set.of("ApplicationSubmitted", "ApplicationVerified", "ApplicationRefused",
            "QualificationRecognised", "TitleEquivalenceRecognised");
    private static final Set<String> POST_EVENTS = Set.of("PostDefined", "PostFilled", "PostVacated");
    private static final Set<String> PARTNER_EVENTS = Set.of("PartnerRegistered", "DonationReceived");
    private static final Set<String> CHALLENGE_LIST_EVENTS = Set.of("ChallengeListPublished");

    private final Api api;
    private final EventStores stores;
    private final String tag;
    private final String partnerId;
    private final Map<String, Integer> compared = new LinkedHashMap<>();

    /**
     * @param tag       the run's affiliation, centre and institution
     * @param partnerId the run's partner in incubation, which receives the donations
     */
    ReadModelComparison(Api api, EventStores stores, String tag, String partnerId) {
        this.api = api;
        this.stores = stores;
        this.tag = tag;
        this.partnerId = partnerId;
    }

    /** Every difference between the read models and the stores, for what the fault load writes; empty when they agree. */
    List<String> differences() {
        List<String> differences = new ArrayList<>();
        mentors(new StoredItems(stores.all("admissions")), differences);
        recognitionApplications(new StoredItems(stores.all("qualification")), differences);
        posts(new StoredItems(stores.all("mobility")), differences);
        donations(new StoredItems(stores.all("incubation")), differences);
        challengeLists(new StoredItems(stores.all("evaluation")), differences);
        return differences;
    }

    /**
     * Every difference between the read models and what these accepted commands created, without
     * reading any store: the ids their answers returned and the figures their bodies add up to. The
     * run's tag and partner are its own, so its mentors, donations and challenge lists must be listed
     * exactly, and the mentor load and the portfolio must add up to the bodies sent; the run's
     * recognition applications and posts, listed under reliability-lab beside other runs', must each
     * be listed once.
     */
    List<String> differences(List<CommandLoad.Accepted> accepted) {
        List<String> differences = new ArrayList<>();
        Map<String, List<CommandLoad.Accepted>> byService = new LinkedHashMap<>();
        for (CommandLoad.Accepted command : accepted) {
            byService.computeIfAbsent(command.kind().service(), k -> new ArrayList<>()).add(command);
        }
        for (String service : LocalPlatform.SERVICES) {
            compared.put(service, byService.getOrDefault(service, List.of()).size());
            if (!byService.containsKey(service)) {
                differences.add(service + ": accepted no command: nothing to compare its read models with");
            }
        }

        List<CommandLoad.Accepted> mentors = byService.getOrDefault("admissions", List.of());
        compareIds(differences, "admissions /v1/mentors", createdIds(mentors), listed("admissions", Tokens.OPERATOR, "/v1/mentors?affiliation=" + tag), true);
        FigureTable load = new FigureTable();
        for (CommandLoad.Accepted mentor : mentors) {
            Map<?, ?> body = (Map<?, ?>) mentor.body();
            long capacity = ((Number) body.get("capacity")).longValue();
            for (String row : List.of(String.valueOf(body.get("kind")), "total")) {
                load.add(row, "mentors", 1).add(row, "capacity", capacity).add(row, "students", 0).add(row, "freePlaces", capacity);
            }
        }
        load.compareWith(mentorLoad(), "admissions /v1/mentor-load", differences);

        compareIds(differences, "qualification /v1/recognition-applications", createdIds(byService.getOrDefault("qualification", List.of())),
                listed("qualification", FaultBench.LAB, "/v1/recognition-applications?status=all"), false);
        compareIds(differences, "mobility /v1/posts", createdIds(byService.getOrDefault("mobility", List.of())),
                listed("mobility", FaultBench.LAB, "/v1/posts?institution=" + FaultBench.LAB_ORG), false);

        List<CommandLoad.Accepted> donations = byService.getOrDefault("incubation", List.of());
        compareIds(differences, "incubation /v1/partners/{id}/donations", createdIds(donations),
                listed("incubation", Tokens.OPERATOR, "/v1/partners/" + partnerId + "/donations"), true);
        FigureTable portfolio = new FigureTable();
        for (CommandLoad.Accepted donation : donations) {
            Map<?, ?> body = (Map<?, ?>) donation.body();
            Map<?, ?> amount = (Map<?, ?>) body.get("amount");
            for (String row : List.of("all", String.valueOf(body.get("kind")))) {
                portfolio.add(row, "count", 1).add(row, "total " + amount.get("currency"), new BigDecimal(String.valueOf(amount.get("amount"))));
            }
        }
        portfolio.compareWith(portfolioDonations(), "incubation /v1/portfolio donations", differences);

        compareIds(differences, "evaluation /v1/challenge-lists", createdIds(byService.getOrDefault("evaluation", List.of())),
                listed("evaluation", Tokens.OPERATOR, "/v1/challenge-lists?institution=" + tag), true);
        return differences;
    }

    private static Set<String> createdIds(List<CommandLoad.Accepted> accepted) {
        Set<String> ids = new HashSet<>();
        accepted.forEach(command -> ids.add(command.createdId()));
        return ids;
    }

    /** How many store items the last comparison covered, per service. */
    Map<String, Integer> compared() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(compared));
    }

    private void mentors(StoredItems store, List<String> differences) {
        Map<String, StoredItems.Item> mentors = store.created("MentorRegistered", "mentorId", "affiliation", tag);
        if (!covered("admissions", "mentors of affiliation " + tag, mentors, MENTOR_EVENTS, differences)) {
            return;
        }
        FigureTable expected = new FigureTable();
        for (StoredItems.Item mentor : mentors.values()) {
            long capacity = mentor.created().path("capacity").asLong();
            long students = 0;
            for (StoredItems.Change change : mentor.later()) {
                switch (change.type()) {
                    case "MentorCapacityChanged" -> capacity = change.payload().path("capacity").asLong();
                    case "MenteeTaken" -> students++;
                    case "MenteeReleased" -> students--;
                    default -> {
                        // unknown types are reported by covered()
                    }
                }
            }
            for (String row : List.of(mentor.created().path("kind").asText(), "total")) {
                expected.add(row, "mentors", 1).add(row, "capacity", capacity).add(row, "students", students)
                        .add(row, "freePlaces", capacity - students);
            }
        }
        compareIds(differences, "admissions /v1/mentors", mentors.keySet(), listed("admissions", Tokens.OPERATOR, "/v1/mentors?affiliation=" + tag), true);
        expected.compareWith(mentorLoad(), "admissions /v1/mentor-load", differences);
    }

    /** The mentor load of the run's affiliation, as admissions shows it: per kind and in total. */
    private FigureTable mentorLoad() {
        JsonNode load = api.as(Tokens.OPERATOR).get("admissions", "/v1/mentor-load?affiliation=" + tag).expect(200).json();
        FigureTable shown = new FigureTable();
        for (JsonNode kind : load.path("kinds")) {
            figures(shown, kind.path("kind").asText(), kind, "mentors", "capacity", "students", "freePlaces");
        }
        figures(shown, "total", load.path("total"), "mentors", "capacity", "students", "freePlaces");
        return shown;
    }

    private void recognitionApplications(StoredItems store, List<String> differences) {
        Map<String, StoredItems.Item> applications = store.created("ApplicationSubmitted", "applicationId", "organisation", FaultBench.LAB_ORG);
        if (!covered("qualification", "applications of " + FaultBench.LAB_ORG, applications, APPLICATION_EVENTS, differences)) {
            return;
        }
        // each application's status is what its last status-changing event made it (RecognitionApplication.evolve)
        FigureTable expected = new FigureTable();
        for (StoredItems.Item application : applications.values()) {
            String status = "submitted";
            for (StoredItems.Change change : application.later()) {
                status = switch (change.type()) {
                    case "ApplicationVerified" -> "verified";
                    case "ApplicationRefused" -> "refused";
                    case "QualificationRecognised" -> "recognised";
                    default -> status;
                };
            }
            expected.add("applications", status, 1);
        }
        compareIds(differences, "qualification /v1/recognition-applications", applications.keySet(),
                listed("qualification", FaultBench.LAB, "/v1/recognition-applications?status=all"), true);
        JsonNode counts = api.as(FaultBench.LAB).get("qualification", "/v1/recognition-applications/status-counts").expect(200).json();
        FigureTable shown = new FigureTable();
        counts.fieldNames().forEachRemaining(status -> shown.set("applications", status, counts.path(status).decimalValue()));
        expected.compareWith(shown, "qualification /v1/recognition-applications/status-counts", differences);
    }

    private void posts(StoredItems store, List<String> differences) {
        Map<String, StoredItems.Item> posts = store.created("PostDefined", "postId", "institution", FaultBench.LAB_ORG);
        if (!covered("mobility", "posts of " + FaultBench.LAB_ORG, posts, POST_EVENTS, differences)) {
            return;
        }
        FigureTable expected = new FigureTable();
        for (StoredItems.Item post : posts.values()) {
            boolean filled = false;
            for (StoredItems.Change change : post.later()) {
                filled = switch (change.type()) {
                    case "PostFilled" -> true;
                    case "PostVacated" -> false;
                    default -> filled;
                };
            }
            String kind = post.created().path("kind").asText();
            expected.add(kind, "filled", filled ? 1 : 0).add(kind, "vacant", filled ? 0 : 1);
        }
        compareIds(differences, "mobility /v1/posts", posts.keySet(), listed("mobility", FaultBench.LAB, "/v1/posts?institution=" + FaultBench.LAB_ORG), true);
        JsonNode counts = api.as(FaultBench.LAB).get("mobility", "/v1/posts/counts?institution=" + FaultBench.LAB_ORG).expect(200).json();
        FigureTable shown = new FigureTable();
        for (JsonNode kind : counts.path("kinds")) {
            figures(shown, kind.path("kind").asText(), kind, "filled", "vacant");
        }
        expected.compareWith(shown, "mobility /v1/posts/counts", differences);
    }

    private void donations(StoredItems store, List<String> differences) {
        // the partner's list is keyed by the partner, the portfolio by the centre: each is compared with the store by its own key
        Map<String, StoredItems.Item> toPartner = store.created("DonationReceived", "donationId", "partnerId", partnerId);
        Map<String, StoredItems.Item> toCentre = store.created("DonationReceived", "donationId", "centre", tag);
        if (!covered("incubation", "donations to partner " + partnerId, toPartner, PARTNER_EVENTS, differences)
                || !covered("incubation", "donations to centre " + tag, toCentre, PARTNER_EVENTS, differences)) {
            return;
        }
        compareIds(differences, "incubation /v1/partners/{id}/donations", toPartner.keySet(),
                listed("incubation", Tokens.OPERATOR, "/v1/partners/" + partnerId + "/donations"), true);
        FigureTable expected = new FigureTable();
        for (StoredItems.Item donation : toCentre.values()) {
            JsonNode amount = donation.created().path("amount");
            for (String row : List.of("all", donation.created().path("kind").asText())) {
                expected.add(row, "count", 1).add(row, "total " + amount.path("currency").asText(), new BigDecimal(amount.path("amount").asText()));
            }
        }
        expected.compareWith(portfolioDonations(), "incubation /v1/portfolio donations", differences);
    }

    /** The donations in the portfolio of the run's centre, as incubation shows them: count and totals per currency, in all and per kind. */
    private FigureTable portfolioDonations() {
        JsonNode portfolio = api.as(Tokens.OPERATOR).get("incubation", "/v1/portfolio?centre=" + tag).expect(200).json().path("donations");
        FigureTable shown = new FigureTable();
        money(shown.set("all", "count", portfolio.path("count").decimalValue()), "all", portfolio.path("total"));
        for (JsonNode kind : portfolio.path("byKind")) {
            String row = kind.path("kind").asText();
            money(shown.set(row, "count", kind.path("count").decimalValue()), row, kind.path("total"));
        }
        return shown;
    }

    private void challengeLists(StoredItems store, List<String> differences) {
        Map<String, StoredItems.Item> lists = store.created("ChallengeListPublished", "listId", "institution", tag);
        if (!covered("evaluation", "challenge lists of " + tag, lists, CHALLENGE_LIST_EVENTS, differences)) {
            return;
        }
        compareIds(differences, "evaluation /v1/challenge-lists", lists.keySet(), listed("evaluation", Tokens.OPERATOR, "/v1/challenge-lists?institution=" + tag),
                true);
    }

    /**
     * Whether the store gives this comparison something to compare, and only events it knows how to
     * count; otherwise says why not.
     */
    private boolean covered(String service, String what, Map<String, StoredItems.Item> items, Set<String> known, List<String> differences) {
        compared.merge(service, items.size(), Math::max);
        if (items.isEmpty()) {
            differences.add(service + ": the store has no " + what + ": nothing to compare the read models with");
            return false;
        }
        Set<String> unknown = StoredItems.unknownTypes(items, known);
        if (!unknown.isEmpty()) {
            differences.add(service + ": the " + what + " have events this comparison does not count: " + unknown);
        }
        return true;
    }

    private static void figures(FigureTable table, String row, JsonNode node, String... fields) {
        for (String field : fields) {
            if (node.has(field)) {
                table.set(row, field, node.path(field).decimalValue());
            }
        }
    }

    private static void money(FigureTable table, String row, JsonNode amounts) {
        for (JsonNode money : amounts) {
            table.add(row, "total " + money.path("currency").asText(), new BigDecimal(money.path("amount").asText()));
        }
    }

    /**
     * A list against the ids it must show: each listed once; with {@code exactly}, nothing else (the
     * list is the run's own), otherwise other items may be listed beside them (other runs' under the
     * same partner).
     */
    private static void compareIds(List<String> differences, String what, Set<String> expected, List<String> listed, boolean exactly) {
        Set<String> seen = new HashSet<>();
        List<String> twice = listed.stream().filter(id -> !seen.add(id)).toList();
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(seen);
        Set<String> extra = new HashSet<>(seen);
        extra.removeAll(expected);
        if (!exactly) {
            extra.clear();
            twice = twice.stream().filter(expected::contains).toList();
        }
        if (!twice.isEmpty() || !missing.isEmpty() || !extra.isEmpty()) {
            differences.add(what + ": " + listed.size() + " listed, " + expected.size() + " expected; missing " + sample(missing)
                    + ", listed twice " + sample(twice) + ", not expected " + sample(extra));
        }
    }

    private static String sample(Collection<String> ids) {
        return ids.size() + (ids.isEmpty() ? "" : " " + ids.stream().limit(3).toList());
    }

    /** The ids of a list, all pages. */
    private List<String> listed(String service, Tokens.Principal principal, String path) {
        List<String> ids = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0; page < 10_000; page++) {
            JsonNode json = api.as(principal).get(service, path + separator + "page=" + page + "&size=200").expect(200).json();
            for (JsonNode item : json.path("items")) {
                ids.add(item.path("id").asText());
            }
            if (!json.path("hasNext").asBoolean()) {
                break;
            }
        }
        return ids;
    }
}
