package org.reformplatform.mobility.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.eventsourcing.simulation.History;
import org.reformplatform.eventsourcing.simulation.Progress;
import org.reformplatform.eventsourcing.simulation.SimulationReport;
import org.reformplatform.eventsourcing.simulation.Simulator;
import org.reformplatform.eventsourcing.store.RecordedEvent;
import org.reformplatform.mobility.arrangement.Arrangement;
import org.reformplatform.mobility.arrangement.ArrangementEvent;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementApproved;
import org.reformplatform.mobility.arrangement.ArrangementForm;
import org.reformplatform.mobility.arrangement.FormPolicy;
import org.reformplatform.mobility.policy.MobilityPolicy;
import org.reformplatform.mobility.policy.PolicyInForce;

/**
 * Mobility's simulator, scope kind {@value #KIND}: a set of arrangements (by id, or by form and a
 * period of approval) replayed under a mobility policy version with other rules. Reads the request
 * into an exact plan (the policy's every form written out), then replays each arrangement with
 * {@link ArrangementReplay}.
 *
 * <pre>
 * scope:  {"arrangementIds": ["..."]}  or  {"form": "LEAVE_TO_FOUND", "approvedFrom": "2026-01-01", "approvedTo": "2026-12-31"}
 * policy: {"basedOnVersion": 2, "forms": [{"form": "SECONDMENT", "signingDays": 20}]}   (omitted fields: as in the version)
 * </pre>
 */
@ApplicationScoped
public class MobilitySimulator implements Simulator {

    public static final String KIND = "mobility-arrangements";
    private static final Set<String> TIME_LIMITS = Set.of("signingDays", "decisionGraceWorkingDays", "ifUndecided");
    private static final Set<String> RULES = Set.of("maxTermMonths", "maxDeferralMonths", "signatories", "approvalDelegated",
            "reviewedOnResults", "timeLimits");

    @Inject
    ObjectMapper mapper;

    @Inject
    PolicyInForce policies;

    @Inject
    RegionalCalendar calendar;

    @Override
    public String scopeKind() {
        return KIND;
    }

    @Override
    public Plan plan(JsonNode scope, JsonNode policy, boolean reproduction) {
        ArrangementScope fixed = ArrangementScope.read(scope, mapper);
        if (reproduction) {
            return Plan.reproduction(mapper.valueToTree(fixed));
        }
        return new Plan(mapper.valueToTree(fixed), mapper.valueToTree(policyTried(policy)));
    }

    /** The version it is based on (the one in force if none is named), with the given fields of each form changed. */
    private PolicyTried policyTried(JsonNode policy) {
        if (policy == null || !policy.isObject()) {
            throw RuleViolation.invalid("policy-required", "Name the policy to try: {\"basedOnVersion\": n, \"forms\": [...]}");
        }
        MobilityPolicy recorded = policies.load().state();
        JsonNode basedOn = policy.get("basedOnVersion");
        MobilityPolicy.Version base = basedOn == null || basedOn.isNull() ? policies.current()
                : recorded.version(basedOn.asInt()).orElseThrow(() -> RuleViolation.invalid("unknown-policy-version",
                        "There is no mobility policy version " + basedOn.asText()));
        Map<ArrangementForm, FormPolicy> forms = new LinkedHashMap<>();
        base.forms().forEach(f -> forms.put(f.form(), f));
        for (Iterator<String> names = policy.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!name.equals("basedOnVersion") && !name.equals("forms")) {
                throw RuleViolation.invalid("unknown-policy-field", "A policy names basedOnVersion and forms, not " + name);
            }
        }
        JsonNode changes = policy.get("forms");
        if (changes != null && !changes.isNull()) {
            if (!changes.isArray()) {
                throw RuleViolation.invalid("forms-not-a-list", "forms is a list of changed form rules");
            }
            for (JsonNode change : changes) {
                FormPolicy changed = changed(forms, change);
                changed.validate();
                forms.put(changed.form(), changed);
            }
        }
        return new PolicyTried(base.number(), List.copyOf(forms.values()));
    }

    private FormPolicy changed(Map<ArrangementForm, FormPolicy> forms, JsonNode change) {
        ArrangementForm form;
        try {
            form = ArrangementForm.valueOf(change.path("form").asText());
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid("unknown-form", "Each changed form names its form, one of " + List.of(ArrangementForm.values()));
        }
        ObjectNode rules = mapper.valueToTree(forms.get(form));
        ObjectNode limits = (ObjectNode) rules.get("timeLimits");
        for (Iterator<Map.Entry<String, JsonNode>> fields = change.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (name.equals("form")) {
                continue;
            }
            if (TIME_LIMITS.contains(name)) {
                limits.set(name, field.getValue());
            } else if (RULES.contains(name)) {
                rules.set(name, field.getValue());
            } else {
                throw RuleViolation.invalid("unknown-rule", form + ": no rule " + name + "; the rules are " + RULES + " and " + TIME_LIMITS)
                        .with("form", form.name());
            }
        }
        try {
            return mapper.treeToValue(rules, FormPolicy.class);
        } catch (Exception e) {
            throw RuleViolation.invalid("rules-unreadable", form + ": " + e.getMessage()).with("form", form.name());
        }
    }

    @Override
    public SimulationReport run(Plan plan, History history, Progress progress) {
        ArrangementScope scope = plan.scopeAs(mapper, ArrangementScope.class);
        PolicyTried policy = plan.isReproduction() ? PolicyTried.AS_RECORDED : plan.policyAs(mapper, PolicyTried.class);
        Set<String> types = Set.of(Arrangement.TYPE.streamType());
        progress.total(history.count(types));
        Set<String> ids = new HashSet<>(scope.arrangementIds().stream().map(UUID::toString).toList());
        Map<String, List<RecordedArrangement.Entry>> streams = new LinkedHashMap<>();
        long[] read = {0};
        history.forEach(types, recorded -> {
            read[0]++;
            progress.advance(1);
            if ((ids.isEmpty() || ids.contains(recorded.streamId())) && recorded.event() instanceof ArrangementEvent event) {
                streams.computeIfAbsent(recorded.streamId(), k -> new ArrayList<>()).add(entry(recorded, event));
            }
        });
        List<RecordedArrangement> arrangements = streams.values().stream().map(RecordedArrangement::new)
                .filter(a -> scope.includes(a, calendar.zone())).toList();
        return MobilityReport.of(arrangements, policy, calendar.zone(), calendar.workingDays(), history.asOf(), read[0]);
    }

    private static RecordedArrangement.Entry entry(RecordedEvent<Object> recorded, ArrangementEvent event) {
        String actor = recorded.metadata() == null ? null : recorded.metadata().actor();
        boolean byDeadline = (actor != null && actor.startsWith("deadline:")) || RecordedInputs.onlyByDeadline(event);
        return new RecordedArrangement.Entry(event, recorded.occurredAt(), byDeadline);
    }

    /** Which arrangements: these ids, or those of a form (or every form) approved within a period. */
    public record ArrangementScope(List<UUID> arrangementIds, ArrangementForm form, LocalDate approvedFrom, LocalDate approvedTo) {

        public ArrangementScope {
            arrangementIds = arrangementIds == null ? List.of() : List.copyOf(arrangementIds);
        }

        boolean includes(RecordedArrangement arrangement, java.time.ZoneId zone) {
            if (!arrangementIds.isEmpty()) {
                return true;
            }
            ArrangementApproved approved = arrangement.approval();
            if (approved == null) {
                return false;
            }
            LocalDate on = LocalDate.ofInstant(approved.approvedAt(), zone);
            return (form == null || approved.policy().form() == form) && !on.isBefore(approvedFrom) && !on.isAfter(approvedTo);
        }

        static ArrangementScope read(JsonNode scope, ObjectMapper mapper) {
            ArrangementScope read = Simulator.readScope(scope, mapper, ArrangementScope.class,
                    "Name the arrangements: {\"arrangementIds\": [...]} or {\"form\": ..., \"approvedFrom\": ..., \"approvedTo\": ...}");
            boolean byIds = !read.arrangementIds().isEmpty();
            boolean byPeriod = read.approvedFrom() != null && read.approvedTo() != null;
            if (byIds == byPeriod) {
                throw RuleViolation.invalid("scope-ambiguous", "Name either arrangementIds or a period of approval (approvedFrom and approvedTo)");
            }
            if (byIds && read.form() != null) {
                throw RuleViolation.invalid("scope-ambiguous", "A scope by ids names no form");
            }
            if (byPeriod && read.approvedTo().isBefore(read.approvedFrom())) {
                throw RuleViolation.invalid("period-inverted", "approvedTo is before approvedFrom");
            }
            if (read.arrangementIds().size() > 100_000) {
                throw RuleViolation.invalid("scope-too-large", "At most 100000 arrangements by id; name a period instead");
            }
            return read;
        }
    }
}
