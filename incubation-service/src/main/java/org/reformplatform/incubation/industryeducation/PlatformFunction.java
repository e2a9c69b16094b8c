package org.reformplatform.incubation.industryeducation;

/** What a platform carries. */
public enum PlatformFunction {
    TALENT_TRAINING,
    INCUBATION_AND_INDUSTRY_ACCELERATION,
    JOINT_RESEARCH,
    INTERNSHIP_AND_TRAINING
}
