package org.reformplatform.mobility.post;

/** The special posts an institution may define, in two families. */
public enum PostKind {
    /** 项目经理人 */
    PROJECT_MANAGER(Family.INNOVATION),
    /** 成果推广专员 */
    ACHIEVEMENT_PROMOTION_SPECIALIST(Family.INNOVATION),
    /** 技术经理人 */
    TECHNOLOGY_MANAGER(Family.INNOVATION),
    /** 产业导师 */
    INDUSTRY_MENTOR(Family.MOBILITY),
    /** 企业教授 */
    ENTERPRISE_PROFESSOR(Family.MOBILITY),
    /** 创业导师 */
    ENTREPRENEURSHIP_MENTOR(Family.MOBILITY);

    /** Innovation posts turn research into use; mobility posts bring enterprise people into the institution. */
    public enum Family { INNOVATION, MOBILITY }

    private final Family family;

    PostKind(Family family) {
        this.family = family;
    }

    public Family family() {
        return family;
    }
}
