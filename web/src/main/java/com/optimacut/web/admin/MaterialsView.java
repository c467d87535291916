package com.optimacut.web.admin;

import com.optimacut.domain.material.CuttingPricing;
import com.optimacut.domain.material.MaterialKind;
import com.optimacut.domain.material.SheetPricing;
import com.optimacut.domain.shared.DomainRuleException;
import com.optimacut.ejb.catalog.MaterialDetails;
import com.optimacut.ejb.catalog.MaterialService;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * «Материалы» for administrators: the whole catalogue, the dialog that creates or changes an
 * entry with every rule it breaks shown at its field, and deactivating or activating an entry.
 */
@Named
@ViewScoped
public class MaterialsView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "materialForm:";

    /** Fields of the dialog whose id differs from the middle part of the rule's key. */
    private static final Map<String, String> FIELD_BY_RULE = Map.of("sheetSize", "sheetWidthMm",
            "thickness", "thicknessMm", "cuttingSpeed", "cuttingSpeedMmPerS", "engravingPrice", "engravingPricePerCm2",
            "engravingLineWidth", "engravingLineWidthMm", "partGap", "partGapMm", "kerf", "kerfMm");

    @Inject
    private MaterialService materials;

    private List<MaterialDetails> catalogue;
    private Long editedId;
    private long editedVersion;
    private MaterialForm form = MaterialForm.blank();

    /** Returns the catalogue by name, inactive entries included, read once per view. */
    public List<MaterialDetails> getCatalogue() {
        if (catalogue == null) {
            catalogue = materials.catalogue();
        }
        return catalogue;
    }

    /** Opens the dialog for a new entry. */
    public void startCreate() {
        editedId = null;
        form = MaterialForm.blank();
    }

    /** Opens the dialog with the values of an entry. */
    public void startEdit(MaterialDetails material) {
        editedId = material.id();
        editedVersion = material.version();
        form = MaterialForm.of(material.data());
    }

    /**
     * Shows every rule the values break next to its field, or stores the entry and closes the
     * dialog when there is none.
     */
    public void save() {
        List<String> violations = materials.validate(form.toData());
        if (!violations.isEmpty()) {
            violations.forEach(key -> FacesMessages.rejected(fieldOf(key),
                    BusinessException.of(new DomainRuleException(key))));
            return;
        }
        try {
            MaterialDetails saved = editedId == null ? materials.create(form.toData())
                    : materials.update(editedId, editedVersion, form.toData());
            FacesMessages.info("materials.saved", saved.data().name());
            catalogue = null;
            PrimeFaces.current().executeScript("PF('materialDialog').hide()");
        } catch (BusinessException e) {
            FacesMessages.rejected(e.getKey().equals("material.code.taken") ? FORM + "code" : FORM + "save", e);
        }
    }

    /** Deactivates an active entry or activates an inactive one. */
    public void toggleActive(MaterialDetails material) {
        try {
            MaterialDetails changed = material.active() ? materials.deactivate(material.id())
                    : materials.activate(material.id());
            FacesMessages.info(changed.active() ? "materials.activated" : "materials.deactivated",
                    changed.data().name());
        } catch (BusinessException e) {
            FacesMessages.rejected("materialsForm:materialsTable", e);
        }
        catalogue = null;
    }

    /** Returns the client id of the field that a {@code material.<field>.<rule>} key is about. */
    private static String fieldOf(String key) {
        String[] parts = key.split("\\.");
        String rule = parts.length > 1 ? parts[1] : "save";
        return FORM + FIELD_BY_RULE.getOrDefault(rule, rule);
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public MaterialForm getForm() {
        return form;
    }

    public MaterialKind[] getKinds() {
        return MaterialKind.values();
    }

    public SheetPricing[] getSheetPricings() {
        return SheetPricing.values();
    }

    public CuttingPricing[] getCuttingPricings() {
        return CuttingPricing.values();
    }
}
