package com.optimacut.web.calendar;

import com.optimacut.domain.project.ProjectStatus;
import com.optimacut.ejb.project.ProjectService;
import com.optimacut.ejb.project.ProjectSummary;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * «Дедлайны»: the open projects on a calendar by deadline day, coloured by status like the
 * projects list. The calendar asks for the range it shows, and only that range is read from the
 * database ({@link ProjectService#deadlines}). Clicking a project opens its page.
 */
@Named
@ViewScoped
public class DeadlineCalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The statuses shown in the legend: the open ones, in the order of the workflow. */
    private static final Set<ProjectStatus> LEGEND = EnumSet.copyOf(ProjectStatus.openStatuses());

    @Inject
    private ProjectService projects;

    private LocalDate initialDate;
    private ScheduleModel model;

    @PostConstruct
    void init() {
        String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        model = new DeadlineModel(contextPath);
    }

    /** Returns the CSS class of a status, shared with the projects list. */
    public static String styleClass(ProjectStatus status) {
        return "oc-status-" + status.name().toLowerCase(Locale.ROOT);
    }

    public ScheduleModel getModel() {
        return model;
    }

    public List<ProjectStatus> getLegend() {
        return List.copyOf(LEGEND);
    }

    /** Returns the day the calendar opens on: the {@code date} parameter, or today. */
    public LocalDate getInitialDate() {
        return initialDate == null ? LocalDate.now() : initialDate;
    }

    public void setInitialDate(LocalDate initialDate) {
        this.initialDate = initialDate;
    }

    /** Loads the deadlines of the range the calendar shows, as one all-day event per project. */
    private final class DeadlineModel extends LazyScheduleModel {

        private static final long serialVersionUID = 1L;

        private final String contextPath;

        DeadlineModel(String contextPath) {
            this.contextPath = contextPath;
        }

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            ZoneId zone = ZoneId.systemDefault();
            List<ProjectSummary> due = projects.deadlines(start.atZone(zone).toInstant(), end.atZone(zone).toInstant());
            for (ProjectSummary project : due) {
                LocalDateTime day = project.deadline().atZone(zone).toLocalDate().atStartOfDay();
                addEvent(DefaultScheduleEvent.builder()
                        .id(String.valueOf(project.id()))
                        .title(project.name() + " · " + project.clientName())
                        .startDate(day)
                        .endDate(day)
                        .allDay(true)
                        .styleClass(styleClass(project.status()))
                        .url(contextPath + "/app/projects/view.xhtml?id=" + project.id())
                        .data(project.id())
                        .build());
            }
        }
    }
}
