package org.reformplatform.mobility.policy;

import java.util.List;

import org.reformplatform.mobility.arrangement.ArrangementForm;
import org.reformplatform.mobility.arrangement.FormPolicy;
import org.reformplatform.mobility.arrangement.Party;
import org.reformplatform.mobility.arrangement.TimeLimitPolicy;

/**
 * The rules operators load to start with (POST /v1/policies/defaults). The published measures say
 * which forms have a deferral, a three-party agreement, delegated approval and a results review;
 * they give no figures, so the terms below are this service's choice, to be revised by command.
 *
 * <ul>
 * <li>Leave to found: up to 3 years, a deferral of up to 1 year before returning or resigning;
 * researcher and institution sign; an operator approves (the institution loses the researcher's
 * full-time work for years).</li>
 * <li>Part-time innovation: up to 3 years; approved by the home institution alone (放权).</li>
 * <li>Secondment and project cooperation: up to 2 years; the three-party agreement; approved by the
 * home institution; reviewed on results (业绩导向).</li>
 * <li>Enterprise talent: up to 3 years on a special post; the talent, the institution and the
 * talent's enterprise sign; approved by the institution.</li>
 * </ul>
 * Every form has the default {@link TimeLimitPolicy time limits}: 30 days to sign the agreement after
 * approval, 20 working days to return or resign after a deferral, deemed returned when nobody decides.
 */
public final class DefaultPolicy {

    private DefaultPolicy() {
    }

    public static List<FormPolicy> forms() {
        return List.of(
                new FormPolicy(ArrangementForm.LEAVE_TO_FOUND, 36, 12, List.of(Party.RESEARCHER, Party.HOME_INSTITUTION), false, false),
                new FormPolicy(ArrangementForm.PART_TIME_INNOVATION, 36, 0, List.of(Party.RESEARCHER, Party.HOME_INSTITUTION), true, false),
                new FormPolicy(ArrangementForm.SECONDMENT, 24, 0, List.of(Party.RESEARCHER, Party.HOME_INSTITUTION, Party.HOST_ENTERPRISE), true, true),
                new FormPolicy(ArrangementForm.ENTERPRISE_TALENT, 36, 0, List.of(Party.RESEARCHER, Party.HOME_INSTITUTION, Party.HOST_ENTERPRISE), true, false));
    }
}
