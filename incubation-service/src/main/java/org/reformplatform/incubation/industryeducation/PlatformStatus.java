package org.reformplatform.incubation.industryeducation;

/** proposed → recognised → active → closed (closing from any status before). */
public enum PlatformStatus {
    PROPOSED, RECOGNISED, ACTIVE, CLOSED
}
