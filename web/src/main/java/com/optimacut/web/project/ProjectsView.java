package com.optimacut.web.project;

import com.optimacut.domain.project.Priority;
import com.optimacut.domain.project.ProjectStatus;
import com.optimacut.ejb.catalog.ExecutorService;
import com.optimacut.ejb.catalog.ExecutorSummary;
import com.optimacut.ejb.client.ClientService;
import com.optimacut.ejb.client.ClientSummary;
import com.optimacut.ejb.common.Page;
import com.optimacut.ejb.project.ProjectQuery;
import com.optimacut.ejb.project.ProjectService;
import com.optimacut.ejb.project.ProjectSort;
import com.optimacut.ejb.project.ProjectSummary;
import com.optimacut.web.PageDataModel;
import com.optimacut.web.XlsxExporter;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * «Проекты»: the projects list, filtered, sorted and paged in the database by
 * {@link ProjectService#list}. The filters live in this bean rather than in the table's column
 * filters, so the export of the table applies exactly the same query.
 */
@Named
@ViewScoped
public class ProjectsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The table's sortable columns by their {@code field} attribute. */
    private static final Map<String, ProjectSort> SORTS = Map.of(
            "deadline", ProjectSort.DEADLINE, "status", ProjectSort.STATUS, "clientName", ProjectSort.CLIENT_NAME,
            "name", ProjectSort.NAME, "priority", ProjectSort.PRIORITY, "priceTotal", ProjectSort.PRICE_TOTAL);

    @Inject
    private ProjectService projects;
    @Inject
    private ClientService clients;
    @Inject
    private ExecutorService executors;

    private List<ProjectStatus> statuses = new ArrayList<>();
    private ClientSummary client;
    private Long executorId;
    private List<LocalDate> deadlineRange;
    private Priority priority;
    private List<ExecutorSummary> executorChoices;

    /**
     * Counts the matching projects once per set of filters, not on every page: the count scans
     * every matching row (780,000 for «Закрыт» in the benchmark). A project that someone else
     * adds or moves meanwhile changes the total shown after the next filter change or page load.
     */
    private final PageDataModel<ProjectSummary> model =
            new PageDataModel<>(this::load, ProjectSummary::id, () -> query(ProjectSort.DEADLINE, false, 0, 0));

    /** Makes the table's Excel export button use {@link XlsxExporter}. */
    @PostConstruct
    void registerExcelExporter() {
        XlsxExporter.register();
    }

    private Page<ProjectSummary> load(int first, int size, Map<String, SortMeta> sort, Map<String, ?> filters,
            Long knownTotal) {
        ProjectSort column = ProjectSort.DEADLINE;
        boolean descending = false;
        for (SortMeta meta : sort.values()) {
            if (meta.getOrder() != SortOrder.UNSORTED && SORTS.containsKey(meta.getField())) {
                column = SORTS.get(meta.getField());
                descending = meta.getOrder() == SortOrder.DESCENDING;
                break;
            }
        }
        return projects.list(query(column, descending, first, size), knownTotal);
    }

    private ProjectQuery query(ProjectSort column, boolean descending, int first, int size) {
        Set<ProjectStatus> chosen = statuses == null || statuses.isEmpty()
                ? Set.of() : EnumSet.copyOf(statuses);
        return new ProjectQuery(chosen, client == null ? null : client.id(), executorId,
                deadlineFrom(), deadlineTo(), priority, null, column, descending, first, size);
    }

    private Instant deadlineFrom() {
        if (deadlineRange == null || deadlineRange.isEmpty() || deadlineRange.get(0) == null) {
            return null;
        }
        return deadlineRange.get(0).atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    /** Returns the end of the range's last day, so a deadline at any time that day is included. */
    private Instant deadlineTo() {
        if (deadlineRange == null || deadlineRange.isEmpty()) {
            return null;
        }
        LocalDate last = deadlineRange.get(deadlineRange.size() - 1);
        return last == null ? null : last.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant().minusNanos(1);
    }

    /** Returns up to 20 clients whose name, contact, e-mail or phone contains the text, for the filter's autocomplete. */
    public List<ClientSummary> completeClient(String text) {
        return clients.list(text, 0, 20).rows();
    }

    /** Clears every filter; the table reloads from the first page. */
    public void clearFilters() {
        statuses = new ArrayList<>();
        client = null;
        executorId = null;
        deadlineRange = null;
        priority = null;
    }

    /** Returns the CSS class of a row: suspended projects blue, overdue ones marked. */
    public String rowStyle(ProjectSummary row) {
        StringBuilder style = new StringBuilder("oc-row-").append(row.status().name().toLowerCase());
        if (row.overdue()) {
            style.append(" oc-row-overdue");
        }
        return style.toString();
    }

    public PageDataModel<ProjectSummary> getModel() {
        return model;
    }

    public ProjectStatus[] getStatusChoices() {
        return ProjectStatus.values();
    }

    public Priority[] getPriorityChoices() {
        return Priority.values();
    }

    /** Returns every executor, read once per view. */
    public List<ExecutorSummary> getExecutorChoices() {
        if (executorChoices == null) {
            executorChoices = executors.list();
        }
        return executorChoices;
    }

    public List<ProjectStatus> getStatuses() {
        return statuses;
    }

    public void setStatuses(List<ProjectStatus> statuses) {
        this.statuses = statuses;
    }

    public ClientSummary getClient() {
        return client;
    }

    public void setClient(ClientSummary client) {
        this.client = client;
    }

    public Long getExecutorId() {
        return executorId;
    }

    public void setExecutorId(Long executorId) {
        this.executorId = executorId;
    }

    public List<LocalDate> getDeadlineRange() {
        return deadlineRange;
    }

    public void setDeadlineRange(List<LocalDate> deadlineRange) {
        this.deadlineRange = deadlineRange;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }
}
