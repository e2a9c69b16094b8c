package org.reformplatform.mobility.post;

import java.time.LocalDate;

import org.reformplatform.mobility.arrangement.ArrangementId;
import org.reformplatform.mobility.researcher.ResearcherId;

/**
 * Who fills a post since when; {@code arrangementId} when they entered on an enterprise-talent
 * arrangement, which then decides when the post is vacated.
 */
public record Holder(ResearcherId researcherId, String name, ArrangementId arrangementId, LocalDate since) {
}
