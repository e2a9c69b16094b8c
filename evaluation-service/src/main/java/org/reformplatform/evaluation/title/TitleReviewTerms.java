package org.reformplatform.evaluation.title;

import java.util.List;

/**
 * What a title review is opened for: one series, discipline and level, its specialties, who organises
 * it and the eligibility policy it applies.
 *
 * @param policy the review's own policy, or null for the service's default
 */
public record TitleReviewTerms(String title, String seriesCode, String seriesName, String disciplineCode, String disciplineName, TitleLevel level,
        List<Specialty> specialties, EligibilityPolicy policy, String organiser) {
}
