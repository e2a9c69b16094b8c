package org.reformplatform.evaluation;

import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Roles;

/**
 * Evaluators see only what they evaluate: the dossiers assigned to them, the title reviews whose
 * panel they sit on. A caller who also holds a staff or partner role sees as that role does.
 */
public final class Evaluators {

    private Evaluators() {
    }

    /** An evaluator and nothing more: their view is limited to their own assignments and panels. */
    public static boolean only(Caller caller) {
        return caller.is(Roles.EVALUATOR) && !caller.is(Roles.PARTNER) && !caller.is(Roles.OPERATOR) && !caller.is(Roles.ANALYST);
    }
}
