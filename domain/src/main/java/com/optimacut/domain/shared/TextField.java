package com.optimacut.domain.shared;

/**
 * The free-text fields of the model with the length of their columns. A message about a field
 * names it by its label in {@code DomainMessages} ({@code TextField.<CONSTANT>}).
 */
public enum TextField {
    CLIENT_NAME(200),
    CONTACT_PERSON(200),
    EMAIL(254),
    PHONE(40),
    ADDRESS(500),
    NOTES(4000),
    SPECIAL_TERMS(4000),
    FILE_NAME(255),
    CONTENT_TYPE(100),
    LEAD_SOURCE_NAME(100),
    INQUIRY_CONTACT(500),
    INQUIRY_TEXT(4000),
    REASON(1000),
    PROJECT_NAME(200),
    DESCRIPTION(4000),
    MATERIAL_LOCATION(500),
    DIFFICULTY(1000),
    COMMENT(1000),
    SETTING_VALUE(4000);

    private final int maxLength;

    TextField(int maxLength) {
        this.maxLength = maxLength;
    }

    /** Returns the longest text the column takes, in characters. */
    public int maxLength() {
        return maxLength;
    }
}
