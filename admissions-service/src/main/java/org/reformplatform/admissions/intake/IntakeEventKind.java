package org.reformplatform.admissions.intake;

/** The report's three kinds of intake event (营期活动). */
public enum IntakeEventKind {
    /** 训练营 */
    CAMP,
    /** 创客大赛 */
    MAKER_CONTEST,
    /** a project sprint */
    PROJECT_SPRINT
}
