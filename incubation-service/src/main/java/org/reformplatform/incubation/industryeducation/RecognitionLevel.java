package org.reformplatform.incubation.industryeducation;

/** Who recognised a platform. */
public enum RecognitionLevel {
    NATIONAL, REGIONAL, MUNICIPAL, DISTRICT
}
