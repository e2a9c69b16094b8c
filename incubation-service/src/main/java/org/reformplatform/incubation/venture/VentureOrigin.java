package org.reformplatform.incubation.venture;

/** Where a start-up comes from: students' or faculty's research turned into a company. */
public enum VentureOrigin {
    STUDENT,
    FACULTY
}
