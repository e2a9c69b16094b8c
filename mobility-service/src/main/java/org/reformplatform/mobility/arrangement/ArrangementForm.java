package org.reformplatform.mobility.arrangement;

/** The four ways a researcher moves between a public institution and enterprises (创新创业实施意见). */
public enum ArrangementForm {
    /** Leave the post to found a start-up (离岗创业): long-cycle support, a deferral period, start-up milestones. */
    LEAVE_TO_FOUND,
    /** Part-time innovation or founding a company while keeping the post (兼职创新、在职创办企业). */
    PART_TIME_INNOVATION,
    /** Secondment to an enterprise or project cooperation (派出科研人员或参与项目合作): three-party agreement, reviewed on results. */
    SECONDMENT,
    /** Enterprise talent brought into the institution (引进企业人才), on an innovation or mobility post. */
    ENTERPRISE_TALENT
}
