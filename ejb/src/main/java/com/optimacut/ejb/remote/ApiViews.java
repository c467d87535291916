package com.optimacut.ejb.remote;

import com.optimacut.api.v1.ClientFields;
import com.optimacut.api.v1.ClientInfo;
import com.optimacut.api.v1.DeliveryInfo;
import com.optimacut.api.v1.HistoryInfo;
import com.optimacut.api.v1.InquiryInfo;
import com.optimacut.api.v1.ItemInfo;
import com.optimacut.api.v1.MaterialInfo;
import com.optimacut.api.v1.ProjectCard;
import com.optimacut.api.v1.ProjectInfo;
import com.optimacut.ejb.catalog.MaterialSummary;
import com.optimacut.ejb.client.ClientContacts;
import com.optimacut.ejb.client.ClientDetails;
import com.optimacut.ejb.delivery.DeliverySummary;
import com.optimacut.ejb.inquiry.InquirySummary;
import com.optimacut.ejb.project.HistoryEntry;
import com.optimacut.ejb.project.ItemDetails;
import com.optimacut.ejb.project.ProjectDetails;
import com.optimacut.ejb.project.ProjectSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;

/**
 * Copies the services' records into the API's objects. The API carries {@link Date} and decimal
 * strings instead of {@code java.time} and {@link BigDecimal}, which IIOP cannot read on JDK 17
 * without opening more of the JDK on both sides.
 */
final class ApiViews {

    private ApiViews() {
    }

    static ClientContacts contacts(ClientFields fields) {
        return new ClientContacts(fields.getName(), fields.getContactPerson(), fields.getEmail(), fields.getPhone(),
                fields.getAddress(), fields.getNotes());
    }

    static ClientInfo client(ClientDetails details) {
        ClientInfo info = new ClientInfo();
        info.setId(details.id());
        info.setVersion(details.version());
        info.setName(details.contacts().name());
        info.setContactPerson(details.contacts().contactPerson());
        info.setEmail(details.contacts().email());
        info.setPhone(details.contacts().phone());
        info.setAddress(details.contacts().address());
        info.setNotes(details.contacts().notes());
        info.setCreatedAt(date(details.createdAt()));
        return info;
    }

    static InquiryInfo inquiry(InquirySummary summary) {
        InquiryInfo info = new InquiryInfo();
        info.setId(summary.id());
        info.setClientId(summary.clientId());
        info.setContact(summary.contact());
        info.setText(summary.text());
        info.setReceivedAt(date(summary.receivedAt()));
        info.setOutcome(summary.outcome().name());
        info.setRefusalReason(summary.refusalReason());
        info.setDecidedAt(date(summary.decidedAt()));
        info.setProjectId(summary.projectId());
        return info;
    }

    static ProjectInfo project(ProjectSummary summary) {
        ProjectInfo info = new ProjectInfo();
        info.setId(summary.id());
        info.setName(summary.name());
        info.setClientName(summary.clientName());
        info.setStatus(summary.status().name());
        info.setDeadline(date(summary.deadline()));
        info.setPriceTotal(decimal(summary.priceTotal()));
        info.setVersion(summary.version());
        return info;
    }

    static ProjectCard card(ProjectDetails details) {
        ProjectCard card = new ProjectCard();
        card.setSummary(project(details.summary()));
        card.setClientId(details.clientId());
        card.setDescription(details.description());
        card.setCreatedAt(date(details.createdAt()));
        card.setCreatedBy(details.createdBy());
        card.setLaunched(details.launchedAt() != null);
        card.setItems(details.items().stream().map(ApiViews::item).toList());
        card.setHistory(details.history().stream().map(ApiViews::history).toList());
        return card;
    }

    static DeliveryInfo delivery(DeliverySummary summary) {
        DeliveryInfo info = new DeliveryInfo();
        info.setProjectId(summary.projectId());
        info.setProjectName(summary.projectName());
        info.setClientName(summary.clientName());
        info.setStatus(summary.status().name());
        info.setAddress(summary.address());
        info.setContactPerson(summary.contactPerson());
        info.setPhone(summary.phone());
        info.setDate(summary.date() == null ? null : summary.date().toString());
        info.setCourierRequestedAt(date(summary.courierRequestedAt()));
        info.setCourierRequestedBy(summary.courierRequestedBy());
        info.setVersion(summary.version());
        return info;
    }

    static MaterialInfo material(MaterialSummary summary) {
        MaterialInfo info = new MaterialInfo();
        info.setId(summary.id());
        info.setCode(summary.code());
        info.setName(summary.name());
        info.setKind(summary.kind().name());
        info.setThicknessMm(decimal(summary.thicknessMm()));
        return info;
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static ItemInfo item(ItemDetails details) {
        ItemInfo info = new ItemInfo();
        info.setPosition(details.position());
        info.setQuantity(details.quantity());
        info.setLayoutFileName(details.fileName());
        info.setMaterialName(details.materialName());
        info.setLayoutStatus(details.layoutStatus().name());
        return info;
    }

    private static HistoryInfo history(HistoryEntry entry) {
        HistoryInfo info = new HistoryInfo();
        info.setFromStatus(entry.fromStatus() == null ? null : entry.fromStatus().name());
        info.setToStatus(entry.toStatus().name());
        info.setAction(entry.action().name());
        info.setActor(entry.actor());
        info.setChangedAt(date(entry.changedAt()));
        info.setComment(entry.comment());
        return info;
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static String decimal(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
