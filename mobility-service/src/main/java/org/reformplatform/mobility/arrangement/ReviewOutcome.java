package org.reformplatform.mobility.arrangement;

/** The outcome of a results review (业绩导向): how far the agreed goals were met. */
public enum ReviewOutcome {
    EXCEEDED,
    MET,
    PARTLY_MET,
    NOT_MET
}
