package org.reformplatform.incubation.industryeducation;

/**
 * What an institution and an enterprise co-build (共建): a laboratory, an internship and training base,
 * or a joint engineering master's or doctoral programme (工程硕博士联合培养), which takes students per
 * term like a base does.
 */
public enum FacilityKind {
    LABORATORY,
    TRAINING_BASE,
    JOINT_MASTERS_PROGRAMME,
    JOINT_DOCTORAL_PROGRAMME;

    public boolean isProgramme() {
        return this == JOINT_MASTERS_PROGRAMME || this == JOINT_DOCTORAL_PROGRAMME;
    }
}
