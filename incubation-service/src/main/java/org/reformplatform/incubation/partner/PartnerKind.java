package org.reformplatform.incubation.partner;

/** The kinds of partner the report counts (产学研深度融合). */
public enum PartnerKind {
    /** A domestic university (the report: 31). */
    UNIVERSITY,
    /** A venture-capital firm (with corporate partners, about 40). */
    VENTURE_CAPITAL,
    /** A corporate partner. */
    CORPORATE,
    /** A signed leading enterprise (with unicorns, 50+). */
    LEADING_ENTERPRISE,
    /** A signed unicorn enterprise. */
    UNICORN_ENTERPRISE
}
