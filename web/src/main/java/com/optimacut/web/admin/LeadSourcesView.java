package com.optimacut.web.admin;

import com.optimacut.ejb.catalog.LeadSourceService;
import com.optimacut.ejb.catalog.LeadSourceSummary;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * «Откуда о нас узнали» for administrators: adding, renaming, deactivating and activating the
 * lead sources offered on inquiries and projects.
 */
@Named
@ViewScoped
public class LeadSourcesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LeadSourceService sources;

    private List<LeadSourceSummary> all;
    private String newName;
    private Long renamedId;
    private String renamedName;

    /** Returns every source by name, inactive ones included, read once per view. */
    public List<LeadSourceSummary> getAll() {
        if (all == null) {
            all = sources.listAll();
        }
        return all;
    }

    /** Adds the source typed in the form. */
    public void create() {
        try {
            LeadSourceSummary created = sources.create(newName);
            FacesMessages.info("leadSources.created", created.name());
            newName = null;
            all = null;
        } catch (BusinessException e) {
            FacesMessages.rejected("sourcesForm:newName", e);
        }
    }

    /** Starts renaming a row in place. */
    public void startRename(LeadSourceSummary source) {
        renamedId = source.id();
        renamedName = source.name();
    }

    /** Stores the new name of the row being renamed. */
    public void rename() {
        try {
            LeadSourceSummary renamed = sources.rename(renamedId, renamedName);
            FacesMessages.info("leadSources.renamed", renamed.name());
            renamedId = null;
            all = null;
        } catch (BusinessException e) {
            FacesMessages.rejected("sourcesForm:sourcesTable", e);
        }
    }

    public void cancelRename() {
        renamedId = null;
    }

    /** Deactivates an active source or activates an inactive one. */
    public void toggleActive(LeadSourceSummary source) {
        try {
            LeadSourceSummary changed = source.active() ? sources.deactivate(source.id()) : sources.activate(source.id());
            FacesMessages.info(changed.active() ? "leadSources.activated" : "leadSources.deactivated", changed.name());
        } catch (BusinessException e) {
            FacesMessages.rejected("sourcesForm:sourcesTable", e);
        }
        all = null;
    }

    /** Returns whether {@code source} is the row being renamed. */
    public boolean isRenaming(LeadSourceSummary source) {
        return renamedId != null && renamedId == source.id();
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getRenamedName() {
        return renamedName;
    }

    public void setRenamedName(String renamedName) {
        this.renamedName = renamedName;
    }
}
