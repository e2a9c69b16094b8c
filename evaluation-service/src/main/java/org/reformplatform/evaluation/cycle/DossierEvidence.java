package org.reformplatform.evaluation.cycle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.reformplatform.evaluation.researcher.MobilityRecord;
import org.reformplatform.evaluation.researcher.Researcher;
import org.reformplatform.evaluation.researcher.TitleEquivalence;
import org.reformplatform.evaluation.scheme.EvidenceKind;

/**
 * A piece of evidence from another service, typed so that a track can weigh it: read from the
 * researcher's record when the cycle concludes, it travels in the command so that the outcome fixes
 * what was used.
 *
 * @param source where it was recorded: {@code qualification:<applicationId>} or {@code mobility:<arrangementId>}
 */
public record DossierEvidence(EvidenceKind kind, String source, String description) {

    /**
     * The evidence on a researcher's record that counts: every title equivalence, and every mobility
     * arrangement whose results were reviewed favourably, typed by its form. In a fixed order (kind,
     * then source) so that the same record always gives the same score.
     */
    public static List<DossierEvidence> of(Researcher.Evidence record) {
        List<DossierEvidence> evidence = new ArrayList<>();
        for (TitleEquivalence e : record.equivalences()) {
            evidence.add(new DossierEvidence(EvidenceKind.TITLE_EQUIVALENCE, "qualification:" + e.applicationId(),
                    e.qualificationName() + " (" + e.country() + "): " + e.titleSeries() + " " + e.titleLevel()));
        }
        for (MobilityRecord m : record.mobility()) {
            if (m.positive()) {
                evidence.add(new DossierEvidence(kindOf(m.form()), "mobility:" + m.arrangementId(),
                        m.form() + " at " + m.enterprise() + " (" + m.from() + " to " + m.to() + "): " + m.outcome()));
            }
        }
        evidence.sort(Comparator.comparing(DossierEvidence::kind).thenComparing(DossierEvidence::source));
        return List.copyOf(evidence);
    }

    /** mobility-service's forms: leave-to-found and part-time innovation are kinds of their own; the others are mobility results. */
    static EvidenceKind kindOf(String form) {
        String f = form == null ? "" : form.toUpperCase(Locale.ROOT);
        return switch (f) {
            case "LEAVE_TO_FOUND" -> EvidenceKind.LEAVE_TO_FOUND;
            case "PART_TIME_INNOVATION" -> EvidenceKind.PART_TIME_INNOVATION;
            default -> EvidenceKind.MOBILITY_RESULTS;
        };
    }
}
