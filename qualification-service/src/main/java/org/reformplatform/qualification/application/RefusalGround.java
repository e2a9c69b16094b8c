package org.reformplatform.qualification.application;

/** Why an application was refused. */
public enum RefusalGround {
    /** Verification found that the certificate was not issued by the body the list names for the qualification. */
    ISSUER_MISMATCH,
    /** An operator refused it after verification, with a reason of their own. */
    DECIDED_BY_OPERATOR
}
