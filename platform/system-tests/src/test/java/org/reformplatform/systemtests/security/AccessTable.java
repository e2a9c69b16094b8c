package org.reformplatform.systemtests.security;

import static org.reformplatform.systemtests.security.AccessTable.PartnerScope.NONE;
import static org.reformplatform.systemtests.security.AccessTable.PartnerScope.OWN;
import static org.reformplatform.systemtests.security.AccessTable.PartnerScope.SHARED;
import static org.reformplatform.systemtests.security.AccessTable.Role.ANALYST;
import static org.reformplatform.systemtests.security.AccessTable.Role.EVALUATOR;
import static org.reformplatform.systemtests.security.AccessTable.Role.OPERATOR;
import static org.reformplatform.systemtests.security.AccessTable.Role.PARTNER;
import static org.reformplatform.systemtests.security.AccessTable.Role.REVIEWER;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Who may call what: the platform's access rules as one table a reviewer can read, and the source of
 * truth the security suite tests the running services against.
 *
 * <p>Each row is an endpoint, the roles that may call it (its {@code @RolesAllowed}; every other role
 * is answered 403, any bad or missing token 401), and what a partner sees through it:
 * <ul>
 * <li>{@code OWN}: data of one organisation. A partner sees and changes only its own organisation's;
 * another organisation's is answered 404 (so that ids reveal nothing) and never listed, whatever
 * the filters say;</li>
 * <li>{@code SHARED}: reference data every partner may read (intake events, the recognition list,
 * policies, pilots, title reviews; their organisation-owned parts follow OWN);</li>
 * <li>{@code NONE}: partners may not call it at all.</li>
 * </ul>
 *
 * <p>{@code AccessMatrixIT} fails when a service has an endpoint that is not in this table, when a row
 * names an endpoint that no longer exists, or when an endpoint's declared roles (its OpenAPI security,
 * generated from {@code @RolesAllowed}) differ from the row: changing who may call something means
 * changing this table, in review.
 */
final class AccessTable {

    /** The platform's roles (the token's groups claim). */
    enum Role {
        PARTNER, REVIEWER, EVALUATOR, OPERATOR, ANALYST;

        String claim() {
            return name().toLowerCase();
        }
    }

    /** What a partner may see through an endpoint. */
    enum PartnerScope {
        OWN, SHARED, NONE
    }

    /** One endpoint: {@code service}, {@code "METHOD /path"}, the partner scope and the roles allowed. */
    record Rule(String service, String endpoint, PartnerScope scope, Set<Role> roles) {

        String method() {
            return endpoint.substring(0, endpoint.indexOf(' '));
        }

        String path() {
            return endpoint.substring(endpoint.indexOf(' ') + 1);
        }

        boolean allows(Role role) {
            return roles.contains(role);
        }
    }

    /** The services, as AccessMatrixIT names them. */
    static final List<String> SERVICES = List.of("admissions", "qualification", "mobility", "incubation", "evaluation");

    /** The services with a policy laboratory (the kernel's simulations endpoints, each with a simulator of its own). */
    static final List<String> SIMULATING = List.of("admissions", "mobility", "evaluation");

    /** What every service has from the kernel: the operators' endpoints, the same in each. */
    private static List<Rule> kernelOperations(String service) {
        return List.of(
                rule(service, "GET /ops/projections", NONE, OPERATOR, ANALYST),
                rule(service, "GET /ops/projections/{name}", NONE, OPERATOR, ANALYST),
                rule(service, "POST /ops/projections/{name}/rebuild", NONE, OPERATOR),
                rule(service, "POST /ops/projections/{name}/verify", NONE, OPERATOR),
                rule(service, "GET /ops/projections/{name}/digest", NONE, OPERATOR, ANALYST),
                rule(service, "GET /ops/deadlines", NONE, OPERATOR, ANALYST),
                rule(service, "GET /ops/deadlines/summary", NONE, OPERATOR, ANALYST),
                rule(service, "GET /ops/clock", NONE, OPERATOR, ANALYST),
                rule(service, "POST /ops/clock", NONE, OPERATOR),
                rule(service, "GET /ops/dead-letters", NONE, OPERATOR),
                rule(service, "GET /ops/dead-letters/{id}", NONE, OPERATOR),
                rule(service, "POST /ops/dead-letters/{id}/replay", NONE, OPERATOR),
                rule(service, "POST /ops/dead-letters/consumers/{consumer}/replay", NONE, OPERATOR),
                rule(service, "POST /ops/dead-letters/{id}/discard", NONE, OPERATOR),
                rule(service, "GET /ops/personal-data/subjects/{subject}", NONE, OPERATOR),
                rule(service, "POST /ops/personal-data/subjects/{subject}/erasure", NONE, OPERATOR),
                rule(service, "POST /ops/personal-data/erasure-requests", NONE, OPERATOR),
                rule(service, "GET /ops/personal-data/erasure-requests/{id}", NONE, OPERATOR),
                rule(service, "GET /ops/personal-data/decryption-grants", NONE, OPERATOR),
                rule(service, "POST /ops/personal-data/decryption-grants", NONE, OPERATOR),
                rule(service, "GET /ops/personal-data/decryption-grants/{id}", NONE, OPERATOR, ANALYST),
                rule(service, "POST /ops/personal-data/decryption-grants/{id}/openings", NONE, ANALYST),
                rule(service, "POST /ops/personal-data/decryption-grants/{id}/revocation", NONE, OPERATOR),
                rule(service, "GET /ops/personal-data/key-rotations", NONE, OPERATOR),
                rule(service, "POST /ops/personal-data/key-rotations", NONE, OPERATOR));
    }

    /** The policy laboratory's endpoints, the same in each service that simulates. */
    private static List<Rule> simulations(String service) {
        return List.of(
                rule(service, "GET /v1/simulations", NONE, OPERATOR, ANALYST),
                rule(service, "POST /v1/simulations", NONE, OPERATOR, ANALYST),
                rule(service, "GET /v1/simulations/{id}", NONE, OPERATOR, ANALYST),
                rule(service, "GET /v1/simulations/{id}/report.csv", NONE, OPERATOR, ANALYST),
                rule(service, "POST /v1/simulations/{id}/rerun", NONE, OPERATOR, ANALYST));
    }

    /** Each service's own endpoints. */
    private static final List<Rule> SERVICE_RULES = List.of(
            // admissions
            rule("admissions", "GET /v1/deadlines", OWN, PARTNER, OPERATOR, ANALYST),
            rule("admissions", "GET /v1/admission-statistics/by-intake-event", NONE, OPERATOR, ANALYST),
            rule("admissions", "GET /v1/admission-statistics/by-month", NONE, OPERATOR, ANALYST),
            rule("admissions", "GET /v1/applications", OWN, PARTNER, OPERATOR),
            rule("admissions", "POST /v1/applications", OWN, PARTNER, OPERATOR),
            rule("admissions", "GET /v1/applications/{id}", OWN, PARTNER, REVIEWER, OPERATOR),
            rule("admissions", "POST /v1/applications/{id}/committee-decision", NONE, OPERATOR),
            rule("admissions", "POST /v1/applications/{id}/conflicts-of-interest", NONE, REVIEWER, OPERATOR),
            rule("admissions", "GET /v1/applications/{id}/history", OWN, PARTNER, OPERATOR),
            rule("admissions", "POST /v1/applications/{id}/project-work", OWN, PARTNER, OPERATOR),
            rule("admissions", "POST /v1/applications/{id}/reviewers", NONE, OPERATOR),
            rule("admissions", "POST /v1/applications/{id}/reviews", NONE, REVIEWER),
            rule("admissions", "POST /v1/applications/{id}/withdrawal", OWN, PARTNER, OPERATOR),
            rule("admissions", "GET /v1/conflict-checks", NONE, OPERATOR),
            rule("admissions", "GET /v1/intake-events", SHARED, PARTNER, REVIEWER, OPERATOR, ANALYST),
            rule("admissions", "POST /v1/intake-events", NONE, OPERATOR),
            rule("admissions", "GET /v1/intake-events/{id}", SHARED, PARTNER, REVIEWER, OPERATOR, ANALYST),
            rule("admissions", "POST /v1/intake-events/{id}/closing", NONE, OPERATOR),
            rule("admissions", "POST /v1/intake-events/{id}/extension", NONE, OPERATOR),
            rule("admissions", "POST /v1/intake-events/{id}/opening", NONE, OPERATOR),
            rule("admissions", "POST /v1/intake-events/{id}/non-consensus-policy", NONE, OPERATOR),
            rule("admissions", "GET /v1/intake-event-rankings/{id}", NONE, OPERATOR, ANALYST),
            rule("admissions", "GET /v1/mentor-load", NONE, OPERATOR, ANALYST),
            rule("admissions", "GET /v1/mentors", NONE, OPERATOR, ANALYST),
            rule("admissions", "POST /v1/mentors", NONE, OPERATOR),
            rule("admissions", "GET /v1/mentors/{id}", NONE, OPERATOR, ANALYST),
            rule("admissions", "POST /v1/mentors/{id}/capacity", NONE, OPERATOR),
            rule("admissions", "POST /v1/reference-data/mentors", NONE, OPERATOR),
            rule("admissions", "GET /v1/review-queue", NONE, REVIEWER),
            rule("admissions", "GET /v1/special-reviews", NONE, OPERATOR, ANALYST),
            rule("admissions", "GET /v1/students", OWN, PARTNER, OPERATOR),
            rule("admissions", "GET /v1/students/{id}", OWN, PARTNER, REVIEWER, OPERATOR),
            rule("admissions", "POST /v1/students/{id}/mentor-team", NONE, OPERATOR),
            rule("admissions", "POST /v1/students/{id}/mentorships/{mentorId}/ending", OWN, PARTNER, REVIEWER, OPERATOR),
            rule("admissions", "POST /v1/students/{id}/plan/goals", OWN, PARTNER, REVIEWER, OPERATOR),
            rule("admissions", "POST /v1/students/{id}/plan/milestones", OWN, PARTNER, REVIEWER, OPERATOR),
            rule("admissions", "POST /v1/students/{id}/plan/milestones/{milestoneId}/reaching", OWN, PARTNER, REVIEWER, OPERATOR),
            rule("admissions", "POST /v1/students/{id}/plan/progress-notes", OWN, PARTNER, REVIEWER, OPERATOR),
            rule("admissions", "POST /v1/students/{id}/rematches", NONE, OPERATOR),
            // qualification
            rule("qualification", "GET /v1/deadlines", OWN, PARTNER, OPERATOR, ANALYST),
            rule("qualification", "GET /v1/holders/{holderId}/recognitions", OWN, PARTNER, OPERATOR, ANALYST),
            rule("qualification", "GET /v1/recognition-applications", OWN, PARTNER, OPERATOR, ANALYST),
            rule("qualification", "POST /v1/recognition-applications", OWN, PARTNER),
            rule("qualification", "GET /v1/recognition-applications/status-counts", OWN, PARTNER, OPERATOR, ANALYST),
            rule("qualification", "GET /v1/recognition-applications/{id}", OWN, PARTNER, OPERATOR, ANALYST),
            rule("qualification", "POST /v1/recognition-applications/{id}/appeal", OWN, PARTNER),
            rule("qualification", "POST /v1/recognition-applications/{id}/appeal/decision", NONE, OPERATOR),
            rule("qualification", "POST /v1/recognition-applications/{id}/compensation/completion", NONE, OPERATOR),
            rule("qualification", "POST /v1/recognition-applications/{id}/conditional-recognition", NONE, OPERATOR),
            rule("qualification", "POST /v1/recognition-applications/{id}/document-requests", NONE, OPERATOR),
            rule("qualification", "POST /v1/recognition-applications/{id}/documents", OWN, PARTNER, OPERATOR),
            rule("qualification", "POST /v1/recognition-applications/{id}/recognition", NONE, OPERATOR),
            rule("qualification", "POST /v1/recognition-applications/{id}/refusal", NONE, OPERATOR),
            rule("qualification", "POST /v1/recognition-applications/{id}/verification", NONE, OPERATOR),
            rule("qualification", "GET /v1/recognition-list-versions", SHARED, PARTNER, OPERATOR, ANALYST),
            rule("qualification", "POST /v1/recognition-list-versions", NONE, OPERATOR),
            rule("qualification", "GET /v1/recognition-list-versions/in-force", SHARED, PARTNER, OPERATOR, ANALYST),
            rule("qualification", "GET /v1/recognition-list-versions/{version}", SHARED, PARTNER, OPERATOR, ANALYST),
            rule("qualification", "GET /v1/recognition-list-versions/{version}/differences", SHARED, PARTNER, OPERATOR, ANALYST),
            rule("qualification", "POST /v1/recognition-list-versions/{version}/discarding", NONE, OPERATOR),
            rule("qualification", "GET /v1/recognition-list-versions/{version}/entries", SHARED, PARTNER, OPERATOR, ANALYST),
            rule("qualification", "POST /v1/recognition-list-versions/{version}/entries", NONE, OPERATOR),
            rule("qualification", "GET /v1/recognition-list-versions/{version}/entries/{qualificationId}", SHARED, PARTNER, OPERATOR, ANALYST),
            rule("qualification", "POST /v1/recognition-list-versions/{version}/entries/{qualificationId}/revision", NONE, OPERATOR),
            rule("qualification", "POST /v1/recognition-list-versions/{version}/entries/{qualificationId}/withdrawal", NONE, OPERATOR),
            rule("qualification", "POST /v1/recognition-list-versions/{version}/publication", NONE, OPERATOR),
            rule("qualification", "POST /v1/reference-data/recognition-lists", NONE, OPERATOR),
            // mobility
            rule("mobility", "GET /v1/deadlines", OWN, PARTNER, OPERATOR, ANALYST),
            rule("mobility", "GET /v1/arrangements", OWN, PARTNER, OPERATOR, ANALYST),
            rule("mobility", "POST /v1/arrangements", OWN, PARTNER),
            rule("mobility", "GET /v1/arrangements/active-counts", OWN, PARTNER, OPERATOR, ANALYST),
            rule("mobility", "GET /v1/arrangements/due", OWN, PARTNER, OPERATOR, ANALYST),
            rule("mobility", "GET /v1/arrangements/{id}", OWN, PARTNER, OPERATOR, ANALYST),
            rule("mobility", "POST /v1/arrangements/{id}/agreement/signatures", OWN, PARTNER, OPERATOR),
            rule("mobility", "POST /v1/arrangements/{id}/agreement/terms", OWN, PARTNER, OPERATOR),
            rule("mobility", "POST /v1/arrangements/{id}/approval", OWN, PARTNER, OPERATOR),
            rule("mobility", "POST /v1/arrangements/{id}/deferral", OWN, PARTNER, OPERATOR),
            rule("mobility", "POST /v1/arrangements/{id}/ending", OWN, PARTNER, OPERATOR),
            rule("mobility", "POST /v1/arrangements/{id}/milestones", NONE, OPERATOR),
            rule("mobility", "POST /v1/arrangements/{id}/rejection", OWN, PARTNER, OPERATOR),
            rule("mobility", "POST /v1/arrangements/{id}/results-review", OWN, PARTNER, OPERATOR),
            rule("mobility", "POST /v1/arrangements/{id}/return-or-resign", OWN, PARTNER, OPERATOR),
            rule("mobility", "POST /v1/arrangements/{id}/term-extension", OWN, PARTNER, OPERATOR),
            rule("mobility", "POST /v1/arrangements/{id}/withdrawal", OWN, PARTNER),
            rule("mobility", "GET /v1/policies/current", SHARED, PARTNER, OPERATOR, ANALYST),
            rule("mobility", "POST /v1/policies/defaults", NONE, OPERATOR),
            rule("mobility", "POST /v1/policies/revisions", NONE, OPERATOR),
            rule("mobility", "GET /v1/policies/versions/{version}", SHARED, PARTNER, OPERATOR, ANALYST),
            rule("mobility", "GET /v1/posts", OWN, PARTNER, OPERATOR, ANALYST),
            rule("mobility", "POST /v1/posts", OWN, PARTNER),
            rule("mobility", "GET /v1/posts/counts", OWN, PARTNER, OPERATOR, ANALYST),
            rule("mobility", "GET /v1/posts/{id}", OWN, PARTNER, OPERATOR, ANALYST),
            rule("mobility", "POST /v1/posts/{id}/filling", OWN, PARTNER),
            rule("mobility", "POST /v1/posts/{id}/vacating", OWN, PARTNER),
            rule("mobility", "GET /v1/researchers/{researcherId}/mobility-record", OWN, PARTNER, OPERATOR, ANALYST),
            // incubation
            rule("incubation", "GET /v1/deadlines", OWN, PARTNER, OPERATOR, ANALYST),
            rule("incubation", "GET /v1/education-platforms", OWN, PARTNER, OPERATOR, ANALYST),
            rule("incubation", "POST /v1/education-platforms", NONE, OPERATOR),
            rule("incubation", "GET /v1/education-platforms/{id}", OWN, PARTNER, OPERATOR, ANALYST),
            rule("incubation", "POST /v1/education-platforms/{id}/activation", NONE, OPERATOR),
            rule("incubation", "POST /v1/education-platforms/{id}/closure", NONE, OPERATOR),
            rule("incubation", "POST /v1/education-platforms/{id}/recognition", NONE, OPERATOR),
            rule("incubation", "POST /v1/education-platforms/{id}/reform-plan", NONE, OPERATOR),
            rule("incubation", "POST /v1/education-platforms/{id}/reform-plan/publication", NONE, OPERATOR),
            rule("incubation", "POST /v1/education-platforms/{id}/reform-plan/revisions", NONE, OPERATOR),
            rule("incubation", "GET /v1/facilities", OWN, PARTNER, OPERATOR, ANALYST),
            rule("incubation", "POST /v1/facilities", NONE, OPERATOR),
            rule("incubation", "GET /v1/facilities/{id}", OWN, PARTNER, OPERATOR, ANALYST),
            rule("incubation", "POST /v1/facilities/{id}/closure", NONE, OPERATOR),
            rule("incubation", "POST /v1/facilities/{id}/opening", NONE, OPERATOR),
            rule("incubation", "GET /v1/facilities/{id}/placements", OWN, PARTNER, OPERATOR, ANALYST),
            rule("incubation", "POST /v1/facilities/{id}/placements", NONE, OPERATOR),
            rule("incubation", "POST /v1/facilities/{id}/placements/{placementId}/assessment", NONE, OPERATOR),
            rule("incubation", "POST /v1/facilities/{id}/placements/{placementId}/ending", NONE, OPERATOR),
            rule("incubation", "POST /v1/facilities/{id}/placements/{placementId}/start", NONE, OPERATOR),
            rule("incubation", "GET /v1/partners", NONE, OPERATOR, ANALYST),
            rule("incubation", "POST /v1/partners", NONE, OPERATOR),
            rule("incubation", "GET /v1/partners/me", OWN, PARTNER),
            rule("incubation", "GET /v1/partners/{id}", OWN, PARTNER, OPERATOR, ANALYST),
            rule("incubation", "POST /v1/partners/{id}/agreements", NONE, OPERATOR),
            rule("incubation", "GET /v1/partners/{id}/agreements/{agreementId}", OWN, PARTNER, OPERATOR, ANALYST),
            rule("incubation", "POST /v1/partners/{id}/agreements/{agreementId}/ending", NONE, OPERATOR),
            rule("incubation", "POST /v1/partners/{id}/agreements/{agreementId}/renewal", NONE, OPERATOR),
            rule("incubation", "GET /v1/partners/{id}/donations", OWN, PARTNER, OPERATOR, ANALYST),
            rule("incubation", "POST /v1/partners/{id}/donations", NONE, OPERATOR),
            rule("incubation", "GET /v1/partners/{id}/donations/{donationId}", OWN, PARTNER, OPERATOR, ANALYST),
            rule("incubation", "GET /v1/partners/{id}/investments", OWN, PARTNER, OPERATOR, ANALYST),
            rule("incubation", "GET /v1/portfolio", NONE, OPERATOR, ANALYST),
            rule("incubation", "GET /v1/portfolio/ventures", NONE, OPERATOR, ANALYST),
            rule("incubation", "POST /v1/reference-data/portfolio", NONE, OPERATOR),
            rule("incubation", "GET /v1/ventures", NONE, OPERATOR, ANALYST),
            rule("incubation", "POST /v1/ventures", NONE, OPERATOR),
            rule("incubation", "GET /v1/ventures/{id}", NONE, OPERATOR, ANALYST),
            rule("incubation", "POST /v1/ventures/{id}/closure", NONE, OPERATOR),
            rule("incubation", "POST /v1/ventures/{id}/founders", NONE, OPERATOR),
            rule("incubation", "POST /v1/ventures/{id}/funding-rounds", NONE, OPERATOR),
            rule("incubation", "POST /v1/ventures/{id}/mentors", NONE, OPERATOR),
            rule("incubation", "POST /v1/ventures/{id}/milestones", NONE, OPERATOR),
            rule("incubation", "POST /v1/ventures/{id}/stage-changes", NONE, OPERATOR),
            rule("incubation", "GET /v1/ventures/{id}/timeline", NONE, OPERATOR, ANALYST),
            // evaluation
            rule("evaluation", "GET /v1/deadlines", OWN, PARTNER, OPERATOR, ANALYST),
            rule("evaluation", "GET /v1/assignments", NONE, EVALUATOR),
            rule("evaluation", "GET /v1/challenge-lists", OWN, PARTNER, OPERATOR, ANALYST),
            rule("evaluation", "POST /v1/challenge-lists", OWN, PARTNER, OPERATOR),
            rule("evaluation", "GET /v1/challenge-lists/{id}", OWN, PARTNER, OPERATOR, ANALYST),
            rule("evaluation", "POST /v1/challenge-lists/{id}/challenges/{code}/taking", OWN, PARTNER, OPERATOR),
            rule("evaluation", "GET /v1/conflict-checks", NONE, OPERATOR),
            rule("evaluation", "GET /v1/evaluators", SHARED, PARTNER, OPERATOR, ANALYST),
            rule("evaluation", "POST /v1/evaluators", NONE, OPERATOR),
            rule("evaluation", "GET /v1/evaluators/{subject}", SHARED, PARTNER, OPERATOR, ANALYST),
            rule("evaluation", "GET /v1/cycles", OWN, PARTNER, OPERATOR, ANALYST),
            rule("evaluation", "POST /v1/cycles", OWN, PARTNER, OPERATOR),
            rule("evaluation", "GET /v1/cycles/{id}", OWN, PARTNER, OPERATOR, ANALYST),
            rule("evaluation", "POST /v1/cycles/{id}/conclusion", OWN, PARTNER, OPERATOR),
            rule("evaluation", "POST /v1/cycles/{id}/conflicts", OWN, PARTNER, EVALUATOR, OPERATOR),
            rule("evaluation", "POST /v1/cycles/{id}/dossiers", OWN, PARTNER, OPERATOR),
            rule("evaluation", "GET /v1/cycles/{id}/dossiers/{dossierId}", OWN, PARTNER, EVALUATOR, OPERATOR, ANALYST),
            rule("evaluation", "POST /v1/cycles/{id}/dossiers/{dossierId}/appeal", OWN, PARTNER, OPERATOR),
            rule("evaluation", "POST /v1/cycles/{id}/dossiers/{dossierId}/appeal/reviewers", NONE, OPERATOR),
            rule("evaluation", "POST /v1/cycles/{id}/dossiers/{dossierId}/appeal/scores", NONE, EVALUATOR),
            rule("evaluation", "POST /v1/cycles/{id}/dossiers/{dossierId}/assignments", OWN, PARTNER, OPERATOR),
            rule("evaluation", "POST /v1/cycles/{id}/dossiers/{dossierId}/scores", NONE, EVALUATOR),
            rule("evaluation", "GET /v1/cycles/{id}/progress", OWN, PARTNER, OPERATOR, ANALYST),
            rule("evaluation", "GET /v1/outcomes", OWN, PARTNER, OPERATOR, ANALYST),
            rule("evaluation", "GET /v1/outcomes/summary", OWN, PARTNER, OPERATOR, ANALYST),
            rule("evaluation", "GET /v1/pilots", SHARED, PARTNER, OPERATOR, ANALYST),
            rule("evaluation", "POST /v1/pilots", NONE, OPERATOR),
            rule("evaluation", "GET /v1/pilots/{id}", SHARED, PARTNER, OPERATOR, ANALYST),
            rule("evaluation", "GET /v1/pilots/{id}/figures", SHARED, PARTNER, OPERATOR, ANALYST),
            rule("evaluation", "POST /v1/pilots/{id}/measures", SHARED, PARTNER, OPERATOR),
            rule("evaluation", "POST /v1/pilots/{id}/members", NONE, OPERATOR),
            rule("evaluation", "GET /v1/pledges", OWN, PARTNER, OPERATOR, ANALYST),
            rule("evaluation", "POST /v1/pledges", OWN, PARTNER, OPERATOR),
            rule("evaluation", "GET /v1/pledges/{id}", OWN, PARTNER, OPERATOR, ANALYST),
            rule("evaluation", "POST /v1/pledges/{id}/assessment", OWN, PARTNER, OPERATOR),
            rule("evaluation", "POST /v1/pledges/{id}/targets/{code}/fulfilment", OWN, PARTNER, OPERATOR),
            rule("evaluation", "POST /v1/reference-data/pilot", NONE, OPERATOR),
            rule("evaluation", "POST /v1/reference-data/title-reviews", NONE, OPERATOR),
            rule("evaluation", "GET /v1/researchers/{id}", SHARED, PARTNER, OPERATOR, ANALYST),
            rule("evaluation", "GET /v1/researchers/{id}/history", SHARED, PARTNER, OPERATOR, ANALYST),
            rule("evaluation", "GET /v1/schemes", OWN, PARTNER, OPERATOR, ANALYST),
            rule("evaluation", "POST /v1/schemes", OWN, PARTNER, OPERATOR),
            rule("evaluation", "GET /v1/schemes/{id}", OWN, PARTNER, OPERATOR, ANALYST),
            rule("evaluation", "POST /v1/schemes/{id}/revisions", OWN, PARTNER, OPERATOR),
            rule("evaluation", "GET /v1/schemes/{id}/versions/{version}", OWN, PARTNER, OPERATOR, ANALYST),
            rule("evaluation", "GET /v1/title-results", OWN, PARTNER, OPERATOR, ANALYST),
            rule("evaluation", "GET /v1/title-results/summary", OWN, PARTNER, OPERATOR, ANALYST),
            rule("evaluation", "GET /v1/title-reviews", SHARED, PARTNER, EVALUATOR, OPERATOR, ANALYST),
            rule("evaluation", "POST /v1/title-reviews", NONE, OPERATOR),
            rule("evaluation", "GET /v1/title-reviews/{id}", SHARED, PARTNER, EVALUATOR, OPERATOR, ANALYST),
            rule("evaluation", "POST /v1/title-reviews/{id}/applications", SHARED, PARTNER, OPERATOR),
            rule("evaluation", "GET /v1/title-reviews/{id}/applications/{applicationId}", OWN, PARTNER, EVALUATOR, OPERATOR, ANALYST),
            rule("evaluation", "POST /v1/title-reviews/{id}/applications/{applicationId}/decision", NONE, OPERATOR),
            rule("evaluation", "POST /v1/title-reviews/{id}/applications/{applicationId}/votes", NONE, EVALUATOR),
            rule("evaluation", "POST /v1/title-reviews/{id}/closing", NONE, OPERATOR),
            rule("evaluation", "POST /v1/title-reviews/{id}/panel", NONE, OPERATOR)
    );

    /** Every row: declared after the parts it is made of, which static initialisation runs in order. */
    static final List<Rule> RULES = Stream.of(
            SERVICES.stream().flatMap(s -> kernelOperations(s).stream()),
            SIMULATING.stream().flatMap(s -> simulations(s).stream()),
            SERVICE_RULES.stream()).flatMap(s -> s).toList();

    static Optional<Rule> find(String service, String endpoint) {
        return RULES.stream().filter(r -> r.service().equals(service) && r.endpoint().equals(endpoint)).findFirst();
    }

    private static Rule rule(String service, String endpoint, PartnerScope scope, Role... roles) {
        Set<Role> allowed = EnumSet.noneOf(Role.class);
        allowed.addAll(List.of(roles));
        if (allowed.contains(PARTNER) == (scope == NONE)) {
            throw new IllegalArgumentException(service + " " + endpoint + ": partner scope " + scope + " does not match its roles " + allowed);
        }
        return new Rule(service, endpoint, scope, Set.copyOf(allowed));
    }

    private AccessTable() {
    }
}
