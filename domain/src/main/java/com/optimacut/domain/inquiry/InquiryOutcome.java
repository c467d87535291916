package com.optimacut.domain.inquiry;

/** The outcome of an inquiry. */
public enum InquiryOutcome {
    OPEN,
    BECAME_PROJECT,
    REFUSED
}
