package com.optimacut.domain.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.optimacut.domain.client.Client;
import com.optimacut.domain.client.LeadSource;
import com.optimacut.domain.project.Project;
import com.optimacut.domain.shared.DomainRuleException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InquiryTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final Client client = new Client("ООО «Ромашка»", NOW);
    private final LeadSource fair = new LeadSource("Выставка");

    @Test
    void linkedInquiryBecomesProject() {
        Inquiry inquiry = new Inquiry(client, null, "Нужны таблички", fair, NOW);
        Project project = new Project(client, "Таблички", "manager", NOW);

        project.linkInquiry(inquiry, "manager", NOW);

        assertEquals(InquiryOutcome.BECAME_PROJECT, inquiry.getOutcome());
        assertSame(project, inquiry.getProject());
    }

    @Test
    void projectTakesInquiryLeadSource() {
        Inquiry inquiry = new Inquiry(client, null, "Нужны таблички", fair, NOW);
        Project project = new Project(client, "Таблички", "manager", NOW);

        project.linkInquiry(inquiry, "manager", NOW);

        assertSame(fair, project.getLeadSource());
    }

    @Test
    void secondProjectForInquiryFails() {
        Inquiry inquiry = new Inquiry(client, null, "Нужны таблички", fair, NOW);
        new Project(client, "Первый", "manager", NOW).linkInquiry(inquiry, "manager", NOW);
        Project second = new Project(client, "Второй", "manager", NOW);

        DomainRuleException e = assertThrows(DomainRuleException.class, () -> second.linkInquiry(inquiry, "manager", NOW));

        assertEquals("inquiry.notOpen", e.getKey());
    }

    @Test
    void inquiryOfOtherClientFails() {
        Inquiry inquiry = new Inquiry(new Client("ИП Петров", NOW), null, "Текст", null, NOW);
        Project project = new Project(client, "Таблички", "manager", NOW);

        DomainRuleException e = assertThrows(DomainRuleException.class, () -> project.linkInquiry(inquiry, "manager", NOW));

        assertEquals("project.inquiry.otherClient", e.getKey());
    }

    @Test
    void refusalNeedsReason() {
        Inquiry inquiry = new Inquiry(null, "Анна, +7 900 000-00-00", "Сколько стоит?", null, NOW);

        DomainRuleException e = assertThrows(DomainRuleException.class, () -> inquiry.refuse("", "manager", NOW));

        assertEquals("text.required", e.getKey());
    }

    @Test
    void refusedInquiryKeepsReason() {
        Inquiry inquiry = new Inquiry(null, "Анна", "Сколько стоит?", null, NOW);

        inquiry.refuse("Дорого", "manager", NOW);

        assertEquals(InquiryOutcome.REFUSED, inquiry.getOutcome());
        assertEquals("Дорого", inquiry.getRefusalReason());
    }

    @Test
    void inquiryWithoutSenderFails() {
        DomainRuleException e = assertThrows(DomainRuleException.class, () -> new Inquiry(null, " ", "Текст", null, NOW));

        assertEquals("inquiry.contact.required", e.getKey());
    }
}
