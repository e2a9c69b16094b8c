package org.reformplatform.qualification.recognitionlist;

/** The levels of a domestic professional title (职称), from junior to senior. */
public enum TitleLevel {
    /** 初级 */
    JUNIOR,
    /** 中级 */
    INTERMEDIATE,
    /** 副高级 */
    ASSOCIATE_SENIOR,
    /** 正高级 */
    SENIOR
}
