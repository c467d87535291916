package com.optimacut.domain.inquiry;

import com.optimacut.domain.client.Client;
import com.optimacut.domain.client.LeadSource;
import com.optimacut.domain.project.Project;
import com.optimacut.domain.shared.DomainRuleException;
import com.optimacut.domain.shared.TextField;
import com.optimacut.domain.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * An incoming request («Заявка») from a known client or from a contact given as free text.
 * <p>
 * It starts {@link InquiryOutcome#OPEN} and ends once: {@link InquiryOutcome#BECAME_PROJECT} when
 * a project is linked ({@link Project#linkInquiry}, at most one project per inquiry, which the
 * unique {@code project.inquiry_id} column also enforces) or {@link InquiryOutcome#REFUSED} with a
 * reason. The contact text is personal data, so {@link #toString()} leaves it out.
 */
@Entity
@Table(name = "inquiry")
@NamedQuery(name = Inquiry.BY_OUTCOME,
        query = "select i from Inquiry i where i.outcome = :outcome order by i.receivedAt desc, i.id desc")
@NamedQuery(name = Inquiry.COUNT_BY_OUTCOME, query = "select i.outcome, count(i) from Inquiry i"
        + " where i.receivedAt >= :from and i.receivedAt < :to group by i.outcome")
@NamedQuery(name = Inquiry.COUNT_BY_LEAD_SOURCE, query = "select s.id, s.name, i.outcome, count(i)"
        + " from Inquiry i left join i.leadSource s where i.receivedAt >= :from and i.receivedAt < :to"
        + " group by s.id, s.name, i.outcome order by s.name")
public class Inquiry {

    /** Inquiries with {@code :outcome}, newest first; callers page it. */
    public static final String BY_OUTCOME = "Inquiry.byOutcome";
    /** Rows of (outcome, count) of inquiries received from {@code :from} inclusive to {@code :to} exclusive. */
    public static final String COUNT_BY_OUTCOME = "Inquiry.countByOutcome";
    /**
     * Rows of (lead source id, lead source name, outcome, count) for the same period; id and name
     * are {@code null} for inquiries without a source.
     */
    public static final String COUNT_BY_LEAD_SOURCE = "Inquiry.countByLeadSource";

    @Id
    @SequenceGenerator(name = "inquiry_seq", sequenceName = "inquiry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inquiry_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    private Client client;

    @Column(length = 500)
    private String contact;

    @Column(name = "inquiry_text", nullable = false, length = 4000)
    private String text;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_source_id")
    private LeadSource leadSource;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InquiryOutcome outcome = InquiryOutcome.OPEN;

    @Column(name = "refusal_reason", length = 1000)
    private String refusalReason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @OneToOne(mappedBy = "inquiry", fetch = FetchType.LAZY)
    private Project project;

    @Version
    private long version;

    protected Inquiry() {
        // for JPA
    }

    /**
     * Records an open inquiry.
     *
     * @param client the client, or {@code null} for someone not yet a client
     * @param contact how to reach the sender when there is no client, such as a name and phone
     * @param leadSource where the sender heard of the workshop, or {@code null}
     * @throws DomainRuleException {@code inquiry.contact.required} when neither client nor contact
     *     is given; {@code text.required} or {@code text.tooLong}
     */
    public Inquiry(Client client, String contact, String text, LeadSource leadSource, Instant receivedAt) {
        String checkedContact = Texts.optional(contact, TextField.INQUIRY_CONTACT);
        if (client == null && checkedContact == null) {
            throw new DomainRuleException("inquiry.contact.required");
        }
        this.client = client;
        this.contact = checkedContact;
        this.text = Texts.require(text, TextField.INQUIRY_TEXT);
        this.leadSource = leadSource;
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /**
     * Refuses the inquiry with a reason.
     *
     * @throws DomainRuleException {@code inquiry.notOpen} (outcome) when already decided;
     *     {@code text.required} or {@code text.tooLong} for the reason
     */
    public void refuse(String reason, String actor, Instant now) {
        requireOpen();
        this.refusalReason = Texts.require(reason, TextField.REASON);
        decide(InquiryOutcome.REFUSED, actor, now);
    }

    /**
     * Marks the inquiry as converted into {@code newProject}. Called by
     * {@link Project#linkInquiry}, which sets the owning side of the link; call that instead.
     *
     * @throws DomainRuleException {@code inquiry.notOpen} (outcome) when already decided
     */
    public void markConverted(Project newProject, String actor, Instant now) {
        requireOpen();
        this.project = Objects.requireNonNull(newProject, "newProject");
        decide(InquiryOutcome.BECAME_PROJECT, actor, now);
    }

    /** Sets the client once the sender became one; the contact text is kept. */
    public void attachClient(Client newClient) {
        this.client = Objects.requireNonNull(newClient, "newClient");
    }

    public void changeLeadSource(LeadSource newLeadSource) {
        this.leadSource = newLeadSource;
    }

    private void requireOpen() {
        if (outcome != InquiryOutcome.OPEN) {
            throw new DomainRuleException("inquiry.notOpen", outcome);
        }
    }

    private void decide(InquiryOutcome newOutcome, String actor, Instant now) {
        this.outcome = newOutcome;
        this.decidedBy = actor;
        this.decidedAt = Objects.requireNonNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public Client getClient() {
        return client;
    }

    public String getContact() {
        return contact;
    }

    public String getText() {
        return text;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public LeadSource getLeadSource() {
        return leadSource;
    }

    public InquiryOutcome getOutcome() {
        return outcome;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    /** Returns the project made from this inquiry, or {@code null}. */
    public Project getProject() {
        return project;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "Inquiry[id=" + id + ", outcome=" + outcome + "]";
    }
}
