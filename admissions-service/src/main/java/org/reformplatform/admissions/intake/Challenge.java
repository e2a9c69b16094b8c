package org.reformplatform.admissions.intake;

/** A project or challenge candidates work on during the event (项目制). */
public record Challenge(String code, String title) {
}
