package com.optimacut.domain.inquiry;

/** What became of an inquiry. */
public enum InquiryOutcome {
    OPEN,
    BECAME_PROJECT,
    REFUSED
}
