package org.reformplatform.mobility.policy;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.reformplatform.eventsourcing.domain.AggregateType;
import org.reformplatform.eventsourcing.domain.Decider;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.mobility.arrangement.ArrangementForm;
import org.reformplatform.mobility.arrangement.FormPolicy;
import org.reformplatform.mobility.policy.MobilityPolicyCommand.ReviseMobilityPolicy;
import org.reformplatform.mobility.policy.MobilityPolicyEvent.MobilityPolicyRevised;

/**
 * The mobility policy: per form, the rules arrangements are approved under. Every change is a new
 * version and every version stays readable, because arrangements keep the version they were
 * approved under.
 */
public record MobilityPolicy(MobilityPolicyId id, List<Version> versions) {

    /** One published version of the policy. */
    public record Version(int number, List<FormPolicy> forms, String note, Instant revisedAt) {

        public FormPolicy rulesFor(ArrangementForm form) {
            return forms.stream().filter(f -> f.form() == form).findFirst()
                    .orElseThrow(() -> new IllegalStateException("version " + number + " has no rules for " + form));
        }
    }

    public static final AggregateType<MobilityPolicy, MobilityPolicyCommand, MobilityPolicyEvent> TYPE =
            new AggregateType<>("MobilityPolicy", new Lifecycle());

    public static final MobilityPolicy NONE = new MobilityPolicy(null, List.of());

    public boolean exists() {
        return !versions.isEmpty();
    }

    /** The version in force: the latest. */
    public Optional<Version> current() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public Optional<Version> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    static final class Lifecycle implements Decider<MobilityPolicy, MobilityPolicyCommand, MobilityPolicyEvent> {

        @Override
        public MobilityPolicy initialState() {
            return NONE;
        }

        @Override
        public List<MobilityPolicyEvent> decide(MobilityPolicyCommand command, MobilityPolicy state) {
            if (command instanceof ReviseMobilityPolicy revise) {
                return revise(revise, state);
            }
            throw new IllegalArgumentException("unknown command " + command);
        }

        private static List<MobilityPolicyEvent> revise(ReviseMobilityPolicy revise, MobilityPolicy state) {
            require(!revise.forms().isEmpty(), () -> RuleViolation.invalid("no-forms", "Name the rules of at least one form"));
            List<ArrangementForm> named = revise.forms().stream().map(FormPolicy::form).toList();
            require(new HashSet<>(named).size() == named.size(), () -> RuleViolation.invalid("duplicate-form",
                    "Each form may be named once in a revision"));
            revise.forms().forEach(FormPolicy::validate);

            Map<ArrangementForm, FormPolicy> merged = new EnumMap<>(ArrangementForm.class);
            state.current().ifPresent(current -> current.forms().forEach(f -> merged.put(f.form(), f)));
            revise.forms().forEach(f -> merged.put(f.form(), f));
            List<ArrangementForm> missing = Arrays.stream(ArrangementForm.values()).filter(f -> !merged.containsKey(f)).toList();
            require(missing.isEmpty(), () -> RuleViolation.invalid("policy-incomplete",
                    "The first version of the policy must give the rules of every form; missing: " + missing)
                    .with("missingForms", missing.stream().map(Enum::name).toList()));

            List<FormPolicy> forms = new ArrayList<>(merged.values());
            forms.sort(Comparator.comparing(FormPolicy::form));
            if (state.current().map(current -> current.forms().equals(forms)).orElse(false)) {
                return List.of(); // nothing changes: no new version
            }
            int next = state.current().map(Version::number).orElse(0) + 1;
            return List.of(new MobilityPolicyRevised(MobilityPolicyId.REGION, next, List.copyOf(forms), revise.note(), revise.at()));
        }

        @Override
        public MobilityPolicy evolve(MobilityPolicy state, MobilityPolicyEvent event) {
            if (event instanceof MobilityPolicyRevised revised) {
                List<Version> versions = new ArrayList<>(state.versions());
                versions.add(new Version(revised.policyVersion(), revised.forms(), revised.note(), revised.revisedAt()));
                return new MobilityPolicy(revised.policyId(), List.copyOf(versions));
            }
            return state;
        }
    }
}
