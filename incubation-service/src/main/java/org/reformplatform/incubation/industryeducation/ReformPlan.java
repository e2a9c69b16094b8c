package org.reformplatform.incubation.industryeducation;

import java.time.LocalDate;

/**
 * A pilot university's reform plan for applied talent training: drafted, published with a date and a
 * summary, then revised (each revision published again).
 */
public record ReformPlan(String title, Status status, LocalDate draftedOn, LocalDate publishedOn, String summary, int revisions,
        LocalDate revisedOn) {

    public enum Status { DRAFTED, PUBLISHED }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }
}
