package org.reformplatform.systemtests.scenario;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformplatform.systemtests.Api;
import org.reformplatform.systemtests.Tokens;

/**
 * Admissions over a year (破界式选才, 阵地式培养): rolling intake events of every kind with staggered
 * windows, several open at once; the report's mentors (81 full-time, 132 part-time, 124 industry: the sizes of
 * admissions' reference data, which ReferenceData checks);
 * candidates judged on project work by panels of three out of five reviewers, consensus cases
 * decided by the policy and non-consensus ones (split panels, a champion against the others) by the
 * committee; admitted students with a mentor team and a first plan.
 *
 * <p>Every expected figure is counted from what this class sent; the read models must reproduce it.
 */
final class AdmissionsYear {

    static final String PROGRAMME = "admissions";
    static final int FULL_TIME = 81;
    static final int PART_TIME = 132;
    static final int INDUSTRY = 124;
    static final int EVENTS_WITH_CANDIDATES = 6;

    enum Kind { FULL_TIME, PART_TIME, INDUSTRY }

    /** How a panel judges a candidate: each reviewer's three scores and recommendation. */
    enum Profile {
        CONSENSUS_ADMIT(new int[][] {{9, 9, 9}, {8, 9, 8}, {9, 8, 9}}, "ADMIT", "ADMIT", "ADMIT"),
        CONSENSUS_REJECT(new int[][] {{3, 4, 3}, {4, 3, 4}, {3, 3, 3}}, "REJECT", "REJECT", "REJECT"),
        SPLIT_PANEL(new int[][] {{10, 10, 10}, {9, 9, 9}, {2, 2, 2}}, "ADMIT", "ADMIT", "REJECT"),
        CHAMPIONED(new int[][] {{10, 9, 10}, {4, 4, 4}, {3, 4, 3}}, "CHAMPION", "REJECT", "REJECT"),
        WITHDRAWN(null);

        final int[][] scores;
        final String[] recommendations;

        Profile(int[][] scores, String... recommendations) {
            this.scores = scores;
            this.recommendations = recommendations;
        }
    }

    private record Candidate(UUID applicationId, UUID intakeEventId, Profile profile, String expectedStatus) {
    }

    private static final String[] KINDS = {"CAMP", "MAKER_CONTEST", "PROJECT_SPRINT"};
    private static final String[] CRITERIA = {"originality", "execution", "impact"};
    private static final String[] REVIEWERS = {"reviewer", "reviewer-2", "reviewer-3", "reviewer-4", "reviewer-5"};

    private final ProgrammeYear year;
    private final Api.Caller operator;
    private final Map<Kind, List<UUID>> mentors = new EnumMap<>(Kind.class);
    private final List<UUID> intakeEvents = new ArrayList<>();
    private final Map<UUID, String> intakeEventStatus = new LinkedHashMap<>();
    private final List<Candidate> candidates = new ArrayList<>();
    private final List<UUID> students = new ArrayList<>();
    private final Map<Kind, Integer> menteesByKind = new EnumMap<>(Kind.class);
    private final Map<UUID, Integer> admittedByEvent = new LinkedHashMap<>();
    private long admittedThisMonthBefore;
    private YearMonth month;

    AdmissionsYear(ProgrammeYear year) {
        this.year = year;
        this.operator = year.api().as(Tokens.OPERATOR);
    }

    void send() {
        month = YearMonth.from(year.now().atZone(ZoneOffset.UTC));
        admittedThisMonthBefore = admittedIn(month);
        registerMentors();
        announceIntakeEvents();
        Map<String, String> reviewers = new LinkedHashMap<>();
        for (String username : REVIEWERS) {
            reviewers.put(username, year.api().tokens().subjectOf(Tokens.user(username)));
        }
        int running = 0;
        for (int e = 0; e < EVENTS_WITH_CANDIDATES; e++) {
            UUID event = intakeEvents.get(e);
            List<Profile> profiles = new ArrayList<>(List.of(Profile.CONSENSUS_ADMIT, Profile.CONSENSUS_ADMIT, Profile.CONSENSUS_ADMIT,
                    Profile.CONSENSUS_REJECT, Profile.SPLIT_PANEL, Profile.CHAMPIONED));
            if (e % 3 == 0) {
                profiles.add(Profile.WITHDRAWN);
            }
            for (Profile profile : profiles) {
                candidates.add(apply(event, e, running++, profile, reviewers));
            }
        }
        // The committee decides the docket: it admits every split panel, and a champion's candidate in every other event.
        for (Candidate c : candidates) {
            if (c.expectedStatus().equals("ADMITTED") || c.expectedStatus().equals("REJECTED")) {
                boolean committee = c.profile() == Profile.SPLIT_PANEL || c.profile() == Profile.CHAMPIONED;
                if (committee) {
                    operator.post("admissions", "/v1/applications/" + c.applicationId() + "/committee-decision",
                            Map.of("decision", c.expectedStatus().equals("ADMITTED") ? "ADMIT" : "REJECT",
                                    "rationale", c.profile() == Profile.SPLIT_PANEL
                                            ? "Two reviewers saw a working prototype; the third judged the write-up. Admitted on the work."
                                            : "The champion's case rests on one demo; the committee wants a second event's evidence."))
                            .expect(200);
                }
            }
        }
        for (Candidate c : candidates) {
            if (c.expectedStatus().equals("ADMITTED")) {
                JsonNode application = operator.get("admissions", "/v1/applications/" + c.applicationId()).expect(200).json();
                UUID student = UUID.fromString(application.path("studentId").asText());
                students.add(student);
                admittedByEvent.merge(c.intakeEventId(), 1, Integer::sum);
            }
        }
        formMentorTeams();
        // Two events close early once their candidates are decided; rolling intake goes on in the others.
        for (int e = 0; e < 2; e++) {
            operator.post("admissions", "/v1/intake-events/" + intakeEvents.get(e) + "/closing", null).expect(200);
            intakeEventStatus.put(intakeEvents.get(e), "CLOSED");
        }
    }

    private void registerMentors() {
        register(Kind.FULL_TIME, FULL_TIME, "Prof.", 4);
        register(Kind.PART_TIME, PART_TIME, "Dr.", 3);
        register(Kind.INDUSTRY, INDUSTRY, "Eng.", 2);
    }

    private void register(Kind kind, int count, String title, int capacity) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            JsonNode mentor = operator.post("admissions", "/v1/mentors", Map.of(
                    "name", title + " " + kind.name().toLowerCase().replace('_', '-') + " mentor " + i,
                    "kind", kind.name(), "capacity", capacity + i % 3, "affiliation", year.label(),
                    "subject", year.label() + "-" + kind.name().toLowerCase() + "-" + i),
                    Map.of("Idempotency-Key", year.key("mentor/" + kind + "/" + i))).expectSuccess().json();
            ids.add(UUID.fromString(mentor.path("id").asText()));
        }
        mentors.put(kind, ids);
    }

    /** Windows staggered over the year: opened 11, 9, 7, 5, 3 and 1 months ago, closing over the next months; one announced ahead. */
    private void announceIntakeEvents() {
        Instant now = year.now();
        for (int e = 0; e < EVENTS_WITH_CANDIDATES + 1; e++) {
            boolean ahead = e == EVENTS_WITH_CANDIDATES;
            Instant opensAt = ahead ? now.plus(Duration.ofDays(20)) : now.minus(Duration.ofDays(330 - 60L * e));
            Instant closesAt = ahead ? now.plus(Duration.ofDays(80)) : now.plus(Duration.ofDays(20 + 25L * e));
            String kind = KINDS[e % KINDS.length];
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", titleOf(kind, e));
            body.put("kind", kind);
            body.put("opensAt", opensAt.toString());
            body.put("closesAt", closesAt.toString());
            body.put("capacity", 20 + 10 * e);
            body.put("requiredReviews", 3);
            body.put("challenges", List.of(Map.of("code", "challenge-" + e + "-a", "title", "Robotics challenge " + (e + 1)),
                    Map.of("code", "challenge-" + e + "-b", "title", "Applied-AI challenge " + (e + 1))));
            body.put("criteria", List.of(
                    Map.of("code", CRITERIA[0], "description", "How new the idea and approach are", "weight", "0.4", "maxScore", 10),
                    Map.of("code", CRITERIA[1], "description", "What works, shown in the project", "weight", "0.35", "maxScore", 10),
                    Map.of("code", CRITERIA[2], "description", "Who would use it", "weight", "0.25", "maxScore", 10)));
            UUID id = UUID.fromString(operator.post("admissions", "/v1/intake-events", body,
                    Map.of("Idempotency-Key", year.key("intake-event/" + e))).expectSuccess().json().path("id").asText());
            intakeEvents.add(id);
            if (ahead) {
                intakeEventStatus.put(id, "ANNOUNCED");
            } else {
                operator.post("admissions", "/v1/intake-events/" + id + "/opening", null).expect(200);
                intakeEventStatus.put(id, "OPEN");
            }
        }
    }

    private String titleOf(String kind, int e) {
        String what = switch (kind) {
            case "CAMP" -> "AI training camp";
            case "MAKER_CONTEST" -> "Maker contest";
            default -> "Project sprint";
        };
        return what + " " + (e + 1) + " (" + year.label() + ")";
    }

    private Candidate apply(UUID event, int e, int n, Profile profile, Map<String, String> reviewers) {
        Api.Caller partner = year.api().as(n % 2 == 0 ? Tokens.UNIVERSITY_A : Tokens.ENTERPRISE_B);
        String[] degrees = {"NONE", "BACHELOR", "MASTER", "DOCTORATE", "NOT_STATED"};
        String[] disciplines = {"Classical music", "Mechanical engineering", "Computer science", "Biology", "History"};
        Map<String, Object> background = new LinkedHashMap<>();
        background.put("degreeLevel", degrees[n % degrees.length]);
        background.put("discipline", disciplines[n % disciplines.length]);
        background.put("description", "Builds things in their spare time");
        String name = "Candidate " + (n + 1) + " of " + year.label();
        JsonNode submitted = partner.post("admissions", "/v1/applications", Map.of("intakeEventId", event.toString(),
                "candidate", Map.of("name", name, "contactEmail", "candidate" + (n + 1) + "@example.org", "background", background)),
                Map.of("Idempotency-Key", year.key("application/" + n))).expectSuccess().json();
        UUID id = UUID.fromString(submitted.path("id").asText());
        if (profile == Profile.WITHDRAWN) {
            partner.post("admissions", "/v1/applications/" + id + "/withdrawal", Map.of("reason", "Accepted a place elsewhere")).expect(200);
            return new Candidate(id, event, profile, "WITHDRAWN");
        }
        partner.post("admissions", "/v1/applications/" + id + "/project-work", Map.of("title", "Project of candidate " + (n + 1),
                "description", "A working prototype built during the event", "links", List.of("https://git.example.org/c" + (n + 1))))
                .expect(200);
        List<String> panel = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            panel.add(REVIEWERS[(n + r) % REVIEWERS.length]);
        }
        operator.post("admissions", "/v1/applications/" + id + "/reviewers", Map.of("reviewers",
                panel.stream().map(username -> Map.of("reviewer", reviewers.get(username))).toList())).expect(200);
        JsonNode last = null;
        for (int r = 0; r < 3; r++) {
            List<Map<String, Object>> scores = new ArrayList<>();
            for (int c = 0; c < CRITERIA.length; c++) {
                scores.add(Map.of("criterion", CRITERIA[c], "score", profile.scores[r][c]));
            }
            last = year.api().as(Tokens.user(panel.get(r))).post("admissions", "/v1/applications/" + id + "/reviews",
                    Map.of("scores", scores, "recommendation", profile.recommendations[r], "comment", "Reviewed on the project work"),
                    Map.of("Idempotency-Key", year.key("review/" + n + "/" + r))).expectSuccess().json();
        }
        String status = last.path("status").asText().toUpperCase();
        String expected = switch (profile) {
            case CONSENSUS_ADMIT -> "ADMITTED";
            case CONSENSUS_REJECT -> "REJECTED";
            case SPLIT_PANEL -> "ADMITTED";
            default -> e % 2 == 0 ? "ADMITTED" : "REJECTED";
        };
        String policyStatus = switch (profile) {
            case CONSENSUS_ADMIT -> "ADMITTED";
            case CONSENSUS_REJECT -> "REJECTED";
            default -> "SPECIAL_REVIEW";
        };
        if (!status.equals(policyStatus)) {
            throw new IllegalStateException("the non-consensus policy decided " + status + " for a " + profile + " panel; expected "
                    + policyStatus + " (application " + id + ")");
        }
        return new Candidate(id, event, profile, expected);
    }

    private void formMentorTeams() {
        for (int s = 0; s < students.size(); s++) {
            UUID student = students.get(s);
            List<UUID> team = List.of(mentors.get(Kind.FULL_TIME).get(s % FULL_TIME), mentors.get(Kind.PART_TIME).get(s % PART_TIME),
                    mentors.get(Kind.INDUSTRY).get(s % INDUSTRY));
            operator.post("admissions", "/v1/students/" + student + "/mentor-team", Map.of("mentors", team)).expect(200);
            for (Kind kind : Kind.values()) {
                menteesByKind.merge(kind, 1, Integer::sum);
            }
            if (s < 3) {
                operator.post("admissions", "/v1/students/" + student + "/plan/goals",
                        Map.of("description", "A first paper on the project of the intake event")).expect(200);
            }
        }
        // Partnership (合伙人式): one student's part-time mentor is replaced; the count per kind stays the same.
        if (!students.isEmpty()) {
            operator.post("admissions", "/v1/students/" + students.get(0) + "/rematches", Map.of(
                    "previousMentorId", mentors.get(Kind.PART_TIME).get(0).toString(),
                    "newMentorId", mentors.get(Kind.PART_TIME).get(PART_TIME - 1).toString(),
                    "reason", "The student moved from vision to robotics control")).expect(200);
        }
    }

    void check(Figures figures) {
        JsonNode load = Eventually.read(() -> operator.get("admissions", "/v1/mentor-load?affiliation=" + ProgrammeYear.query(year.label())).expect(200).json(),
                answer -> kindRow(answer, Kind.FULL_TIME).path("mentors").asLong() == FULL_TIME
                        && kindRow(answer, Kind.PART_TIME).path("mentors").asLong() == PART_TIME
                        && kindRow(answer, Kind.INDUSTRY).path("mentors").asLong() == INDUSTRY
                        && kindRow(answer, Kind.INDUSTRY).path("students").asLong() == menteesByKind.getOrDefault(Kind.INDUSTRY, 0));
        figures.add(PROGRAMME, "full-time mentors (report: 81)", FULL_TIME, kindRow(load, Kind.FULL_TIME).path("mentors").asLong());
        figures.add(PROGRAMME, "part-time mentors (report: 130+)", PART_TIME, kindRow(load, Kind.PART_TIME).path("mentors").asLong());
        figures.add(PROGRAMME, "industry mentors (report: 120+)", INDUSTRY, kindRow(load, Kind.INDUSTRY).path("mentors").asLong());
        for (Kind kind : Kind.values()) {
            figures.add(PROGRAMME, "students mentored by " + kind.name().toLowerCase().replace('_', '-') + " mentors",
                    menteesByKind.getOrDefault(kind, 0), kindRow(load, kind).path("students").asLong());
        }

        Map<String, Long> expectedEvents = countValues(intakeEventStatus.values());
        Map<String, Long> events = Eventually.read(this::intakeEventsByStatus, expectedEvents::equals);
        figures.add(PROGRAMME, "intake events by status (rolling, " + KINDS.length + " kinds)", expectedEvents, events);

        Map<String, Long> expectedStatuses = countValues(candidates.stream().map(Candidate::expectedStatus).toList());
        Map<String, Long> statuses = Eventually.read(this::applicationsByStatus, expectedStatuses::equals);
        figures.add(PROGRAMME, "applications by status", expectedStatuses, statuses);

        long expectedDocket = candidates.stream().filter(c -> c.profile() == Profile.SPLIT_PANEL || c.profile() == Profile.CHAMPIONED).count();
        Map<String, Long> expectedDecisions = countValues(candidates.stream()
                .filter(c -> c.profile() == Profile.SPLIT_PANEL || c.profile() == Profile.CHAMPIONED)
                .map(c -> c.expectedStatus().toLowerCase()).toList());
        Map<String, Long> docket = Eventually.read(this::docketByStatus, expectedDecisions::equals);
        figures.add(PROGRAMME, "non-consensus cases decided by the committee (" + expectedDocket + ")", expectedDecisions, docket);

        Map<String, Long> expectedPerEvent = new TreeMap<>();
        admittedByEvent.forEach((event, count) -> expectedPerEvent.put(titleShort(event), (long) count));
        Map<String, Long> perEvent = Eventually.read(this::admittedPerEvent, expectedPerEvent::equals);
        figures.add(PROGRAMME, "admitted per intake event", expectedPerEvent, perEvent);

        long admitted = students.size();
        long inMonth = Eventually.read(() -> admittedIn(month) - admittedThisMonthBefore, n -> n == admitted);
        figures.add(PROGRAMME, "admitted in " + month + " (admission time is the service's clock)", admitted, inMonth);

        long listed = Eventually.read(this::studentsListed, n -> n == admitted);
        figures.add(PROGRAMME, "admitted students (students read model)", admitted, listed);
    }

    private static JsonNode kindRow(JsonNode load, Kind kind) {
        for (JsonNode row : load.path("kinds")) {
            if (row.path("kind").asText().equals(kind.name())) {
                return row;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private Map<String, Long> intakeEventsByStatus() {
        List<String> found = new ArrayList<>();
        for (JsonNode row : Lists.all(operator, "admissions", "/v1/intake-events?status=all")) {
            if (intakeEventStatus.containsKey(UUID.fromString(row.path("id").asText()))) {
                found.add(row.path("status").asText().toUpperCase());
            }
        }
        return countValues(found);
    }

    private Map<String, Long> applicationsByStatus() {
        List<String> found = new ArrayList<>();
        for (UUID event : intakeEvents) {
            for (JsonNode row : Lists.all(operator, "admissions", "/v1/applications?intakeEventId=" + event)) {
                found.add(row.path("status").asText().toUpperCase());
            }
        }
        return countValues(found);
    }

    private Map<String, Long> docketByStatus() {
        List<String> found = new ArrayList<>();
        for (JsonNode row : Lists.all(operator, "admissions", "/v1/special-reviews?status=all")) {
            if (intakeEventStatus.containsKey(UUID.fromString(row.path("intakeEventId").asText()))) {
                found.add(row.path("status").asText().toLowerCase());
            }
        }
        return countValues(found);
    }

    private Map<String, Long> admittedPerEvent() {
        Map<String, Long> found = new TreeMap<>();
        for (JsonNode row : Lists.all(operator, "admissions", "/v1/admission-statistics/by-intake-event")) {
            UUID event = UUID.fromString(row.path("intakeEventId").asText());
            if (intakeEventStatus.containsKey(event)) {
                found.put(titleShort(event), row.path("admitted").asLong());
            }
        }
        return found;
    }

    private String titleShort(UUID event) {
        return "event " + (intakeEvents.indexOf(event) + 1);
    }

    private long admittedIn(YearMonth month) {
        for (JsonNode row : Lists.all(operator, "admissions", "/v1/admission-statistics/by-month")) {
            if (row.path("month").asText().equals(month.toString())) {
                return row.path("admitted").asLong();
            }
        }
        return 0;
    }

    private long studentsListed() {
        long n = 0;
        for (UUID event : intakeEvents) {
            n += Lists.all(operator, "admissions", "/v1/students?intakeEventId=" + event).size();
        }
        return n;
    }

    static Map<String, Long> countValues(java.util.Collection<String> values) {
        Map<String, Long> counts = new TreeMap<>();
        values.forEach(v -> counts.merge(v, 1L, Long::sum));
        return counts;
    }
}
