package org.reformplatform.evaluation.title;

import java.time.LocalDate;

/** A domestic title the applicant holds: its series, level and the day it was conferred. */
public record HeldTitle(String series, TitleLevel level, LocalDate since) {
}
