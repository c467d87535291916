package com.optimacut.ejb.inquiry;

import com.optimacut.domain.inquiry.Inquiry;
import com.optimacut.domain.inquiry.InquiryOutcome;
import java.io.Serializable;
import java.time.Instant;

/**
 * An inquiry as lists show it.
 *
 * @param clientId the client, or {@code null}
 * @param projectId the project made from it, or {@code null}
 */
public record InquirySummary(long id, Long clientId, String clientName, String contact, String text,
        Instant receivedAt, Long leadSourceId, String leadSourceName, InquiryOutcome outcome, String refusalReason,
        Instant decidedAt, String decidedBy, Long projectId) implements Serializable {

    private static final long serialVersionUID = 1L;

    static InquirySummary of(Inquiry inquiry) {
        var client = inquiry.getClient();
        var source = inquiry.getLeadSource();
        var project = inquiry.getProject();
        return new InquirySummary(inquiry.getId(), client == null ? null : client.getId(),
                client == null ? null : client.getName(), inquiry.getContact(), inquiry.getText(),
                inquiry.getReceivedAt(), source == null ? null : source.getId(),
                source == null ? null : source.getName(), inquiry.getOutcome(), inquiry.getRefusalReason(),
                inquiry.getDecidedAt(), inquiry.getDecidedBy(), project == null ? null : project.getId());
    }
}
