package org.reformplatform.benchmark;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.reformplatform.systemtests.Api;
import org.reformplatform.systemtests.Tokens;

/**
 * The admissions workload, through the public API with real Keycloak tokens: intake events to apply
 * to, and the two closed-loop clients of the throughput sweep. The mix is an application's whole
 * life: a partner submits it and its project work, an operator assigns three reviewers, each
 * reviewer scores it, and the committee decides the cases the non-consensus policy refers to it.
 */
final class Admissions {

    static final String SERVICE = "admissions";
    static final Tokens.Principal PARTNER = Tokens.UNIVERSITY_A;
    static final List<Tokens.Principal> REVIEWERS = List.of(Tokens.user("reviewer"), Tokens.user("reviewer-2"), Tokens.user("reviewer-3"));
    private static final String[] CRITERIA = {"originality", "feasibility", "impact"};

    private final Api api;
    private final List<String> reviewerSubjects = new ArrayList<>();
    private final AtomicLong applications = new AtomicLong();

    Admissions(Api api) {
        this.api = api;
        for (Tokens.Principal reviewer : REVIEWERS) {
            reviewerSubjects.add(api.tokens().subjectOf(reviewer));
        }
    }

    Api api() {
        return api;
    }

    /** Announces and opens intake events with room for every application a run can send. */
    List<UUID> openIntakeEvents(int count, String label) {
        List<UUID> ids = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < count; i++) {
            String body = """
                    {"title": "Benchmark %s %d", "kind": "PROJECT_SPRINT", "opensAt": "%s", "closesAt": "%s", "capacity": 100000,
                     "requiredReviews": 3, "challenges": [{"code": "sorter", "title": "A robot arm that sorts recyclables"}],
                     "criteria": [{"code": "originality", "description": "How new the idea is", "weight": 0.4, "maxScore": 10},
                                  {"code": "feasibility", "description": "Whether it can be built", "weight": 0.3, "maxScore": 10},
                                  {"code": "impact", "description": "What it changes", "weight": 0.3, "maxScore": 10}]}
                    """.formatted(label, i, now.minusDays(1), now.plusDays(60));
            Api.Reply created = api.as(Tokens.OPERATOR).post(SERVICE, "/v1/intake-events", body).expect(201);
            UUID id = UUID.fromString(created.path("id").asText());
            api.as(Tokens.OPERATOR).post(SERVICE, "/v1/intake-events/" + id + "/opening", "{}").expect(200);
            ids.add(id);
        }
        return ids;
    }

    /** The body of a submission, the same for the platform and the CRUD baseline. */
    static String submission(UUID intakeEventId, long n) {
        return """
                {"intakeEventId": "%s", "candidate": {"name": "Candidate %d", "contactEmail": "candidate-%d@example.org",
                 "background": {"degreeLevel": "%s", "discipline": "Classical music", "description": "Self-taught programmer, builds robots as a hobby"}}}
                """.formatted(intakeEventId, n, n, n % 3 == 0 ? "NONE" : "BACHELOR");
    }

    /** Submissions only, to the given service ("admissions" or the CRUD baseline), round robin over the events. */
    ClosedLoop.Step submitter(String service, List<UUID> intakeEvents, int client) {
        return new ClosedLoop.Step() {
            int next = client;

            @Override
            public ClosedLoop.Call next() {
                long n = applications.incrementAndGet();
                UUID event = intakeEvents.get(next++ % intakeEvents.size());
                Api.Reply reply = api.as(PARTNER).post(service, "/v1/applications", submission(event, n));
                return reply.status() == 201 ? ClosedLoop.Call.ok("submit") : ClosedLoop.Call.failed("submit", problem(reply));
            }
        };
    }

    /**
     * Takes {@code n} applications to one intake event through their whole life, one command after
     * the other: the 20 consecutive applications cover every review profile (admitted, rejected, referred).
     */
    void completeApplications(UUID intakeEvent, int n) {
        Lifecycle life = new Lifecycle(List.of(intakeEvent), 0);
        int done = 0;
        while (done < n) {
            ClosedLoop.Call call = life.next();
            if (call.error() != null) {
                throw new IllegalStateException(call.kind() + " failed: " + call.error());
            }
            if (life.step == 0) {
                done++;
            }
        }
    }

    /** An application's whole life, one command per call. */
    ClosedLoop.Step lifecycle(List<UUID> intakeEvents, int client) {
        return new Lifecycle(intakeEvents, client);
    }

    private final class Lifecycle implements ClosedLoop.Step {
        private final List<UUID> intakeEvents;
        private int next;
        private int step;
        private String application;
        private long profile;

        Lifecycle(List<UUID> intakeEvents, int client) {
            this.intakeEvents = intakeEvents;
            this.next = client;
        }

        @Override
        public ClosedLoop.Call next() {
            switch (step) {
                case 0: {
                    long n = applications.incrementAndGet();
                    profile = n % 20;
                    Api.Reply reply = api.as(PARTNER).post(SERVICE, "/v1/applications", submission(intakeEvents.get(next++ % intakeEvents.size()), n));
                    if (reply.status() != 201) {
                        return ClosedLoop.Call.failed("submit", problem(reply));
                    }
                    application = reply.path("id").asText();
                    step = 1;
                    return ClosedLoop.Call.ok("submit");
                }
                case 1:
                    return advance("project-work", api.as(PARTNER).post(SERVICE, "/v1/applications/" + application + "/project-work", """
                            {"title": "Recyclable-sorting robot arm", "description": "A 4-axis arm with a vision model that sorts five kinds of waste",
                             "links": ["https://git.example.org/candidate/sorter"]}
                            """));
                case 2:
                    return advance("assign-reviewers", api.as(Tokens.OPERATOR).post(SERVICE, "/v1/applications/" + application + "/reviewers",
                            """
                            {"reviewers": [{"reviewer": "%s"}, {"reviewer": "%s"}, {"reviewer": "%s"}]}
                            """.formatted(reviewerSubjects.get(0), reviewerSubjects.get(1), reviewerSubjects.get(2))));
                case 3:
                case 4:
                case 5: {
                    int reviewer = step - 3;
                    Api.Reply reply = api.as(REVIEWERS.get(reviewer)).post(SERVICE, "/v1/applications/" + application + "/reviews", review(reviewer));
                    if (reply.status() != 200) {
                        step = 0;
                        return ClosedLoop.Call.failed("review", problem(reply));
                    }
                    step = reviewer < 2 ? step + 1 : "special_review".equals(reply.path("status").asText()) ? 6 : 0;
                    return ClosedLoop.Call.ok("review");
                }
                case 6:
                    step = 0;
                    Api.Reply decided = api.as(Tokens.OPERATOR).post(SERVICE, "/v1/applications/" + application + "/committee-decision",
                            "{\"decision\": \"ADMIT\", \"rationale\": \"An unusual but convincing approach\"}");
                    return decided.status() == 200 ? ClosedLoop.Call.ok("committee-decision")
                            : ClosedLoop.Call.failed("committee-decision", problem(decided));
                default:
                    throw new IllegalStateException("step " + step);
            }
        }

        private ClosedLoop.Call advance(String kind, Api.Reply reply) {
            if (reply.status() != 200) {
                step = 0;
                return ClosedLoop.Call.failed(kind, problem(reply));
            }
            step++;
            return ClosedLoop.Call.ok(kind);
        }

        /**
         * 12 in 20 applications are admitted by the policy (all reviewers around 83), 5 rejected (around
         * 43), and 3 split the panel (20 against 90: a spread of 70) and go to the committee.
         */
        private String review(int reviewer) {
            int[] scores;
            String recommendation;
            if (profile < 12) {
                scores = new int[] {8, 8, 9};
                recommendation = "ADMIT";
            } else if (profile < 17) {
                scores = new int[] {4, 4, 5};
                recommendation = "REJECT";
            } else if (reviewer == 0) {
                scores = new int[] {2, 2, 2};
                recommendation = "REJECT";
            } else {
                scores = new int[] {9, 9, 9};
                recommendation = "ADMIT";
            }
            StringBuilder json = new StringBuilder("{\"scores\": [");
            for (int i = 0; i < CRITERIA.length; i++) {
                json.append(i == 0 ? "" : ", ").append("{\"criterion\": \"").append(CRITERIA[i]).append("\", \"score\": ").append(scores[i]).append('}');
            }
            return json.append("], \"recommendation\": \"").append(recommendation)
                    .append("\", \"comment\": \"Working prototype; the vision model generalises well\"}").toString();
        }
    }

    static String problem(Api.Reply reply) {
        String type = reply.path("type").asText("");
        return reply.status() + (type.isEmpty() ? "" : " " + type.substring(type.lastIndexOf('/') + 1));
    }
}
