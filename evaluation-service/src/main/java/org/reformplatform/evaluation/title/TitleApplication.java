package org.reformplatform.evaluation.title;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.reformplatform.evaluation.researcher.ResearcherId;

/** An application for the title under review, with the panel's votes and, once decided, the decision. */
public record TitleApplication(
        TitleApplicationId id,
        ResearcherId researcherId,
        String institution,
        String specialty,
        HeldTitle heldTitle,
        int achievements,
        Instant filedAt,
        Map<String, Boolean> votes,
        TitleDecision decision,
        EligibilityRoute route) {

    public boolean decided() {
        return decision != null;
    }

    public long approvals() {
        return votes.values().stream().filter(Boolean::booleanValue).count();
    }

    TitleApplication vote(String member, boolean approve) {
        Map<String, Boolean> copy = new LinkedHashMap<>(votes);
        copy.put(member, approve);
        return new TitleApplication(id, researcherId, institution, specialty, heldTitle, achievements, filedAt, copy, decision, route);
    }

    TitleApplication decide(TitleDecision newDecision, EligibilityRoute newRoute) {
        return new TitleApplication(id, researcherId, institution, specialty, heldTitle, achievements, filedAt, votes, newDecision, newRoute);
    }
}
