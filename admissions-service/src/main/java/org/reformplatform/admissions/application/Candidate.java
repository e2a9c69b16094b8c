package org.reformplatform.admissions.application;

/** The person applying: how to reach them, and a background that is recorded, never judged. */
public record Candidate(String name, String contactEmail, Background background) {
}
