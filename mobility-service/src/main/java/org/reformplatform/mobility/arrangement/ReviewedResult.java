package org.reformplatform.mobility.arrangement;

/**
 * One result of an arrangement brought to its review: a kind such as {@code PATENT},
 * {@code PRODUCT}, {@code TECHNOLOGY_TRANSFER}, {@code PAPER} or {@code REVENUE}, and what it is.
 */
public record ReviewedResult(String kind, String title) {
}
