package org.reformplatform.evaluation.title;

/**
 * The rules a title review applies, set when it opens (policy as data).
 *
 * @param minYearsAtLevelBelow years an applicant must have held the title directly below the level
 *                             under review, on the domestic route
 * @param minAchievements      achievements (declared, plus mobility results reviewed favourably)
 *                             an applicant needs on either route
 * @param minPanelSize         panel members needed before any application is decided
 */
public record EligibilityPolicy(int minYearsAtLevelBelow, int minAchievements, int minPanelSize) {
}
