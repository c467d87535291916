package com.optimacut.ejb.inquiry;

import java.io.Serializable;
import java.time.Instant;

/**
 * An incoming request as a manager or the website records it.
 *
 * @param clientId the client, or {@code null} for a sender who is not a client yet
 * @param contact how to reach the sender without a client, such as a name and a phone
 * @param leadSourceId where the sender heard of the workshop, or {@code null}
 * @param receivedAt when the request arrived, or {@code null} for now
 */
public record NewInquiry(Long clientId, String contact, String text, Long leadSourceId, Instant receivedAt)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}
