package org.reformplatform.qualification.recognitionlist;

import java.util.Collection;

/** How many entries a version has on each sub-list; an entry on several sub-lists counts on each. */
public record SubListCounts(int recognised, int urgentlyNeeded, int titleEquivalence, int mutualRecognition) {

    public static SubListCounts of(Collection<ListEntry> entries) {
        int recognised = 0;
        int urgent = 0;
        int title = 0;
        int mutual = 0;
        for (ListEntry entry : entries) {
            recognised += entry.isOn(SubList.RECOGNISED) ? 1 : 0;
            urgent += entry.isOn(SubList.URGENTLY_NEEDED) ? 1 : 0;
            title += entry.isOn(SubList.TITLE_EQUIVALENCE) ? 1 : 0;
            mutual += entry.isOn(SubList.MUTUAL_RECOGNITION) ? 1 : 0;
        }
        return new SubListCounts(recognised, urgent, title, mutual);
    }
}
