package org.reformplatform.incubation.venture;

/** Who a founder is: a student admitted by admissions-service, a researcher on leave to found (mobility-service), or someone else. */
public enum FounderKind {
    STUDENT,
    RESEARCHER,
    EXTERNAL
}
