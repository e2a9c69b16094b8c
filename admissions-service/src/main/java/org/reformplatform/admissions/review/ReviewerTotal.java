package org.reformplatform.admissions.review;

import java.math.BigDecimal;

/** One reviewer's total on the 0–100 scale, with what they recommended: what the policy weighs. */
public record ReviewerTotal(String reviewer, BigDecimal total, Recommendation recommendation) {
}
