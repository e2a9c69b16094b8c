package org.reformplatform.evaluation.cycle;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reformplatform.evaluation.scheme.EvaluatorKind;

/** An appeal as the API shows it: its reasons, the second panel (as far as the caller may see it), and once decided the decision. */
@Schema(name = "DossierAppeal")
public record AppealView(String reasons, Instant filedAt, List<PanelMember> panel, String status, Appeal.AppealDecision decision,
        BigDecimal originalTotal, OutcomeResult originalResult) {

    @Schema(name = "AppealPanelMember")
    public record PanelMember(String evaluator, EvaluatorKind kind, boolean scored) {
    }

    static AppealView of(Appeal appeal, Predicate<String> maySee) {
        if (appeal == null) {
            return null;
        }
        List<PanelMember> panel = appeal.panel().entrySet().stream().filter(e -> maySee.test(e.getKey()))
                .map(e -> new PanelMember(e.getKey(), e.getValue(), appeal.sheets().containsKey(e.getKey()))).toList();
        return new AppealView(appeal.reasons(), appeal.filedAt(), panel, appeal.decided() ? "decided" : "under-review", appeal.decision(),
                appeal.original() == null ? null : appeal.original().total(), appeal.original() == null ? null : appeal.original().result());
    }
}
