package org.reformplatform.mobility.simulation;

import java.util.List;

import org.reformplatform.mobility.arrangement.ArrangementForm;
import org.reformplatform.mobility.arrangement.FormPolicy;

/**
 * The policy a simulation approves arrangements under: a full set of form rules (a recorded
 * version, or one with other durations), or, for the reproduction check, each arrangement's own
 * recorded version ({@link #AS_RECORDED}).
 *
 * @param version the version number approvals carry in the simulation (the version it is based on)
 * @param forms the rules of every form; empty for {@link #AS_RECORDED}
 */
public record PolicyTried(int version, List<FormPolicy> forms) {

    public static final PolicyTried AS_RECORDED = new PolicyTried(0, List.of());

    public PolicyTried {
        forms = List.copyOf(forms);
    }

    public boolean asRecorded() {
        return forms.isEmpty();
    }

    public FormPolicy rulesFor(ArrangementForm form) {
        return forms.stream().filter(f -> f.form() == form).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the policy tried has no rules for " + form));
    }
}
