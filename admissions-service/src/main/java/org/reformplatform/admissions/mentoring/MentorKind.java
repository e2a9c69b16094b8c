package org.reformplatform.admissions.mentoring;

/** The report's three kinds of mentor (实战型师资): 81 full-time, 130+ part-time, 120+ industry. */
public enum MentorKind {
    FULL_TIME,
    PART_TIME,
    INDUSTRY;

    /** Full-time and part-time mentors carry a student's research; every team needs one. */
    public boolean isAcademic() {
        return this != INDUSTRY;
    }
}
