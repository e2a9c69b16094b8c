package org.reformplatform.qualification.recognitionlist;

/** The four sub-lists of the recognition list; an entry belongs to one or more of them. */
public enum SubList {
    /** 认可清单: recognised qualifications. */
    RECOGNISED,
    /** 急需紧缺清单: qualifications the region urgently needs. */
    URGENTLY_NEEDED,
    /** 职称比照清单: qualifications that map to a domestic professional-title series and level. */
    TITLE_EQUIVALENCE,
    /** 互认清单: qualifications recognised under a mutual-recognition agreement. */
    MUTUAL_RECOGNITION
}
