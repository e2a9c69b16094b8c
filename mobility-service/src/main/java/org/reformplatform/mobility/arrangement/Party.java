package org.reformplatform.mobility.arrangement;

/** A party to an arrangement's agreement (三方协议 when all three sign). */
public enum Party {
    RESEARCHER,
    HOME_INSTITUTION,
    HOST_ENTERPRISE
}
