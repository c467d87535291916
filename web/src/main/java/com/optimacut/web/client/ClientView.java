package com.optimacut.web.client;

import com.optimacut.ejb.catalog.MaterialService;
import com.optimacut.ejb.catalog.MaterialSummary;
import com.optimacut.ejb.client.ClientDetails;
import com.optimacut.ejb.client.ClientFileSummary;
import com.optimacut.ejb.client.ClientMaterialPrice;
import com.optimacut.ejb.client.ClientService;
import com.optimacut.ejb.client.FileContent;
import com.optimacut.ejb.client.FileDimensions;
import com.optimacut.ejb.client.SpecialTerms;
import com.optimacut.ejb.client.UploadedFile;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.project.ProjectQuery;
import com.optimacut.ejb.project.ProjectService;
import com.optimacut.ejb.project.ProjectSort;
import com.optimacut.ejb.project.ProjectSummary;
import com.optimacut.web.FacesMessages;
import com.optimacut.web.PageDataModel;
import com.optimacut.web.client.ClientsView.ContactsForm;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The client page: contacts, «Специальные условия и цены», the client's projects and its file
 * manager («Файловый менеджер клиента»).
 */
@Named
@ViewScoped
public class ClientView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClientService clients;

    @Inject
    private ProjectService projects;

    @Inject
    private MaterialService materials;

    private Long id;
    private ClientDetails client;
    private ContactsForm contacts;
    private String termsText;
    private BigDecimal discountPercent;
    private BigDecimal tierDiscountOverride;
    private List<PriceRow> prices;
    private Long newPriceMaterialId;
    private List<MaterialSummary> activeMaterials;
    private ClientFileSummary dimensionsFile;
    private DimensionsForm dimensionsForm = new DimensionsForm();

    private final PageDataModel<ClientFileSummary> files =
            new PageDataModel<>((first, size, sort, filters) -> clients.files(id, first, size), ClientFileSummary::id);
    private final PageDataModel<ProjectSummary> clientProjects = new PageDataModel<>(
            (first, size, sort, filters) -> projects.list(new ProjectQuery(Set.of(), id, null, null, null, null, null,
                    ProjectSort.DEADLINE, true, first, size)),
            ProjectSummary::id);

    /** Loads the client named by the {@code id} parameter; an unknown id shows the message instead. */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            show(clients.find(id));
        } catch (BusinessException e) {
            FacesMessages.rejected(null, e);
        }
    }

    /** Saves the contacts with the version read; a concurrent edit is reported, not overwritten. */
    public void saveContacts() {
        try {
            show(clients.updateContacts(id, client.version(), contacts.toContacts()));
            FacesMessages.info("client.saved");
        } catch (BusinessException e) {
            String field = ContactsForm.fieldOf(e, "contactsForm");
            FacesMessages.rejected(field == null ? "contactsForm:saveContacts" : field, e);
        }
    }

    /** Saves «Специальные условия и цены» as a whole. */
    public void saveTerms() {
        List<ClientMaterialPrice> rows = prices.stream()
                .map(row -> new ClientMaterialPrice(row.materialId, row.materialName, row.pricePerSheet,
                        row.pricePerM2))
                .toList();
        try {
            show(clients.updateSpecialTerms(id, client.version(),
                    new SpecialTerms(termsText, discountPercent, tierDiscountOverride, rows)));
            FacesMessages.info("client.termsSaved");
        } catch (BusinessException e) {
            FacesMessages.rejected("termsForm:saveTerms", e);
        }
    }

    /** Adds a row for the chosen material, unless the client already has one for it. */
    public void addPrice() {
        if (newPriceMaterialId == null || prices.stream().anyMatch(row -> row.materialId == newPriceMaterialId)) {
            return;
        }
        getActiveMaterials().stream().filter(m -> m.id() == newPriceMaterialId).findFirst()
                .ifPresent(m -> prices.add(new PriceRow(m.id(), m.name(), null, null)));
        newPriceMaterialId = null;
    }

    public void removePrice(PriceRow row) {
        prices.remove(row);
    }

    /** Stores one uploaded file; a rejected file is named in the message and nothing is stored. */
    public void upload(FileUploadEvent event) {
        String fileName = event.getFile().getFileName();
        try {
            UploadedFile uploaded = clients.upload(id, fileName, event.getFile().getContent());
            if (uploaded.duplicate()) {
                FacesMessages.info("client.file.duplicate", fileName, uploaded.file().fileName());
            } else if (uploaded.file().needsDimensions()) {
                FacesMessages.info("client.file.needsDimensions", fileName);
            } else {
                FacesMessages.info("client.file.uploaded.message", fileName);
            }
        } catch (BusinessException e) {
            FacesMessages.rejected("filesForm:upload", e);
        }
    }

    /** Returns the file's bytes for {@code p:fileDownload}. */
    public StreamedContent download(long fileId) {
        FileContent content = clients.download(fileId);
        return DefaultStreamedContent.builder()
                .name(content.fileName())
                .contentType(content.contentType() == null ? "application/octet-stream" : content.contentType())
                .contentLength((long) content.content().length)
                .stream(() -> new ByteArrayInputStream(content.content()))
                .build();
    }

    /** Deletes a file no item uses; otherwise shows why it stays. */
    public void delete(ClientFileSummary file) {
        try {
            clients.delete(file.id());
            FacesMessages.info("client.file.deleted", file.fileName());
        } catch (BusinessException e) {
            FacesMessages.rejected("filesForm:upload", e);
        }
    }

    /** Opens the dimensions dialog for a PDF, AI, CDR or raster file. */
    public void startDimensions(ClientFileSummary file) {
        dimensionsFile = file;
        dimensionsForm = DimensionsForm.of(file.manualDimensions());
    }

    /** Stores the dimensions entered by hand and closes the dialog. */
    public void saveDimensions() {
        try {
            clients.enterDimensions(dimensionsFile.id(), dimensionsForm.toDimensions());
            FacesMessages.info("client.file.dimensionsSaved", dimensionsFile.fileName());
            PrimeFaces.current().executeScript("PF('dimensionsDialog').hide()");
        } catch (BusinessException e) {
            FacesMessages.rejected("dimensionsForm:saveDimensions", e);
        }
    }

    private void show(ClientDetails details) {
        client = details;
        contacts = ContactsForm.of(details.contacts());
        termsText = details.specialTerms();
        discountPercent = details.discountPercent();
        tierDiscountOverride = details.tierDiscountOverride();
        prices = new ArrayList<>();
        details.specialPrices().forEach(p -> prices.add(
                new PriceRow(p.materialId(), p.materialName(), p.pricePerSheet(), p.pricePerM2())));
    }

    public List<MaterialSummary> getActiveMaterials() {
        if (activeMaterials == null) {
            activeMaterials = materials.listActive();
        }
        return activeMaterials;
    }

    public PageDataModel<ClientFileSummary> getFiles() {
        return files;
    }

    public PageDataModel<ProjectSummary> getProjects() {
        return clientProjects;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ClientDetails getClient() {
        return client;
    }

    public ContactsForm getContacts() {
        return contacts;
    }

    public String getTermsText() {
        return termsText;
    }

    public void setTermsText(String termsText) {
        this.termsText = termsText;
    }

    public BigDecimal getDiscountPercent() {
        return discountPercent;
    }

    public void setDiscountPercent(BigDecimal discountPercent) {
        this.discountPercent = discountPercent;
    }

    public BigDecimal getTierDiscountOverride() {
        return tierDiscountOverride;
    }

    public void setTierDiscountOverride(BigDecimal tierDiscountOverride) {
        this.tierDiscountOverride = tierDiscountOverride;
    }

    public List<PriceRow> getPrices() {
        return prices;
    }

    public Long getNewPriceMaterialId() {
        return newPriceMaterialId;
    }

    public void setNewPriceMaterialId(Long newPriceMaterialId) {
        this.newPriceMaterialId = newPriceMaterialId;
    }

    public ClientFileSummary getDimensionsFile() {
        return dimensionsFile;
    }

    public DimensionsForm getDimensionsForm() {
        return dimensionsForm;
    }

    /** One special price as the table edits it. */
    public static class PriceRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long materialId;
        private final String materialName;
        private BigDecimal pricePerSheet;
        private BigDecimal pricePerM2;

        PriceRow(long materialId, String materialName, BigDecimal pricePerSheet, BigDecimal pricePerM2) {
            this.materialId = materialId;
            this.materialName = materialName;
            this.pricePerSheet = pricePerSheet;
            this.pricePerM2 = pricePerM2;
        }

        public long getMaterialId() {
            return materialId;
        }

        public String getMaterialName() {
            return materialName;
        }

        public BigDecimal getPricePerSheet() {
            return pricePerSheet;
        }

        public void setPricePerSheet(BigDecimal pricePerSheet) {
            this.pricePerSheet = pricePerSheet;
        }

        public BigDecimal getPricePerM2() {
            return pricePerM2;
        }

        public void setPricePerM2(BigDecimal pricePerM2) {
            this.pricePerM2 = pricePerM2;
        }
    }

    /** The dimensions of a file that cannot be analysed, as the dialog edits them; lengths in mm. */
    public static class DimensionsForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private BigDecimal widthMm;
        private BigDecimal heightMm;
        private BigDecimal cutLengthMm;
        private Integer pierces;
        private BigDecimal engravingAreaMm2;

        static DimensionsForm of(FileDimensions dimensions) {
            DimensionsForm form = new DimensionsForm();
            if (dimensions != null) {
                form.widthMm = dimensions.widthMm();
                form.heightMm = dimensions.heightMm();
                form.cutLengthMm = dimensions.cutLengthMm();
                form.pierces = dimensions.pierces();
                form.engravingAreaMm2 = dimensions.engravingAreaMm2();
            }
            return form;
        }

        FileDimensions toDimensions() {
            return new FileDimensions(widthMm, heightMm, cutLengthMm, pierces, engravingAreaMm2);
        }

        public BigDecimal getWidthMm() {
            return widthMm;
        }

        public void setWidthMm(BigDecimal widthMm) {
            this.widthMm = widthMm;
        }

        public BigDecimal getHeightMm() {
            return heightMm;
        }

        public void setHeightMm(BigDecimal heightMm) {
            this.heightMm = heightMm;
        }

        public BigDecimal getCutLengthMm() {
            return cutLengthMm;
        }

        public void setCutLengthMm(BigDecimal cutLengthMm) {
            this.cutLengthMm = cutLengthMm;
        }

        public Integer getPierces() {
            return pierces;
        }

        public void setPierces(Integer pierces) {
            this.pierces = pierces;
        }

        public BigDecimal getEngravingAreaMm2() {
            return engravingAreaMm2;
        }

        public void setEngravingAreaMm2(BigDecimal engravingAreaMm2) {
            this.engravingAreaMm2 = engravingAreaMm2;
        }
    }
}
