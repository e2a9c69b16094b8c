package org.reformplatform.mobility.arrangement;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.util.List;
import java.util.Objects;

import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * The rules one form of arrangement follows, as data that operators change (never code): the
 * longest term, the longest deferral period (暂缓期; 0 = none may be granted), who must sign the
 * agreement, whether the home institution may approve on its own (放权), and whether the
 * arrangement is reviewed on its results at the end (业绩导向), and its {@link TimeLimitPolicy time limits}
 * (signing, the decision after a deferral).
 *
 * <p>An arrangement copies the rules in force when it is approved and keeps them: a later policy
 * version never changes an arrangement already approved.
 */
public record FormPolicy(
        ArrangementForm form,
        int maxTermMonths,
        int maxDeferralMonths,
        List<Party> signatories,
        boolean approvalDelegated,
        boolean reviewedOnResults,
        TimeLimitPolicy timeLimits) {

    public static final int LONGEST_TERM_MONTHS = 120;
    public static final int LONGEST_DEFERRAL_MONTHS = 60;

    public FormPolicy {
        Objects.requireNonNull(form, "form");
        // One order, no repeats: two policies with the same signatories are equal however they were written.
        signatories = signatories == null ? List.of() : signatories.stream().filter(Objects::nonNull).distinct().sorted().toList();
        // Versions published before time limits existed carry none: they read as the defaults.
        timeLimits = timeLimits == null ? TimeLimitPolicy.DEFAULT : timeLimits;
    }

    /** Rules with the default time limits. */
    public FormPolicy(ArrangementForm form, int maxTermMonths, int maxDeferralMonths, List<Party> signatories, boolean approvalDelegated,
            boolean reviewedOnResults) {
        this(form, maxTermMonths, maxDeferralMonths, signatories, approvalDelegated, reviewedOnResults, TimeLimitPolicy.DEFAULT);
    }

    public boolean allowsDeferral() {
        return maxDeferralMonths > 0;
    }

    public boolean requiresSignatureOf(Party party) {
        return signatories.contains(party);
    }

    /** Whether these rules make sense at all; refused with a stable code when not. */
    public void validate() {
        require(maxTermMonths >= 1 && maxTermMonths <= LONGEST_TERM_MONTHS, () -> RuleViolation.invalid("term-limit-out-of-range",
                form + ": the maximum term must be 1 to " + LONGEST_TERM_MONTHS + " months, not " + maxTermMonths).with("form", form.name()));
        require(maxDeferralMonths >= 0 && maxDeferralMonths <= LONGEST_DEFERRAL_MONTHS, () -> RuleViolation.invalid("deferral-limit-out-of-range",
                form + ": the maximum deferral must be 0 to " + LONGEST_DEFERRAL_MONTHS + " months, not " + maxDeferralMonths).with("form", form.name()));
        require(!signatories.isEmpty(), () -> RuleViolation.invalid("no-signatories",
                form + ": an agreement needs at least one signatory").with("form", form.name()));
        timeLimits.validate(form);
    }
}
