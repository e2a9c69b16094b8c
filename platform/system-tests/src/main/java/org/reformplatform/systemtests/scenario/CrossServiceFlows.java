package org.reformplatform.systemtests.scenario;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformplatform.systemtests.Api;
import org.reformplatform.systemtests.Tokens;

/**
 * The flows that cross services, each driven through the public APIs and checked on the topics
 * (the exact events, by type, subject and fields, read {@code read_committed}) and in the other
 * service's read model, with the time from the command's 2xx to the fact being visible there:
 *
 * <ol>
 * <li>a student admitted in admissions founds a venture in incubation (founder verified);</li>
 * <li>a researcher on leave to found founds a venture; its milestones and rounds reach the arrangement in mobility;</li>
 * <li>a recognised foreign qualification with a title equivalence and a secondment's reviewed results
 * become evidence on the researcher's record in evaluation, and make them eligible for a senior title.</li>
 * </ol>
 */
public final class CrossServiceFlows {

    /** Ventures of the flows go to their own centre, so the reference centre's portfolio keeps the report's figures. */
    public static final String CENTRE = "flows-centre";
    private static final Duration WAIT = Duration.ofSeconds(60);

    /** One flow: its name, the timings measured (command 2xx to visible in the other service) and the events checked. */
    public record FlowResult(String name, Map<String, Duration> timings, List<String> eventsChecked) {
    }

    /** All flows: what passed and what failed (a failed flow's message says where). */
    public record Outcome(List<FlowResult> results, List<String> failures) {
    }

    private final Api api;
    private final String kafkaBootstrap;
    private final String label;

    public CrossServiceFlows(Api api, String kafkaBootstrap, String label) {
        this.api = api;
        this.kafkaBootstrap = kafkaBootstrap;
        this.label = label;
    }

    /** Runs the three flows, each on its own, and prints their timings; failures are collected, not thrown. */
    public Outcome runAll(PrintStream out) {
        List<FlowResult> results = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        out.println("cross-service flows:");
        for (String flow : List.of("a", "b", "c")) {
            try {
                FlowResult result = switch (flow) {
                    case "a" -> studentFoundsVenture();
                    case "b" -> researcherOnLeaveFoundsVenture();
                    default -> foreignQualificationAndSecondmentBecomeEvidence();
                };
                results.add(result);
                print(out, result);
            } catch (RuntimeException | AssertionError e) {
                failures.add("flow " + flow + ": " + e.getMessage());
                out.println("  flow " + flow + " FAILED: " + e.getMessage());
            }
        }
        return new Outcome(results, failures);
    }

    public static void print(PrintStream out, FlowResult result) {
        out.println("  " + result.name());
        result.timings().forEach((step, took) -> out.printf("    %-88s %7d ms%n", step, took.toMillis()));
        out.println("    events checked: " + String.join(", ", result.eventsChecked()));
    }

    // ---------------------------------------------------------------------------------------------
    // a. admissions → incubation

    public FlowResult studentFoundsVenture() {
        Map<String, Duration> timings = new LinkedHashMap<>();
        List<String> checked = new ArrayList<>();
        Api.Caller operator = api.as(Tokens.OPERATOR);
        try (EventLog log = EventLog.fromNow(kafkaBootstrap, EventLog.TOPICS)) {
            Instant now = Instant.now();
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("title", "Founders' sprint (" + label + ", flow a)");
            event.put("kind", "PROJECT_SPRINT");
            event.put("opensAt", now.minus(Duration.ofDays(1)).toString());
            event.put("closesAt", now.plus(Duration.ofDays(30)).toString());
            event.put("capacity", 10);
            event.put("requiredReviews", 3);
            event.put("challenges", List.of(Map.of("code", "venture", "title", "A venture in ten weeks")));
            event.put("criteria", List.of(Map.of("code", "work", "description", "The work", "weight", "1", "maxScore", 10)));
            String intakeEventId = operator.post("admissions", "/v1/intake-events", event).expect(201).path("id").asText();
            operator.post("admissions", "/v1/intake-events/" + intakeEventId + "/opening", null).expect(200);
            Api.Caller partner = api.as(Tokens.UNIVERSITY_A);
            String candidate = "Founder student of " + label;
            String applicationId = partner.post("admissions", "/v1/applications", Map.of("intakeEventId", intakeEventId,
                    "candidate", Map.of("name", candidate, "contactEmail", "founder@example.org"))).expect(201).path("id").asText();
            partner.post("admissions", "/v1/applications/" + applicationId + "/project-work", Map.of("title", "Sorting robot",
                    "description", "A prototype that became a company", "links", List.of())).expect(200);
            List<String> reviewers = List.of("reviewer-3", "reviewer-4", "reviewer-5");
            operator.post("admissions", "/v1/applications/" + applicationId + "/reviewers", Map.of("reviewers",
                    reviewers.stream().map(r -> Map.of("reviewer", api.tokens().subjectOf(Tokens.user(r)))).toList())).expect(200);
            Api.Reply last = null;
            for (String reviewer : reviewers) {
                last = api.as(Tokens.user(reviewer)).post("admissions", "/v1/applications/" + applicationId + "/reviews",
                        Map.of("scores", List.of(Map.of("criterion", "work", "score", 9)), "recommendation", "ADMIT")).expect(200);
            }
            long admitted = System.nanoTime();
            require(last.path("status").asText().equalsIgnoreCase("admitted"), "the last review admits the candidate: " + last.text());
            String studentId = operator.get("admissions", "/v1/applications/" + applicationId).expect(200).path("studentId").asText();

            EventLog.Event studentAdmitted = log.await("admissions.StudentAdmitted.v1", e -> e.data().path("studentId").asText().equals(studentId),
                    WAIT);
            exactFields(studentAdmitted, "studentId", "applicationId", "intakeEventId", "candidateName", "organisation", "admittedAt");
            expectFields(studentAdmitted, Map.of("applicationId", applicationId, "intakeEventId", intakeEventId, "organisation", "university-a"));
            // Personal data travels sealed for its subject (docs/architecture.md, personal data): never the name itself.
            require(studentAdmitted.data().path("candidateName").asText().startsWith("pd1:" + studentId + ":")
                    && !studentAdmitted.data().toString().contains(candidate), "StudentAdmitted carries the name sealed: " + studentAdmitted);
            require(studentAdmitted.subject().equals(studentId) && studentId.equals(studentAdmitted.key()),
                    "StudentAdmitted is keyed by the student: " + studentAdmitted);
            checked.add("admissions.StudentAdmitted.v1");

            // The venture names the student at once: incubation verifies the founder whenever the admission reaches it.
            String ventureId = operator.post("incubation", "/v1/ventures", Map.of("centre", CENTRE, "name", "Sorting Robotics (" + label + ")",
                    "origin", "STUDENT", "summary", "Founded by an admitted student", "appliedOn", today().toString())).expect(201)
                    .path("id").asText();
            operator.post("incubation", "/v1/ventures/" + ventureId + "/founders", Map.of("kind", "STUDENT", "studentId", studentId,
                    "name", candidate)).expect(200);
            JsonNode venture = Eventually.read(() -> operator.get("incubation", "/v1/ventures/" + ventureId).expect(200).json(),
                    v -> founder(v, "studentId", studentId).path("verified").asBoolean(false), WAIT);
            timings.put("admission (last review 2xx) → student verified as founder in incubation", since(admitted));
            require(founder(venture, "studentId", studentId).path("verified").asBoolean(false), "the student founder is verified: " + venture);

            EventLog.Event joined = log.await("incubation.FounderJoined.v1", e -> e.subject().equals(ventureId), WAIT);
            exactFields(joined, "ventureId", "founderKind", "studentId", "researcherId", "name");
            expectFields(joined, Map.of("ventureId", ventureId, "founderKind", "STUDENT", "studentId", studentId));
            require(joined.data().path("name").asText().startsWith("pd1:" + studentId + ":") && !joined.data().toString().contains(candidate),
                    "FounderJoined carries the founder's name sealed for the student: " + joined);
            checked.add("incubation.FounderJoined.v1");
            EventLog.Event verified = log.await("incubation.FounderVerified.v1", e -> e.subject().equals(ventureId), WAIT);
            expectFields(verified, Map.of("ventureId", ventureId, "founderKind", "STUDENT", "studentId", studentId));
            checked.add("incubation.FounderVerified.v1");
            EventLog.Event recorded = log.await("incubation.StudentAdmissionRecorded.v1",
                    e -> e.data().path("studentId").asText().equals(studentId), WAIT);
            expectFields(recorded, Map.of("applicationId", applicationId, "intakeEventId", intakeEventId));
            checked.add("incubation.StudentAdmissionRecorded.v1");
        }
        return new FlowResult("a. student admitted in admissions founds a venture in incubation", timings, checked);
    }

    // ---------------------------------------------------------------------------------------------
    // b. mobility → incubation → mobility

    public FlowResult researcherOnLeaveFoundsVenture() {
        Map<String, Duration> timings = new LinkedHashMap<>();
        List<String> checked = new ArrayList<>();
        Api.Caller operator = api.as(Tokens.OPERATOR);
        Arrangements arrangements = new Arrangements(api);
        try (EventLog log = EventLog.fromNow(kafkaBootstrap, EventLog.TOPICS)) {
            arrangements.policyInForce();
            UUID researcher = UUID.randomUUID();
            String name = "Founding researcher of " + label;
            LocalDate startsOn = today().minusDays(60);
            UUID arrangementId = arrangements.activate("LEAVE_TO_FOUND", researcher, name, null, null, startsOn, startsOn.plusMonths(24),
                    UUID.randomUUID().toString());
            long activated = System.nanoTime();
            EventLog.Event activation = log.await("mobility.ArrangementActivated.v1", e -> e.subject().equals(arrangementId.toString()), WAIT);
            exactFields(activation, "arrangementId", "researcherId", "form", "institution", "enterprise", "startsOn", "endsOn");
            expectFields(activation, Map.of("arrangementId", arrangementId.toString(), "researcherId", researcher.toString(),
                    "form", "LEAVE_TO_FOUND", "institution", Arrangements.INSTITUTION, "startsOn", startsOn.toString()));
            checked.add("mobility.ArrangementActivated.v1 (LEAVE_TO_FOUND)");

            String ventureId = operator.post("incubation", "/v1/ventures", Map.of("centre", CENTRE, "name", "Grasp Labs (" + label + ")",
                    "origin", "FACULTY", "summary", "Founded on leave from university-a", "appliedOn", startsOn.plusDays(5).toString()))
                    .expect(201).path("id").asText();
            operator.post("incubation", "/v1/ventures/" + ventureId + "/founders", Map.of("kind", "RESEARCHER",
                    "researcherId", researcher.toString(), "name", name)).expect(200);
            Eventually.read(() -> operator.get("incubation", "/v1/ventures/" + ventureId).expect(200).json(),
                    v -> founder(v, "researcherId", researcher.toString()).path("verified").asBoolean(false), WAIT);
            timings.put("arrangement activated (last signature 2xx) → researcher verified as founder in incubation", since(activated));
            EventLog.Event leave = log.await("incubation.LeaveToFoundRecorded.v1",
                    e -> e.data().path("researcherId").asText().equals(researcher.toString()), WAIT);
            expectFields(leave, Map.of("arrangementId", arrangementId.toString()));
            checked.add("incubation.LeaveToFoundRecorded.v1");
            EventLog.Event joined = log.await("incubation.FounderJoined.v1", e -> e.subject().equals(ventureId), WAIT);
            expectFields(joined, Map.of("founderKind", "RESEARCHER", "researcherId", researcher.toString()));
            checked.add("incubation.FounderJoined.v1 (RESEARCHER)");
            log.await("incubation.FounderVerified.v1", e -> e.subject().equals(ventureId), WAIT);
            checked.add("incubation.FounderVerified.v1");

            String milestone = "First paying customer";
            LocalDate reachedOn = today().minusDays(2);
            operator.post("incubation", "/v1/ventures/" + ventureId + "/milestones", Map.of("milestone", milestone,
                    "reachedOn", reachedOn.toString())).expect(200);
            long milestoneSent = System.nanoTime();
            JsonNode withMilestone = Eventually.read(() -> operator.get("mobility", "/v1/arrangements/" + arrangementId).expect(200).json(),
                    a -> startupFacts(a).contains(milestone), WAIT);
            timings.put("venture milestone (2xx in incubation) → on the arrangement in mobility", since(milestoneSent));
            require(startupFacts(withMilestone).contains(milestone), "the milestone is on the arrangement: " + withMilestone);

            operator.post("incubation", "/v1/ventures/" + ventureId + "/funding-rounds", Map.of("roundName", "Angel",
                    "amount", Map.of("amount", "3000000.00", "currency", "CNY"),
                    "investors", List.of(Map.of("name", "Early Angels", "commitment", Map.of("amount", "3000000.00", "currency", "CNY"))),
                    "closedOn", reachedOn.toString())).expect(200);
            long roundSent = System.nanoTime();
            JsonNode withRound = Eventually.read(() -> operator.get("mobility", "/v1/arrangements/" + arrangementId).expect(200).json(),
                    a -> startupFacts(a).contains("Angel"), WAIT);
            timings.put("funding round (2xx in incubation) → on the arrangement in mobility", since(roundSent));
            require(startupFacts(withRound).contains("3000000"), "the round and its amount are on the arrangement: " + withRound);

            EventLog.Event reached = log.await("incubation.VentureMilestoneReached.v1", e -> e.subject().equals(ventureId), WAIT);
            exactFields(reached, "ventureId", "milestone", "reachedOn");
            expectFields(reached, Map.of("ventureId", ventureId, "milestone", milestone, "reachedOn", reachedOn.toString()));
            checked.add("incubation.VentureMilestoneReached.v1");
            EventLog.Event round = log.await("incubation.FundingRoundClosed.v1", e -> e.subject().equals(ventureId), WAIT);
            exactFields(round, "ventureId", "roundName", "amount", "investors", "closedOn");
            expectFields(round, Map.of("roundName", "Angel", "amount.amount", "3000000.00", "amount.currency", "CNY"));
            checked.add("incubation.FundingRoundClosed.v1");
            EventLog.Event recordedMilestone = log.await("mobility.StartupMilestoneRecorded.v1",
                    e -> e.subject().equals(arrangementId.toString()) && e.data().path("source").asText().equals("INCUBATION"), WAIT);
            expectFields(recordedMilestone, Map.of("milestone", milestone, "ventureId", ventureId, "reachedOn", reachedOn.toString(),
                    "sourceEventId", reached.id()));
            checked.add("mobility.StartupMilestoneRecorded.v1 (source INCUBATION)");
            EventLog.Event recordedRound = log.await("mobility.FundingRoundRecorded.v1", e -> e.subject().equals(arrangementId.toString()), WAIT);
            expectFields(recordedRound, Map.of("ventureId", ventureId, "roundName", "Angel", "amount.amount", "3000000.00",
                    "sourceEventId", round.id()));
            checked.add("mobility.FundingRoundRecorded.v1");
        }
        return new FlowResult("b. researcher on leave to found founds a venture; milestones and rounds reach mobility", timings, checked);
    }

    // ---------------------------------------------------------------------------------------------
    // c. qualification → evaluation, mobility → evaluation

    public FlowResult foreignQualificationAndSecondmentBecomeEvidence() {
        Map<String, Duration> timings = new LinkedHashMap<>();
        List<String> checked = new ArrayList<>();
        Api.Caller operator = api.as(Tokens.OPERATOR);
        Api.Caller institution = api.as(Tokens.UNIVERSITY_A);
        try (EventLog log = EventLog.fromNow(kafkaBootstrap, EventLog.TOPICS)) {
            operator.post("qualification", "/v1/reference-data/recognition-lists", null).expectSuccess();
            UUID researcher = UUID.randomUUID();
            JsonNode entry = Eventually.read(() -> seniorEngineeringEntry(operator), found -> found != null, WAIT);
            require(entry != null, "list 3.0 lists a senior engineering title-equivalence entry");
            String qualificationId = entry.path("qualificationId").asText();
            String applicationId = institution.post("qualification", "/v1/recognition-applications", Map.of("holderId", researcher.toString(),
                    "qualificationId", qualificationId, "certificate", Map.of("number", "CE-" + researcher.toString().substring(0, 8),
                            "issuingBody", entry.path("issuingBody").asText(), "issuedOn", today().minusYears(3).toString(),
                            "validUntil", today().plusYears(3).toString()))).expect(201).path("id").asText();
            operator.post("qualification", "/v1/recognition-applications/" + applicationId + "/verification", null).expect(200);
            operator.post("qualification", "/v1/recognition-applications/" + applicationId + "/recognition", null).expect(200);
            long recognised = System.nanoTime();
            JsonNode record = Eventually.read(() -> operator.get("evaluation", "/v1/researchers/" + researcher).expect(200).json(),
                    r -> contains(r.path("titleEquivalences"), "applicationId", applicationId), WAIT);
            timings.put("title equivalence recognised (2xx in qualification) → evidence in evaluation", since(recognised));
            JsonNode equivalence = find(record.path("titleEquivalences"), "applicationId", applicationId);
            require(equivalence.path("titleSeries").asText().equals(entry.path("titleEquivalence").path("series").asText())
                    && equivalence.path("titleLevel").asText().equals("SENIOR"), "the equivalence keeps series and level: " + record);

            EventLog.Event title = log.await("qualification.TitleEquivalenceRecognised.v1", e -> e.subject().equals(applicationId), WAIT);
            exactFields(title, "applicationId", "holderId", "qualificationId", "qualificationName", "country", "titleSeries", "titleLevel",
                    "listVersion", "recognisedOn");
            expectFields(title, Map.of("holderId", researcher.toString(), "qualificationId", qualificationId, "titleSeries",
                    entry.path("titleEquivalence").path("series").asText(), "titleLevel", "SENIOR", "listVersion", "3.0"));
            checked.add("qualification.TitleEquivalenceRecognised.v1");
            EventLog.Event recordedTitle = log.await("evaluation.TitleEquivalenceRecorded.v1", e -> e.subject().equals(researcher.toString()),
                    WAIT);
            expectFields(recordedTitle, Map.of("equivalence.applicationId", applicationId, "equivalence.titleLevel", "SENIOR",
                    "sourceEventId", title.id()));
            checked.add("evaluation.TitleEquivalenceRecorded.v1");

            Arrangements arrangements = new Arrangements(api);
            arrangements.policyInForce();
            LocalDate startsOn = today().minusDays(300);
            LocalDate endsOn = startsOn.plusMonths(9);
            UUID secondment = arrangements.activate("SECONDMENT", researcher, "Seconded researcher of " + label, Arrangements.ENTERPRISE,
                    null, startsOn, endsOn, UUID.randomUUID().toString());
            arrangements.complete(secondment, endsOn, "EXCEEDED", List.of(Map.of("kind", "PATENT", "title", "Edge inference accelerator, filed"),
                    Map.of("kind", "PRODUCT", "title", "Inspection line at the host")));
            long reviewed = System.nanoTime();
            JsonNode withMobility = Eventually.read(() -> operator.get("evaluation", "/v1/researchers/" + researcher).expect(200).json(),
                    r -> contains(r.path("mobility"), "arrangementId", secondment.toString()), WAIT);
            timings.put("secondment results reviewed (2xx in mobility) → evidence in evaluation", since(reviewed));
            JsonNode mobility = find(withMobility.path("mobility"), "arrangementId", secondment.toString());
            require(mobility.path("outcome").asText().equals("EXCEEDED"), "the outcome is kept as published: " + mobility);
            require(mobility.path("positive").asBoolean(false), "results that EXCEEDED the agreed goals count in the researcher's favour: "
                    + mobility);

            EventLog.Event results = log.await("mobility.ResultsReviewed.v1", e -> e.subject().equals(secondment.toString()), WAIT);
            exactFields(results, "arrangementId", "researcherId", "form", "institution", "enterprise", "period", "outcome", "results");
            expectFields(results, Map.of("researcherId", researcher.toString(), "form", "SECONDMENT", "institution", Arrangements.INSTITUTION,
                    "enterprise", Arrangements.ENTERPRISE, "period.from", startsOn.toString(), "outcome", "EXCEEDED"));
            checked.add("mobility.ResultsReviewed.v1");
            EventLog.Event recordedResults = log.await("evaluation.MobilityResultsRecorded.v1", e -> e.subject().equals(researcher.toString()),
                    WAIT);
            expectFields(recordedResults, Map.of("mobility.arrangementId", secondment.toString(), "mobility.outcome", "EXCEEDED",
                    "mobility.positive", "true", "sourceEventId", results.id()));
            checked.add("evaluation.MobilityResultsRecorded.v1");

            // The evidence at work: eligible for the senior digital-technology title by the foreign route, with the secondment counted.
            operator.post("evaluation", "/v1/reference-data/title-reviews", null).expectSuccess();
            // The list is a read model: the review opened a moment ago may take a moment to be listed.
            String reviewId = Eventually.read(() -> seniorDigitalTechnologyReview(operator), id -> id != null, WAIT);
            require(reviewId != null, "the reference senior-title review for digital technology is listed");
            String titleApplication = institution.post("evaluation", "/v1/title-reviews/" + reviewId + "/applications", Map.of(
                    "researcherId", researcher.toString(), "specialty", "cloud-computing", "achievements", 1)).expect(201).path("id").asText();
            JsonNode eligibility = operator.get("evaluation", "/v1/title-reviews/" + reviewId + "/applications/" + titleApplication)
                    .expect(200).path("eligibilityNow");
            require(eligibility.path("eligible").asBoolean(false) && eligibility.path("route").asText().equals("FOREIGN_EQUIVALENCE")
                    && eligibility.path("achievementsCounted").asInt() == 2,
                    "one declared achievement plus the reviewed secondment, and the foreign equivalence, make them eligible: " + eligibility);
        }
        return new FlowResult("c. foreign title equivalence and secondment results become evidence in evaluation", timings, checked);
    }

    private static String seniorDigitalTechnologyReview(Api.Caller operator) {
        for (JsonNode review : Lists.all(operator, "evaluation", "/v1/title-reviews?status=all")) {
            if (review.path("disciplineCode").asText().equals("DIGITAL_TECHNOLOGY") && review.path("level").asText().equals("SENIOR")) {
                return review.path("id").asText();
            }
        }
        return null;
    }

    private JsonNode seniorEngineeringEntry(Api.Caller operator) {
        if (operator.get("qualification", "/v1/recognition-list-versions/3.0").status() == 404) {
            return null;   // the load above reaches the versions' read model a moment after its 2xx: read again
        }
        for (JsonNode entry : Lists.all(operator, "qualification", "/v1/recognition-list-versions/3.0/entries?subList=TITLE_EQUIVALENCE")) {
            JsonNode title = entry.path("titleEquivalence");
            if (title.path("series").asText().equalsIgnoreCase("Engineering") && title.path("level").asText().equals("SENIOR")) {
                return entry;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------

    private static LocalDate today() {
        // A day behind UTC: the services count days in Asia/Shanghai, so "today" here is never their tomorrow.
        return LocalDate.now(ZoneOffset.UTC).minusDays(1);
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static JsonNode founder(JsonNode venture, String field, String id) {
        return find(venture.path("founders"), field, id);
    }

    private static String startupFacts(JsonNode arrangement) {
        return arrangement.path("startup").toString();
    }

    private static boolean contains(JsonNode array, String field, String value) {
        return !find(array, field, value).isMissingNode();
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (item.path(field).asText().equals(value)) {
                return item;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** The event's data has exactly these fields: the contract in docs/architecture.md, nothing missing, nothing renamed. */
    static void exactFields(EventLog.Event event, String... fields) {
        Set<String> actual = new TreeSet<>();
        for (Iterator<String> names = event.data().fieldNames(); names.hasNext();) {
            actual.add(names.next());
        }
        Set<String> expected = new TreeSet<>(List.of(fields));
        require(actual.equals(expected), event.type() + " has fields " + actual + ", the contract says " + expected);
    }

    /** The event's data has these values; a dotted name reads a nested field. */
    static void expectFields(EventLog.Event event, Map<String, String> expected) {
        JsonNode data = event.data();
        expected.forEach((path, value) -> {
            JsonNode node = data;
            for (String part : path.split("\\.")) {
                node = node.path(part);
            }
            require(node.asText().equals(value), event.type() + " " + path + " is " + node + ", expected " + value + ": " + event);
        });
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
