package com.optimacut.web.catalog;

import com.optimacut.ejb.catalog.ExecutorService;
import com.optimacut.ejb.catalog.ExecutorSummary;
import com.optimacut.ejb.catalog.MaterialService;
import com.optimacut.ejb.catalog.MaterialSummary;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * «Исполнители»: every executor with trade and competencies («Материалы, с которыми умеет
 * работать»), each editable in its row and saved as a whole.
 */
@Named
@ViewScoped
public class ExecutorsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExecutorService executors;

    @Inject
    private MaterialService materials;

    private List<ExecutorSummary> all;
    private List<MaterialSummary> choices;
    /** The competencies as edited, by executor id; material ids as strings, as the checkbox menu posts them. */
    private final Map<Long, List<String>> edited = new HashMap<>();

    /** Reads the executors and the materials to choose from. */
    public void load() {
        all = executors.list();
        edited.clear();
        all.forEach(e -> edited.put(e.id(),
                new ArrayList<>(e.competencies().stream().map(m -> String.valueOf(m.id())).toList())));
        Map<Long, MaterialSummary> offered = new java.util.LinkedHashMap<>();
        materials.listActive().forEach(m -> offered.put(m.id(), m));
        // A deactivated material an executor keeps must stay selectable, or saving would drop it.
        all.forEach(e -> e.competencies().forEach(m -> offered.putIfAbsent(m.id(), m)));
        choices = new ArrayList<>(offered.values());
    }

    /** Saves the competencies of one executor. */
    public void save(ExecutorSummary executor) {
        Set<Long> ids = new LinkedHashSet<>();
        edited.getOrDefault(executor.id(), List.of()).forEach(id -> ids.add(Long.valueOf(id)));
        try {
            executors.replaceCompetencies(executor.id(), ids);
            FacesMessages.info("executors.saved", executor.fullName());
            load();
        } catch (BusinessException e) {
            FacesMessages.rejected("executorsForm:executorsTable", e);
        }
    }

    public List<ExecutorSummary> getAll() {
        return all;
    }

    public List<MaterialSummary> getChoices() {
        return choices;
    }

    public Map<Long, List<String>> getEdited() {
        return edited;
    }
}
