package org.reformplatform.evaluation.pilot;

/** The kinds of research units the pilot reached (科研单位). */
public enum InstitutionKind {
    RESEARCH_INSTITUTE,
    HOSPITAL,
    UNIVERSITY
}
