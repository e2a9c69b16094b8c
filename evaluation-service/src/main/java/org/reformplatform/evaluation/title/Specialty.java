package org.reformplatform.evaluation.title;

/** A specialty (专业方向) within a title series' discipline, e.g. cloud computing. */
public record Specialty(String code, String name) {
}
