package org.reformplatform.admissions.application;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.net.URI;
import java.util.List;

import org.reformplatform.eventsourcing.domain.RuleViolation;

/** What the candidate built during the event (项目制): what reviewers score. Links are absolute http(s) URLs. */
public record ProjectWork(String title, String description, List<URI> links) {

    public ProjectWork {
        links = List.copyOf(links);
        for (URI link : links) {
            require(link.isAbsolute() && ("http".equalsIgnoreCase(link.getScheme()) || "https".equalsIgnoreCase(link.getScheme()))
                    && link.getHost() != null, () -> RuleViolation.invalid("link-not-http", "Links must be http or https URLs: " + link)
                    .with("link", link.toString()));
        }
    }
}
