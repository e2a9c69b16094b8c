package org.reformplatform.systemtests.scenario;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformplatform.systemtests.Api;
import org.reformplatform.systemtests.Tokens;

/**
 * Mobility arrangements as the parties make them: university-a applies for its researcher, the
 * institution (or an operator, for leave to found) approves, and every party the policy names signs
 * for itself (the researcher through the institution's system, enterprise-b as the host).
 */
public final class Arrangements {

    /** The home institution of every arrangement: the organisation of the partner client university-a. */
    public static final String INSTITUTION = "university-a";
    /** The host enterprise: the organisation of the partner client enterprise-b. */
    public static final String ENTERPRISE = "enterprise-b";

    private final Api api;

    public Arrangements(Api api) {
        this.api = api;
    }

    /** The default rules as the policy in force (a no-op when they are already). */
    public void policyInForce() {
        api.as(Tokens.OPERATOR).post("mobility", "/v1/policies/defaults", null).expectSuccess();
    }

    /** Applies, approves and signs: the arrangement is active when this returns (the last signature activates it). */
    public UUID activate(String form, UUID researcherId, String researcherName, String enterprise, UUID postId, LocalDate startsOn,
            LocalDate endsOn, String idempotencyKey) {
        Api.Caller institution = api.as(Tokens.UNIVERSITY_A);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("researcherId", researcherId.toString());
        body.put("researcherName", researcherName);
        body.put("form", form);
        if (enterprise != null) {
            body.put("enterprise", enterprise);
        }
        if (postId != null) {
            body.put("postId", postId.toString());
        }
        body.put("startsOn", startsOn.toString());
        body.put("endsOn", endsOn.toString());
        body.put("purpose", purposeOf(form));
        body.put("agreementTerms", "Salary paid by the institution; results shared as agreed");
        JsonNode applied = institution.post("mobility", "/v1/arrangements", body, Map.of("Idempotency-Key", idempotencyKey))
                .expectSuccess().json();
        UUID id = UUID.fromString(applied.path("id").asText());
        // Leave to found is not delegated to the institution by the default policy: an operator approves it.
        Api.Caller approver = form.equals("LEAVE_TO_FOUND") ? api.as(Tokens.OPERATOR) : institution;
        JsonNode approved = approver.post("mobility", "/v1/arrangements/" + id + "/approval", null).expect(200).json();
        int version = approved.path("agreement").path("version").asInt(1);
        JsonNode state = approved;
        for (JsonNode party : approved.path("agreement").path("awaiting")) {
            String name = party.asText();
            Map<String, Object> signature = new LinkedHashMap<>();
            signature.put("party", name);
            signature.put("agreementVersion", version);
            switch (name) {
                case "RESEARCHER" -> {
                    signature.put("signatory", researcherName);
                    signature.put("researcherId", researcherId.toString());
                    state = institution.post("mobility", "/v1/arrangements/" + id + "/agreement/signatures", signature).expect(200).json();
                }
                case "HOME_INSTITUTION" -> {
                    signature.put("signatory", "Dean of research, " + INSTITUTION);
                    state = institution.post("mobility", "/v1/arrangements/" + id + "/agreement/signatures", signature).expect(200).json();
                }
                default -> {
                    signature.put("signatory", "General manager, " + enterprise);
                    state = api.as(Tokens.ENTERPRISE_B).post("mobility", "/v1/arrangements/" + id + "/agreement/signatures", signature)
                            .expect(200).json();
                }
            }
        }
        if (!state.path("status").asText().equalsIgnoreCase("active")) {
            throw new IllegalStateException("arrangement " + id + " is " + state.path("status").asText() + " after every signature: " + state);
        }
        return id;
    }

    /**
     * Ends it as completed on the last day of its term and, where the policy reviews results, records
     * the review. A term whose last day has passed ends itself (mobility's TermEnd deadline), so the
     * institution's ending may find it ended already, as completed on that day: that is the same outcome.
     */
    public void complete(UUID id, LocalDate endsOn, String outcome, List<Map<String, String>> results) {
        Api.Caller institution = api.as(Tokens.UNIVERSITY_A);
        Api.Reply ending = institution.post("mobility", "/v1/arrangements/" + id + "/ending", Map.of("ending", "COMPLETED",
                "endedOn", endsOn.toString(), "reason", "Completed as agreed"));
        if (ending.status() != 200) {
            ending.expect(409);
            JsonNode arrangement = institution.get("mobility", "/v1/arrangements/" + id).expect(200).json();
            if (!arrangement.path("status").asText().equalsIgnoreCase("ended")
                    || !arrangement.path("ending").asText().equalsIgnoreCase("COMPLETED")) {
                throw new IllegalStateException("arrangement " + id + " could not be completed: " + ending.text() + "; it is " + arrangement);
            }
        }
        if (outcome != null) {
            institution.post("mobility", "/v1/arrangements/" + id + "/results-review", Map.of("outcome", outcome, "results", results))
                    .expect(200);
        }
    }

    private static String purposeOf(String form) {
        return switch (form) {
            case "LEAVE_TO_FOUND" -> "Leave the post to found a start-up on the group's results";
            case "PART_TIME_INNOVATION" -> "Part-time innovation in a company while keeping the post";
            case "SECONDMENT" -> "Secondment to the host enterprise's R&D project";
            default -> "Enterprise talent brought into the institution on a special post";
        };
    }
}
