package org.reformplatform.admissions.application;

/**
 * Blind review: in a {@code blind} intake event reviewers judge the project work knowing the candidate
 * only by {@code pseudonym}, never by name, contact, organisation or background; the operators learn
 * who it is once the application is decided. The pseudonym is set at submission (null in
 * applications from before) and is what reviewers call the candidate in every event.
 */
public record ReviewBlinding(boolean blind, String pseudonym) {

    public static final ReviewBlinding NONE = new ReviewBlinding(false, null);
}
