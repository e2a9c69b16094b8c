package org.reformplatform.qualification.recognitionlist;

import java.util.List;
import java.util.Locale;

import org.reformplatform.eventsourcing.domain.NotPersonalData;

/**
 * One foreign qualification as a version of the list states it: what it is, who issues it, where,
 * for which profession, the sub-lists it is on and, on the title-equivalence list, the domestic
 * title it maps to (else null). Sub-lists are kept sorted and distinct so that equal entries are
 * equal records and events are byte-stable.
 */
public record ListEntry(
        QualificationId qualificationId,
        @NotPersonalData("the name of a qualification") String name,
        String issuingBody,
        String country,
        String profession,
        List<SubList> subLists,
        TitleEquivalence titleEquivalence) {

    public ListEntry {
        subLists = subLists == null ? List.of() : subLists.stream().distinct().sorted().toList();
    }

    public boolean isOn(SubList subList) {
        return subLists.contains(subList);
    }

    /** Whether both describe the same qualification: same name, issuing body and country, ignoring case and spacing. */
    public boolean sameQualificationAs(ListEntry other) {
        return normalised(name).equals(normalised(other.name)) && normalised(issuingBody).equals(normalised(other.issuingBody))
                && normalised(country).equals(normalised(other.country));
    }

    /** How names are compared: case and runs of spaces do not make two names different. */
    public static String normalised(String text) {
        return text == null ? "" : text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
