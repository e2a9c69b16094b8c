package org.reformplatform.admissions.review;

/** A reviewer's score on one published criterion, from 0 to the criterion's maximum. */
public record CriterionScore(String criterion, int score) {
}
