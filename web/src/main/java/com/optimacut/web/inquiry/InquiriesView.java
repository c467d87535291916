package com.optimacut.web.inquiry;

import com.optimacut.domain.inquiry.InquiryOutcome;
import com.optimacut.ejb.catalog.LeadSourceService;
import com.optimacut.ejb.catalog.LeadSourceSummary;
import com.optimacut.ejb.client.ClientService;
import com.optimacut.ejb.client.ClientSummary;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.inquiry.InquiryService;
import com.optimacut.ejb.inquiry.InquirySummary;
import com.optimacut.ejb.inquiry.NewInquiry;
import com.optimacut.web.FacesMessages;
import com.optimacut.web.PageDataModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * «Заявки»: inquiries newest first filtered by outcome, recording one, linking one to the project
 * made from it, and refusing one with a reason.
 */
@Named
@ViewScoped
public class InquiriesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Clients offered by the autocomplete at a time. */
    private static final int SUGGESTED_CLIENTS = 15;

    @Inject
    private InquiryService inquiries;

    @Inject
    private ClientService clients;

    @Inject
    private LeadSourceService leadSources;

    private InquiryOutcome outcome;
    private List<LeadSourceSummary> activeSources;

    private ClientSummary client;
    private String contact;
    private String text;
    private Long leadSourceId;

    private InquirySummary selected;
    private String reason;
    private Long projectId;

    private final PageDataModel<InquirySummary> rows = new PageDataModel<>(
            (first, size, sort, filters) -> inquiries.list(outcome, first, size), InquirySummary::id);

    public PageDataModel<InquirySummary> getRows() {
        return rows;
    }

    /** Returns the clients whose name contains {@code query}, for the autocomplete. */
    public List<ClientSummary> completeClient(String query) {
        return clients.list(query, 0, SUGGESTED_CLIENTS).rows();
    }

    /** Opens an empty dialog. */
    public void startCreate() {
        client = null;
        contact = null;
        text = null;
        leadSourceId = null;
    }

    /** Records the inquiry; a rejected value is shown at its field. */
    public void create() {
        try {
            InquirySummary created = inquiries.create(
                    new NewInquiry(client == null ? null : client.id(), contact, text, leadSourceId, null));
            FacesMessages.info("inquiries.created", created.id());
            PrimeFaces.current().executeScript("PF('inquiryDialog').hide()");
        } catch (BusinessException e) {
            FacesMessages.rejected("inquiryForm:" + fieldOf(e), e);
        }
    }

    /** Opens the refusal or link dialog for a row. */
    public void select(InquirySummary inquiry) {
        selected = inquiry;
        reason = null;
        projectId = null;
    }

    /** Refuses the selected inquiry with the reason typed. */
    public void refuse() {
        try {
            inquiries.refuse(selected.id(), reason);
            FacesMessages.info("inquiries.refused", selected.id());
            PrimeFaces.current().executeScript("PF('refuseDialog').hide()");
        } catch (BusinessException e) {
            FacesMessages.rejected(e.getKey().startsWith("text.") ? "refuseForm:reason" : "refuseForm:refuse", e);
        }
    }

    /** Links the selected inquiry to the project whose number was typed. */
    public void link() {
        try {
            inquiries.linkToProject(selected.id(), projectId);
            FacesMessages.info("inquiries.linked", selected.id(), projectId);
            PrimeFaces.current().executeScript("PF('linkDialog').hide()");
        } catch (BusinessException e) {
            FacesMessages.rejected("linkForm:projectId", e);
        }
    }

    private static String fieldOf(BusinessException e) {
        if (e.getKey().startsWith("inquiry.contact")) {
            return "contact";
        }
        if (e.getKey().startsWith("leadSource")) {
            return "leadSource";
        }
        if (e.getKey().startsWith("client")) {
            return "client";
        }
        boolean aboutContact = e.getArguments().length > 0
                && "INQUIRY_CONTACT".equals(String.valueOf(e.getArguments()[0]));
        return aboutContact ? "contact" : "text";
    }

    public List<LeadSourceSummary> getActiveSources() {
        if (activeSources == null) {
            activeSources = leadSources.listActive();
        }
        return activeSources;
    }

    public InquiryOutcome[] getOutcomes() {
        return InquiryOutcome.values();
    }

    public InquiryOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(InquiryOutcome outcome) {
        this.outcome = outcome;
    }

    public ClientSummary getClient() {
        return client;
    }

    public void setClient(ClientSummary client) {
        this.client = client;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getLeadSourceId() {
        return leadSourceId;
    }

    public void setLeadSourceId(Long leadSourceId) {
        this.leadSourceId = leadSourceId;
    }

    public InquirySummary getSelected() {
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }
}
