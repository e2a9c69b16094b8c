package org.reformplatform.incubation.industryeducation;

/** The industry–education platforms of the report (产教融合新型平台). */
public enum PlatformKind {
    /** A university in the pilot reform of applied undergraduate education (应用型本科试点); it publishes a reform plan. */
    APPLIED_UNDERGRADUATE_PILOT,
    /** A national excellence-engineer college (卓越工程师学院), recognised in a national batch. */
    EXCELLENCE_ENGINEER_COLLEGE,
    /** A modern industry college (现代产业学院) an enterprise and an institution run together. */
    MODERN_INDUSTRY_COLLEGE,
    /** An industry–education centre (产教融合中心). */
    INDUSTRY_EDUCATION_CENTRE
}
