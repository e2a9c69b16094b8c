package org.reformplatform.qualification.recognitionlist;

/** The domestic professional title a qualification on the title-equivalence list maps to (职称比照). */
public record TitleEquivalence(String series, TitleLevel level) {
}
