package org.reformplatform.systemtests.security;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformplatform.systemtests.Api;
import org.reformplatform.systemtests.Tokens;

/**
 * Data of the partner organisation {@code university-a} in every service, created through the APIs
 * as the partner (or an operator acting for it) would: an admitted student with a mentor team and a
 * plan, a recognition application, a mobility arrangement and a post, the partner's record with an
 * agreement and a donation, an evaluation scheme with a cycle and a dossier, a challenge list, a
 * pledge and a title-review application. {@link #params(String, String)} gives the path values that
 * reach them; {@link #privateIds()} what no other organisation may ever see.
 */
final class PartnerFixtures {

    static final String ORG = "university-a";
    private final Api api;
    private final Tokens tokens;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    /** Path prefix ("admissions /v1/students") → path parameter values. */
    private final Map<String, Map<String, String>> params = new LinkedHashMap<>();
    private final Set<String> privateIds = new LinkedHashSet<>();
    /** Query parameter name → a value that names university-a's data (for list filters). */
    final Map<String, String> filters = new LinkedHashMap<>();

    PartnerFixtures(Api api, Tokens tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    PartnerFixtures create() {
        admissions();
        qualification();
        mobility();
        incubation();
        evaluation();
        filters.put("organisation", ORG);
        filters.put("institution", ORG);
        return this;
    }

    Map<String, String> params(String service, String path) {
        for (Map.Entry<String, Map<String, String>> prefix : params.entrySet()) {
            String[] key = prefix.getKey().split(" ", 2);
            if (key[0].equals(service) && path.startsWith(key[1])) {
                return prefix.getValue();
            }
        }
        return Map.of();
    }

    Set<String> privateIds() {
        return privateIds;
    }

    private void admissions() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String event = ok(api.as(Tokens.OPERATOR).post("admissions", "/v1/intake-events", Map.of(
                "title", "Isolation camp " + run, "kind", "CAMP", "opensAt", now.minusDays(1).toString(), "closesAt", now.plusDays(30).toString(),
                "capacity", 10, "requiredReviews", 2, "challenges", List.of(Map.of("code", "c1", "title", "A challenge")),
                "criteria", List.of(Map.of("code", "originality", "description", "New", "weight", 1, "maxScore", 10)))), "intake event").path("id").asText();
        ok(api.as(Tokens.OPERATOR).post("admissions", "/v1/intake-events/" + event + "/opening", null), "opening");
        String application = ok(api.as(Tokens.UNIVERSITY_A).post("admissions", "/v1/applications", Map.of("intakeEventId", event,
                "candidate", Map.of("name", "Isolated Candidate " + run, "contactEmail", "candidate-" + run + "@university-a.example"))),
                "application").path("id").asText();
        ok(api.as(Tokens.UNIVERSITY_A).post("admissions", "/v1/applications/" + application + "/project-work",
                Map.of("title", "Work", "description", "Project work")), "project work");
        // An application needs two reviews at least (issue 18): the spread of one review could show no disagreement.
        Tokens.Principal secondReviewer = Tokens.user("reviewer-2");
        ok(api.as(Tokens.OPERATOR).post("admissions", "/v1/applications/" + application + "/reviewers",
                Map.of("reviewers", List.of(Map.of("reviewer", tokens.subjectOf(Tokens.REVIEWER)),
                        Map.of("reviewer", tokens.subjectOf(secondReviewer))))), "reviewers");
        for (Tokens.Principal reviewer : List.of(Tokens.REVIEWER, secondReviewer)) {
            ok(api.as(reviewer).post("admissions", "/v1/applications/" + application + "/reviews",
                    Map.of("scores", List.of(Map.of("criterion", "originality", "score", 10)), "recommendation", "ADMIT", "comment", "Strong")), "review");
        }
        String student = ok(api.as(Tokens.UNIVERSITY_A).get("admissions", "/v1/applications/" + application), "admitted application")
                .path("studentId").asText();
        if (student.isEmpty()) {
            throw new IllegalStateException("the application was not admitted: " + api.as(Tokens.OPERATOR).get("admissions", "/v1/applications/" + application).text());
        }
        String mentor = ok(api.as(Tokens.OPERATOR).post("admissions", "/v1/mentors", Map.of("name", "Isolation mentor " + run, "kind", "FULL_TIME",
                "capacity", 3, "affiliation", "isolation-" + run)), "mentor").path("id").asText();
        ok(api.as(Tokens.OPERATOR).post("admissions", "/v1/students/" + student + "/mentor-team", Map.of("mentors", List.of(mentor))), "mentor team");
        JsonNode planned = ok(api.as(Tokens.OPERATOR).post("admissions", "/v1/students/" + student + "/plan/milestones",
                Map.of("title", "Prototype", "description", "At a plant")), "milestone").json();
        String milestone = planned.path("plan").path("milestones").get(0).path("milestoneId").asText();
        params.put("admissions /v1/applications", Map.of("id", application));
        params.put("admissions /v1/students", Map.of("id", student, "mentorId", mentor, "milestoneId", milestone));
        privateIds.addAll(List.of(application, student, milestone));
        filters.put("intakeEventId", event);
    }

    private void qualification() {
        int loaded = api.as(Tokens.OPERATOR).post("qualification", "/v1/reference-data/recognition-lists", null).status();
        if (loaded != 200 && loaded != 201) {
            throw new IllegalStateException("recognition lists: " + loaded);
        }
        String version = eventually(() -> api.as(Tokens.UNIVERSITY_A).get("qualification", "/v1/recognition-list-versions/in-force"),
                "list in force").path("version").asText();
        JsonNode entry = eventually(() -> {
            Api.Reply entries = api.as(Tokens.UNIVERSITY_A).get("qualification", "/v1/recognition-list-versions/" + version + "/entries?size=1");
            return entries.path("items").isEmpty() ? new Api.Reply(404, Map.of(), "no entries listed yet") : entries;
        }, "entries").path("items").get(0);
        String holder = UUID.randomUUID().toString();
        String application = ok(api.as(Tokens.UNIVERSITY_A).post("qualification", "/v1/recognition-applications", Map.of("holderId", holder,
                "qualificationId", entry.path("qualificationId").asText(), "certificate", Map.of("number", "ISO-" + run,
                        "issuingBody", entry.path("issuingBody").asText(), "issuedOn", "2019-06-15"))), "recognition application").path("id").asText();
        params.put("qualification /v1/recognition-applications", Map.of("id", application));
        params.put("qualification /v1/holders", Map.of("holderId", holder));
        privateIds.addAll(List.of(application, holder));
        filters.put("holderId", holder);
    }

    private void mobility() {
        api.as(Tokens.OPERATOR).post("mobility", "/v1/policies/defaults", null);
        String researcher = UUID.randomUUID().toString();
        LocalDate start = LocalDate.now(ZoneOffset.UTC).plusMonths(1);
        String arrangement = ok(api.as(Tokens.UNIVERSITY_A).post("mobility", "/v1/arrangements", Map.of("researcherId", researcher,
                "researcherName", "Isolated Researcher " + run, "form", "LEAVE_TO_FOUND", "enterprise", "isolation-startup-" + run,
                "startsOn", start.toString(), "endsOn", start.plusYears(1).toString(), "purpose", "Found a company")), "arrangement").path("id").asText();
        String post = ok(api.as(Tokens.UNIVERSITY_A).post("mobility", "/v1/posts", Map.of("kind", "PROJECT_MANAGER", "title", "Isolation post " + run)),
                "post").path("id").asText();
        params.put("mobility /v1/arrangements", Map.of("id", arrangement));
        params.put("mobility /v1/posts", Map.of("id", post));
        params.put("mobility /v1/researchers", Map.of("researcherId", researcher));
        privateIds.addAll(List.of(arrangement, post, researcher));
        filters.put("researcherId", researcher);
    }

    private void incubation() {
        api.as(Tokens.OPERATOR).post("incubation", "/v1/partners", Map.of("organisation", ORG, "name", "University A", "kind", "UNIVERSITY"));
        String partner = ok(api.as(Tokens.UNIVERSITY_A).get("incubation", "/v1/partners/me"), "partner record").path("id").asText();
        String centre = "isolation-" + run;
        String agreement = ok(api.as(Tokens.OPERATOR).post("incubation", "/v1/partners/" + partner + "/agreements", Map.of("centre", centre,
                "title", "Isolation agreement", "signedOn", "2026-03-01", "validUntil", "2029-02-28")), "agreement").text();
        String agreementId = idOf(agreement, "agreements", "agreementId");
        String donation = ok(api.as(Tokens.OPERATOR).post("incubation", "/v1/partners/" + partner + "/donations", Map.of("centre", centre,
                "kind", "DONATION", "amount", Map.of("amount", "1000.00", "currency", "CNY"), "purpose", "Isolation", "receivedOn", "2026-04-18")),
                "donation").path("id").asText();
        params.put("incubation /v1/partners", Map.of("id", partner, "agreementId", agreementId, "donationId", donation));
        privateIds.addAll(List.of(partner, agreementId, donation));
        // An industry-education platform university-a hosts, a training base co-built there, a student placed.
        String enterprise = ok(api.as(Tokens.OPERATOR).post("incubation", "/v1/partners", Map.of("organisation", "isolation-enterprise-" + run,
                "name", "Isolation enterprise " + run, "kind", "CORPORATE")), "enterprise partner").path("id").asText();
        String platform = ok(api.as(Tokens.OPERATOR).post("incubation", "/v1/education-platforms", Map.of("centre", centre,
                "kind", "MODERN_INDUSTRY_COLLEGE", "name", "Isolation college " + run, "hostInstitution", ORG, "enterprises", List.of(enterprise),
                "functions", List.of("TALENT_TRAINING"), "proposedOn", "2026-01-10")), "platform").path("id").asText();
        ok(api.as(Tokens.OPERATOR).post("incubation", "/v1/education-platforms/" + platform + "/recognition", Map.of("level", "MUNICIPAL",
                "recognisedOn", "2026-02-01")), "platform recognised");
        String facility = ok(api.as(Tokens.OPERATOR).post("incubation", "/v1/facilities", Map.of("platformId", platform, "kind", "TRAINING_BASE",
                "name", "Isolation base " + run, "enterpriseId", enterprise, "placesPerTerm", 5, "signedOn", "2026-03-01")), "facility")
                .path("id").asText();
        ok(api.as(Tokens.OPERATOR).post("incubation", "/v1/facilities/" + facility + "/opening", Map.of("openedOn", "2026-03-15")), "facility opened");
        String placement = ok(api.as(Tokens.OPERATOR).post("incubation", "/v1/facilities/" + facility + "/placements", Map.of("term", "2026-autumn",
                "student", Map.of("name", "Isolated Student " + run), "academicMentor", Map.of("name", "Isolated Professor"),
                "industryMentor", Map.of("name", "Isolated Engineer"), "placedOn", "2026-04-01")), "placement").path("id").asText();
        params.put("incubation /v1/education-platforms", Map.of("id", platform));
        params.put("incubation /v1/facilities", Map.of("id", facility, "placementId", placement));
        privateIds.addAll(List.of(platform, facility, placement));
        filters.put("platformId", platform);
    }

    private void evaluation() {
        Map<String, Object> track = Map.of("code", "research", "name", "Research", "passMark", 60, "uses", List.of("PROMOTION"),
                "indicators", List.of(Map.of("code", "papers", "name", "Papers", "weight", 1, "kind", "SCORE", "max", 10)),
                "evaluators", List.of(Map.of("kind", "PEER", "count", 1)));
        String scheme = ok(api.as(Tokens.UNIVERSITY_A).post("evaluation", "/v1/schemes", Map.of("name", "Isolation scheme " + run,
                "description", "Isolation", "tracks", List.of(track))), "scheme").path("id").asText();
        String cycle = ok(api.as(Tokens.UNIVERSITY_A).post("evaluation", "/v1/cycles", Map.of("schemeId", scheme, "name", "Isolation cycle " + run)),
                "cycle").path("id").asText();
        String researcher = UUID.randomUUID().toString();
        JsonNode dossierAnswer = ok(api.as(Tokens.UNIVERSITY_A).post("evaluation", "/v1/cycles/" + cycle + "/dossiers", Map.of("researcherId", researcher,
                "track", "research", "use", "PROMOTION", "evidence", List.of("3 papers"))), "dossier").json();
        String dossier = idOf(dossierAnswer.toString(), "dossiers", "dossierId");
        String list = ok(api.as(Tokens.UNIVERSITY_A).post("evaluation", "/v1/challenge-lists", Map.of("title", "Isolation challenges " + run,
                "challenges", List.of(Map.of("code", "iso-1", "title", "First")))), "challenge list").path("id").asText();
        String pledge = ok(api.as(Tokens.UNIVERSITY_A).post("evaluation", "/v1/pledges", Map.of("leaderId", UUID.randomUUID().toString(),
                "title", "Isolation pledge " + run, "targets", List.of(Map.of("code", "t1", "description", "Target")),
                "deadline", LocalDate.now(ZoneOffset.UTC).plusYears(1).toString(), "consequences", "None", "use", "REWARD")), "pledge").path("id").asText();
        JsonNode reviews = ok(api.as(Tokens.OPERATOR).post("evaluation", "/v1/reference-data/title-reviews", null), "title reviews").json();
        String review = reviews.isArray() ? reviews.get(0).path("id").asText() : reviews.path("id").asText();
        JsonNode reviewView = ok(api.as(Tokens.OPERATOR).get("evaluation", "/v1/title-reviews/" + review), "title review").json();
        String specialty = reviewView.path("specialties").get(0).isTextual() ? reviewView.path("specialties").get(0).asText()
                : reviewView.path("specialties").get(0).path("code").asText();
        String titleApplication = idOf(ok(api.as(Tokens.UNIVERSITY_A).post("evaluation", "/v1/title-reviews/" + review + "/applications",
                Map.of("researcherId", researcher, "specialty", specialty, "achievements", 3)), "title application").text(), "applications", "applicationId");
        params.put("evaluation /v1/schemes", Map.of("id", scheme, "version", "1"));
        params.put("evaluation /v1/cycles", Map.of("id", cycle, "dossierId", dossier));
        params.put("evaluation /v1/challenge-lists", Map.of("id", list, "code", "iso-1"));
        params.put("evaluation /v1/pledges", Map.of("id", pledge, "code", "t1"));
        params.put("evaluation /v1/title-reviews", Map.of("id", review, "applicationId", titleApplication));
        privateIds.addAll(List.of(scheme, cycle, dossier, list, pledge, titleApplication));
    }

    /**
     * The id of what a command created: its own {@code field} or {@code id} when the answer is the
     * created thing, else the last item's {@code field} of {@code array} (the one just added).
     */
    private static String idOf(String json, String array, String field) {
        try {
            JsonNode answer = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
            if (answer.hasNonNull(field)) {
                return answer.path(field).asText();
            }
            JsonNode items = answer.path(array);
            if (!items.isArray() || items.isEmpty()) {
                if (answer.hasNonNull("id")) {
                    return answer.path("id").asText();
                }
                throw new IllegalStateException("no " + field + " in " + json);
            }
            return items.get(items.size() - 1).path(field).asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A read from a read model, which may lag behind the command that fed it: retried for up to a minute. */
    private static Api.Reply eventually(java.util.function.Supplier<Api.Reply> read, String what) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        Api.Reply reply = read.get();
        while (reply.status() / 100 != 2 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            reply = read.get();
        }
        return ok(reply, what);
    }

    private static Api.Reply ok(Api.Reply reply, String what) {
        if (reply.status() < 200 || reply.status() > 299) {
            throw new IllegalStateException("could not create the fixture '" + what + "': " + reply.status() + " " + reply.text());
        }
        return reply;
    }
}
