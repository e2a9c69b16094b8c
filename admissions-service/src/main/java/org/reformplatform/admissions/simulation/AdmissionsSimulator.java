package org.reformplatform.admissions.simulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.reformplatform.admissions.application.Application;
import org.reformplatform.admissions.application.ApplicationEvent;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationSubmitted;
import org.reformplatform.admissions.intake.ScoreBasis;
import org.reformplatform.admissions.review.CommitteeTimeLimit;
import org.reformplatform.admissions.review.NonConsensusPolicy;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.eventsourcing.simulation.History;
import org.reformplatform.eventsourcing.simulation.Progress;
import org.reformplatform.eventsourcing.simulation.SimulationReport;
import org.reformplatform.eventsourcing.simulation.Simulator;

/**
 * Admissions' simulator, scope kind {@value #KIND}: the applications of one or more intake events
 * (or those submitted within a period) judged again under another non-consensus policy. Reads the
 * request into an exact plan, then replays the applications with {@link IntakeReplay}.
 *
 * <pre>
 * scope:  {"intakeEventIds": ["..."]}  or  {"submittedFrom": "2026-01-01", "submittedTo": "2026-12-31"}
 * policy: {"admissionBar": "75", "spreadThreshold": "20", "scores": "CALIBRATED", "requiredReviews": 3}
 *         (each rule optional; one left out stays each application's own, as recorded)
 * </pre>
 */
@ApplicationScoped
public class AdmissionsSimulator implements Simulator {

    public static final String KIND = "admissions-intake-events";
    private static final Set<String> RULES = Set.of("admissionBar", "spreadThreshold", "scores", "requiredReviews");
    static final int MAX_REQUIRED_REVIEWS = 20;
    private static final Set<String> APPLICATION_STREAMS = Set.of(Application.TYPE.streamType());
    private static final Set<String> SUBMISSIONS = Set.of(ApplicationSubmitted.class.getSimpleName());
    /** Applications read and replayed together (whole intake events): a few thousand events in memory at a time. */
    static final int APPLICATIONS_PER_PART = 1000;

    @Inject
    ObjectMapper mapper;

    @Inject
    NonConsensusPolicy defaultPolicy;

    @Inject
    CommitteeTimeLimit committeeTimeLimit;

    @Inject
    RegionalCalendar calendar;

    @Override
    public String scopeKind() {
        return KIND;
    }

    @Override
    public Plan plan(JsonNode scope, JsonNode policy, boolean reproduction) {
        IntakeScope fixed = IntakeScope.read(scope, mapper);
        if (reproduction) {
            return Plan.reproduction(mapper.valueToTree(fixed));
        }
        return new Plan(mapper.valueToTree(fixed), mapper.valueToTree(policyTried(policy)));
    }

    /** The rules given, checked as the service checks an intake event's policy; the others stay each application's own. */
    static PolicyTried policyTried(JsonNode policy) {
        if (policy == null || !policy.isObject() || policy.isEmpty()) {
            throw RuleViolation.invalid("policy-required", "Name the rules to try: {\"admissionBar\": ..., \"spreadThreshold\": ..., "
                    + "\"scores\": \"RAW\"|\"CALIBRATED\", \"requiredReviews\": n} (any of them); or run the reproduction check");
        }
        for (Iterator<String> names = policy.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!RULES.contains(name)) {
                throw RuleViolation.invalid("unknown-policy-field", "A policy tried names " + RULES + ", not " + name).with("field", name);
            }
        }
        BigDecimal bar = decimal(policy, "admissionBar");
        BigDecimal spread = decimal(policy, "spreadThreshold");
        // The policy's own range checks (admission-bar-out-of-range, spread-threshold-out-of-range).
        new NonConsensusPolicy(bar == null ? BigDecimal.ZERO : bar, spread == null ? BigDecimal.ONE : spread);
        ScoreBasis scores = null;
        JsonNode basis = policy.get("scores");
        if (basis != null && !basis.isNull()) {
            try {
                scores = ScoreBasis.valueOf(basis.textValue());
            } catch (IllegalArgumentException | NullPointerException e) {
                throw RuleViolation.invalid("unknown-score-basis", "scores is RAW or CALIBRATED");
            }
        }
        Integer required = null;
        JsonNode reviews = policy.get("requiredReviews");
        if (reviews != null && !reviews.isNull()) {
            if (!reviews.isIntegralNumber() || reviews.asInt() < 2 || reviews.asInt() > MAX_REQUIRED_REVIEWS) {
                throw RuleViolation.invalid("required-reviews-out-of-range", "requiredReviews is a whole number from 2 to "
                        + MAX_REQUIRED_REVIEWS + ", as an intake event asks").with("requiredReviews", reviews.asText());
            }
            required = reviews.asInt();
        }
        PolicyTried tried = new PolicyTried(bar, spread, scores, required);
        if (tried.asRecorded()) {
            throw RuleViolation.invalid("policy-required", "The policy tried changes no rule: run the reproduction check instead");
        }
        return tried;
    }

    /** A decimal from a string or a number, exactly, with at most two decimals (totals have two). */
    private static BigDecimal decimal(JsonNode policy, String name) {
        JsonNode value = policy.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            if (!value.isNumber() && !value.isTextual()) {
                throw new NumberFormatException();
            }
            BigDecimal d = new BigDecimal(value.asText());
            if (d.stripTrailingZeros().scale() > 2) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw RuleViolation.invalid(name.equals("admissionBar") ? "admission-bar-out-of-range" : "spread-threshold-out-of-range",
                    name + " is a total from 0 to 100 with at most two decimals, not " + value).with("field", name);
        }
    }

    @Override
    public SimulationReport run(Plan plan, History history, Progress progress) {
        IntakeScope scope = plan.scopeAs(mapper, IntakeScope.class);
        PolicyTried policy = plan.isReproduction() ? PolicyTried.AS_RECORDED : plan.policyAs(mapper, PolicyTried.class);
        IntakeReplay.Settings settings = new IntakeReplay.Settings(defaultPolicy,
                at -> calendar.endOf(committeeTimeLimit.decideBy(LocalDate.ofInstant(at, calendar.zone()), calendar.workingDays())));
        return simulate(scope, policy, history, settings, calendar.zone(), progress, APPLICATIONS_PER_PART);
    }

    /**
     * Two passes over the store. The submissions alone say which intake events the scope takes (a period takes the whole
     * intake events it touches: calibration reads an event's every review) and which applications each holds. Then the
     * applications' streams are read and replayed a part at a time, whole intake events per part (an event's replay needs
     * all of its applications, and no other event's), and the report is tallied as each part is done: a scope of a million
     * events is never in memory at once, and the events of other applications are not read at all.
     */
    static SimulationReport simulate(IntakeScope scope, PolicyTried policy, History history, IntakeReplay.Settings settings, ZoneId zone,
            Progress progress, int applicationsPerPart) {
        Set<UUID> events = new HashSet<>(scope.intakeEventIds());
        Predicate<IntakeReplay.Replayed> inScope = events.isEmpty()
                ? AdmissionsReport.submittedWithin(scope.submittedFrom(), scope.submittedTo(), zone)
                : AdmissionsReport.ofEvents(events);
        Map<UUID, List<String>> applicationsByEvent = new LinkedHashMap<>();
        Set<UUID> touched = new HashSet<>();
        history.forEach(APPLICATION_STREAMS, SUBMISSIONS, r -> {
            if (r.event() instanceof ApplicationSubmitted s) {
                UUID event = s.intakeEventId().value();
                applicationsByEvent.computeIfAbsent(event, k -> new ArrayList<>()).add(s.applicationId().value().toString());
                if (events.isEmpty() ? AdmissionsReport.within(s.submittedAt(), scope.submittedFrom(), scope.submittedTo(), zone)
                        : events.contains(event)) {
                    touched.add(event);
                }
            }
        });
        applicationsByEvent.keySet().retainAll(touched);
        progress.total(applicationsByEvent.values().stream().mapToLong(List::size).sum());
        AdmissionsReport.Tally report = new AdmissionsReport.Tally(inScope, zone);
        long read = 0;
        Map<UUID, List<String>> part = new LinkedHashMap<>();
        int applications = 0;
        for (Map.Entry<UUID, List<String>> event : applicationsByEvent.entrySet()) {
            part.put(event.getKey(), event.getValue());
            applications += event.getValue().size();
            if (applications >= applicationsPerPart) {
                read += replay(part, history, policy, settings, report, progress);
                part.clear();
                applications = 0;
            }
        }
        read += replay(part, history, policy, settings, report, progress);
        return report.report(read);
    }

    /** Reads the streams of these intake events' applications, replays each event on its own, tallies them; the events read. */
    private static long replay(Map<UUID, List<String>> part, History history, PolicyTried policy, IntakeReplay.Settings settings,
            AdmissionsReport.Tally report, Progress progress) {
        if (part.isEmpty()) {
            return 0;
        }
        Map<String, List<IntakeReplay.Recorded>> byApplication = new HashMap<>();
        Map<UUID, List<IntakeReplay.Recorded>> byEvent = new LinkedHashMap<>();
        part.forEach((event, applications) -> {
            List<IntakeReplay.Recorded> recorded = byEvent.computeIfAbsent(event, k -> new ArrayList<>());
            applications.forEach(application -> byApplication.put(application, recorded));
        });
        long[] read = {0};
        history.forEachOfStreams(byApplication.keySet(), r -> {
            read[0]++;
            if (r.event() instanceof ApplicationEvent event) {
                byApplication.get(r.streamId()).add(new IntakeReplay.Recorded(event, r.occurredAt()));
            }
        });
        byEvent.forEach((event, recorded) -> {
            report.add(IntakeReplay.replay(recorded, policy, settings));
            progress.advance(part.get(event).size());
        });
        return read[0];
    }

    /** Which applications: those of these intake events, or those submitted within a period (days in the region). */
    public record IntakeScope(List<UUID> intakeEventIds, LocalDate submittedFrom, LocalDate submittedTo) {

        public IntakeScope {
            intakeEventIds = intakeEventIds == null ? List.of() : List.copyOf(intakeEventIds);
        }

        static IntakeScope read(JsonNode scope, ObjectMapper mapper) {
            IntakeScope read = Simulator.readScope(scope, mapper, IntakeScope.class,
                    "Name the applications: {\"intakeEventIds\": [...]} or {\"submittedFrom\": ..., \"submittedTo\": ...}");
            boolean byEvents = !read.intakeEventIds().isEmpty();
            boolean byPeriod = read.submittedFrom() != null || read.submittedTo() != null;
            if (byEvents == byPeriod || byPeriod && (read.submittedFrom() == null || read.submittedTo() == null)) {
                throw RuleViolation.invalid("scope-ambiguous", "Name either intakeEventIds or a period of submission (submittedFrom and submittedTo)");
            }
            if (byPeriod && read.submittedTo().isBefore(read.submittedFrom())) {
                throw RuleViolation.invalid("period-inverted", "submittedTo is before submittedFrom");
            }
            if (read.intakeEventIds().size() > 10_000) {
                throw RuleViolation.invalid("scope-too-large", "At most 10000 intake events by id; name a period instead");
            }
            return read;
        }
    }
}
