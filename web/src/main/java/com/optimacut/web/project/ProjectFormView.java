package com.optimacut.web.project;

import com.optimacut.domain.inquiry.InquiryOutcome;
import com.optimacut.domain.project.DiscountSource;
import com.optimacut.domain.project.ProjectStatus;
import com.optimacut.domain.shared.TextField;
import com.optimacut.ejb.catalog.ExecutorService;
import com.optimacut.ejb.catalog.ExecutorSummary;
import com.optimacut.ejb.catalog.LeadSourceService;
import com.optimacut.ejb.catalog.LeadSourceSummary;
import com.optimacut.ejb.catalog.MaterialService;
import com.optimacut.ejb.catalog.MaterialSummary;
import com.optimacut.ejb.client.ClientFileSummary;
import com.optimacut.ejb.client.ClientService;
import com.optimacut.ejb.client.ClientSummary;
import com.optimacut.ejb.client.UploadedFile;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.inquiry.InquiryService;
import com.optimacut.ejb.inquiry.InquirySummary;
import com.optimacut.ejb.pricing.DiscountProposalDetails;
import com.optimacut.ejb.pricing.PricingService;
import com.optimacut.ejb.pricing.ProjectPriceDetails;
import com.optimacut.ejb.project.DeliveryFields;
import com.optimacut.ejb.project.ItemDetails;
import com.optimacut.ejb.project.ItemLine;
import com.optimacut.ejb.project.NewProject;
import com.optimacut.ejb.project.ProjectChanges;
import com.optimacut.ejb.project.ProjectDetails;
import com.optimacut.ejb.project.ProjectService;
import com.optimacut.ejb.project.ProjectSummary;
import com.optimacut.web.FacesMessages;
import com.optimacut.web.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;

/**
 * The project form, new ({@code edit.xhtml}) and edit ({@code edit.xhtml?id=}), in the order a
 * manager takes an order: client, lead source, inquiry, items, name and description, materials
 * and discounts, executor, deadline, material location, delivery. An edit sends the version it
 * loaded, so a concurrent change is rejected rather than overwritten.
 */
@Named
@ViewScoped
public class ProjectFormView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form field that shows a rejected text, by the domain's field. */
    private static final Map<TextField, String> TEXT_FIELDS = Map.of(
            TextField.PROJECT_NAME, "projectForm:name", TextField.DESCRIPTION, "projectForm:description",
            TextField.MATERIAL_LOCATION, "projectForm:materialLocation", TextField.ADDRESS, "projectForm:deliveryAddress",
            TextField.CONTACT_PERSON, "projectForm:deliveryContact", TextField.PHONE, "projectForm:deliveryPhone");

    @Inject
    private ProjectService projects;
    @Inject
    private PricingService pricing;
    @Inject
    private ClientService clients;
    @Inject
    private ExecutorService executors;
    @Inject
    private LeadSourceService leadSources;
    @Inject
    private InquiryService inquiries;
    @Inject
    private MaterialService materials;

    private Long id;
    private ProjectDetails details;

    private ClientSummary client;
    private Long leadSourceId;
    private Long inquiryId;
    private List<ItemRow> items = new ArrayList<>();
    private String name;
    private String description;
    private Long executorId;
    private LocalDateTime deadline;
    private String materialLocation;
    private String deliveryAddress;
    private String deliveryContact;
    private String deliveryPhone;
    private LocalDate deliveryDate;

    private List<ClientFileSummary> files = List.of();
    private List<MaterialSummary> materialChoices;
    private List<ExecutorSummary> executorChoices;
    private List<LeadSourceSummary> leadSourceChoices;
    private List<InquirySummary> inquiryChoices;

    private ProjectPriceDetails price;
    private DiscountProposalDetails proposal;
    private BigDecimal overridePercent;
    private String overrideReason;

    /** Reads the project named by {@code id}, or starts a new one with one empty item. */
    public void load() {
        if (id == null) {
            if (items.isEmpty()) {
                items.add(new ItemRow());
            }
            return;
        }
        try {
            details = projects.details(id);
        } catch (BusinessException e) {
            FacesMessages.rejected(null, e);
            return;
        }
        fill(details);
        loadFiles();
        loadPricing();
    }

    private void fill(ProjectDetails project) {
        ProjectSummary summary = project.summary();
        client = new ClientSummary(project.clientId(), summary.clientName(), null, null, null);
        leadSourceId = project.leadSourceId();
        inquiryId = project.inquiryId();
        items = new ArrayList<>(project.items().stream().map(ItemRow::of).toList());
        name = summary.name();
        description = project.description();
        executorId = project.executorId();
        deadline = summary.deadline() == null ? null : LocalDateTime.ofInstant(summary.deadline(), ZoneId.systemDefault());
        materialLocation = project.materialLocation();
        DeliveryFields delivery = project.delivery() == null ? null : project.delivery().fields();
        if (delivery != null) {
            deliveryAddress = delivery.address();
            deliveryContact = delivery.contactPerson();
            deliveryPhone = delivery.phone();
            deliveryDate = delivery.date();
        }
    }

    /** Reads the chosen client's files, newest first, for the items' layout choice. */
    public void loadFiles() {
        files = client == null ? List.of() : clients.files(client.id(), 0, 200).rows();
    }

    private void loadPricing() {
        try {
            price = pricing.priceProject(id, Messages.currentLocale());
            proposal = pricing.proposeDiscounts(id, Messages.currentLocale());
        } catch (BusinessException e) {
            // An item without layout or material cannot be priced yet; the form says so instead.
            price = null;
            proposal = null;
        }
    }

    /** Returns up to 20 clients whose name contains the text. */
    public List<ClientSummary> completeClient(String text) {
        return clients.list(text, 0, 20).rows();
    }

    public void addItem() {
        items.add(new ItemRow());
    }

    public void removeItem(ItemRow row) {
        items.remove(row);
    }

    /** Stores a dropped file in the client's storage and offers it to the items; a duplicate returns the stored file. */
    public void upload(FileUploadEvent event) {
        if (client == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.addMessage("projectForm:upload", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.get("projectForm.clientFirst"), null));
            context.validationFailed();
            return;
        }
        try {
            UploadedFile uploaded = clients.upload(client.id(), event.getFile().getFileName(),
                    event.getFile().getContent());
            loadFiles();
            FacesMessages.info(uploaded.duplicate() ? "projectForm.uploadedDuplicate" : "projectForm.uploaded",
                    uploaded.file().fileName());
        } catch (BusinessException e) {
            FacesMessages.rejected("projectForm:upload", e);
        }
    }

    /** Creates or updates the project; a created project opens on its page. */
    public String save() {
        try {
            if (details == null) {
                ProjectSummary created = projects.create(new NewProject(client.id(), leadSourceId, inquiryId, name,
                        description, deadlineInstant(), materialLocation, lines(), executorId, delivery()));
                FacesMessages.info("projectForm.created", created.name());
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                return "/app/projects/view?faces-redirect=true&id=" + created.id();
            }
            List<ItemLine> changedItems = details.productionLocked() ? null : lines();
            Long executor = details.productionLocked() ? details.executorId() : executorId;
            projects.update(new ProjectChanges(details.summary().id(), details.summary().version(), name, description,
                    deadlineInstant(), materialLocation, leadSourceId, changedItems, executor, delivery()));
            FacesMessages.info("projectForm.saved", name);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/app/projects/view?faces-redirect=true&id=" + details.summary().id();
        } catch (BusinessException e) {
            FacesMessages.rejected(fieldOf(e), e);
            return null;
        }
    }

    /** Applies the discount the system proposes. */
    public void applyProposed() {
        // The pricing rules name their sources with their own enum; the applied discount uses the project's.
        applyDiscount(proposal.proposedPercent(), DiscountSource.valueOf(proposal.proposedSource().name()), null);
    }

    /** Applies a percentage the manager chose, which needs a reason. */
    public void applyOverride() {
        applyDiscount(overridePercent, DiscountSource.MANUAL, overrideReason);
    }

    private void applyDiscount(BigDecimal percent, DiscountSource source, String reason) {
        try {
            pricing.applyDiscount(id, percent, source, reason);
            FacesMessages.info("projectForm.discountApplied", percent);
            details = projects.details(id);
            loadPricing();
        } catch (BusinessException e) {
            FacesMessages.rejected(source == DiscountSource.MANUAL ? "projectForm:overrideReason" : null, e);
        }
    }

    /** Returns the form field that a rejection belongs next to, or {@code null} for the whole form. */
    private static String fieldOf(BusinessException e) {
        Object[] arguments = e.getArguments();
        if (e.getKey().startsWith("text.") && arguments.length > 0 && arguments[0] instanceof TextField field) {
            return TEXT_FIELDS.get(field);
        }
        if (e.getKey().startsWith("project.item.") || e.getKey().equals("project.file.notFound")
                || e.getKey().equals("project.material.notFound")) {
            return "projectForm:itemsMessages";
        }
        return null;
    }

    private List<ItemLine> lines() {
        return items.stream().map(ItemRow::toLine).toList();
    }

    private java.time.Instant deadlineInstant() {
        return deadline == null ? null : deadline.atZone(ZoneId.systemDefault()).toInstant();
    }

    private DeliveryFields delivery() {
        if (deliveryAddress == null && deliveryContact == null && deliveryPhone == null && deliveryDate == null) {
            return null;
        }
        return new DeliveryFields(deliveryAddress, deliveryContact, deliveryPhone, deliveryDate);
    }

    public boolean isNew() {
        return details == null;
    }

    public boolean isProductionLocked() {
        return details != null && details.productionLocked();
    }

    public ProjectStatus getStatus() {
        return details == null ? ProjectStatus.WAITING : details.summary().status();
    }

    public List<MaterialSummary> getMaterialChoices() {
        if (materialChoices == null) {
            materialChoices = materials.listActive();
        }
        return materialChoices;
    }

    public List<ExecutorSummary> getExecutorChoices() {
        if (executorChoices == null) {
            executorChoices = executors.list().stream().filter(ExecutorSummary::active).toList();
        }
        return executorChoices;
    }

    public List<LeadSourceSummary> getLeadSourceChoices() {
        if (leadSourceChoices == null) {
            leadSourceChoices = leadSources.listActive();
        }
        return leadSourceChoices;
    }

    /** Returns the open inquiries, newest first; an edit shows only the linked one. */
    public List<InquirySummary> getInquiryChoices() {
        if (inquiryChoices == null) {
            inquiryChoices = inquiries.list(InquiryOutcome.OPEN, 0, 100).rows();
        }
        return inquiryChoices;
    }

    /** Returns the name of an item's file for a locked row. */
    public String fileName(ItemRow row) {
        if (details == null) {
            return null;
        }
        return details.items().stream().filter(i -> i.itemId() == (row.getItemId() == null ? -1 : row.getItemId()))
                .map(ItemDetails::fileName).findFirst().orElse(null);
    }

    /** Returns the name of an item's material for a locked row. */
    public String materialName(ItemRow row) {
        if (details == null) {
            return null;
        }
        return details.items().stream().filter(i -> i.itemId() == (row.getItemId() == null ? -1 : row.getItemId()))
                .map(ItemDetails::materialName).findFirst().orElse(null);
    }

    public DiscountSource[] getDiscountSources() {
        return DiscountSource.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProjectDetails getDetails() {
        return details;
    }

    public ClientSummary getClient() {
        return client;
    }

    public void setClient(ClientSummary client) {
        this.client = client;
    }

    public Long getLeadSourceId() {
        return leadSourceId;
    }

    public void setLeadSourceId(Long leadSourceId) {
        this.leadSourceId = leadSourceId;
    }

    public Long getInquiryId() {
        return inquiryId;
    }

    public void setInquiryId(Long inquiryId) {
        this.inquiryId = inquiryId;
    }

    public List<ItemRow> getItems() {
        return items;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getExecutorId() {
        return executorId;
    }

    public void setExecutorId(Long executorId) {
        this.executorId = executorId;
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDateTime deadline) {
        this.deadline = deadline;
    }

    public String getMaterialLocation() {
        return materialLocation;
    }

    public void setMaterialLocation(String materialLocation) {
        this.materialLocation = materialLocation;
    }

    public String getDeliveryAddress() {
        return deliveryAddress;
    }

    public void setDeliveryAddress(String deliveryAddress) {
        this.deliveryAddress = deliveryAddress;
    }

    public String getDeliveryContact() {
        return deliveryContact;
    }

    public void setDeliveryContact(String deliveryContact) {
        this.deliveryContact = deliveryContact;
    }

    public String getDeliveryPhone() {
        return deliveryPhone;
    }

    public void setDeliveryPhone(String deliveryPhone) {
        this.deliveryPhone = deliveryPhone;
    }

    public LocalDate getDeliveryDate() {
        return deliveryDate;
    }

    public void setDeliveryDate(LocalDate deliveryDate) {
        this.deliveryDate = deliveryDate;
    }

    public List<ClientFileSummary> getFiles() {
        return files;
    }

    public ProjectPriceDetails getPrice() {
        return price;
    }

    public DiscountProposalDetails getProposal() {
        return proposal;
    }

    public BigDecimal getOverridePercent() {
        return overridePercent;
    }

    public void setOverridePercent(BigDecimal overridePercent) {
        this.overridePercent = overridePercent;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }
}
