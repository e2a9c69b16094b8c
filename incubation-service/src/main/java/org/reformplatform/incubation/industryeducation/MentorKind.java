package org.reformplatform.incubation.industryeducation;

/** A mentor's kind as admissions-service registers it: full-time and part-time mentors are academic, industry mentors are not. */
public enum MentorKind {
    FULL_TIME, PART_TIME, INDUSTRY;

    public boolean isAcademic() {
        return this != INDUSTRY;
    }
}
