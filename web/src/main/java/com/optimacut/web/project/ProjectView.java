package com.optimacut.web.project;

import com.optimacut.domain.project.LayoutStatus;
import com.optimacut.domain.project.ProjectAction;
import com.optimacut.ejb.client.ClientFileSummary;
import com.optimacut.ejb.client.ClientService;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.project.Acceptance;
import com.optimacut.ejb.project.AcceptanceMail;
import com.optimacut.ejb.project.ItemDetails;
import com.optimacut.ejb.project.ProjectDetails;
import com.optimacut.ejb.project.ProjectService;
import com.optimacut.web.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The project page: summary, items with their layouts, the history, and the status actions that
 * {@link ProjectDetails#allowedActions()} lists for the caller. Every action sends the version the
 * page showed, so a change made meanwhile by someone else is rejected with
 * {@code concurrent.modification} instead of being overwritten.
 */
@Named
@ViewScoped
public class ProjectView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Actions whose dialog requires a reason or description. */
    private static final Set<ProjectAction> REASON_REQUIRED =
            Set.of(ProjectAction.REFUSE, ProjectAction.REWORK, ProjectAction.REPORT_DIFFICULTY);

    /** The growl confirmation of each action. */
    private static final Map<ProjectAction, String> DONE_KEYS = Map.of(
            ProjectAction.LAUNCH, "project.done.LAUNCH", ProjectAction.ACCEPT, "project.done.ACCEPT",
            ProjectAction.CLOSE, "project.done.CLOSE", ProjectAction.REFUSE, "project.done.REFUSE",
            ProjectAction.SUSPEND, "project.done.SUSPEND", ProjectAction.RESUME, "project.done.RESUME",
            ProjectAction.RESOLVE_DIFFICULTIES, "project.done.RESOLVE_DIFFICULTIES",
            ProjectAction.REPORT_DIFFICULTY, "project.done.REPORT_DIFFICULTY", ProjectAction.REWORK, "project.done.REWORK");

    /** The growl confirmation of each outcome of the acceptance e-mail. */
    private static final Map<AcceptanceMail, String> MAIL_KEYS = Map.of(
            AcceptanceMail.QUEUED, "project.acceptanceMail.QUEUED",
            AcceptanceMail.ALREADY_SENT, "project.acceptanceMail.ALREADY_SENT",
            AcceptanceMail.NO_CLIENT_EMAIL, "project.acceptanceMail.NO_CLIENT_EMAIL");

    @Inject
    private ProjectService projects;
    @Inject
    private ClientService clients;

    private Long id;
    private ProjectDetails details;
    private Map<Long, ClientFileSummary> files = Map.of();

    private ProjectAction pendingAction;
    private String comment;
    private List<Long> reworkLayoutIds = new ArrayList<>();

    /** Reads the project named by the {@code id} parameter; an unknown id shows the message instead of the page. */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            details = projects.details(id);
            files = layoutFiles(details);
        } catch (BusinessException e) {
            details = null;
            FacesMessages.rejected(null, e);
        }
    }

    /** Returns the analysed files of the items by id; only managers may read the client's files. */
    private Map<Long, ClientFileSummary> layoutFiles(ProjectDetails project) {
        if (!FacesContext.getCurrentInstance().getExternalContext().isUserInRole("MANAGER")) {
            return Map.of();
        }
        Map<Long, ClientFileSummary> byId = new HashMap<>();
        for (ClientFileSummary file : clients.files(project.clientId(), 0, 500).rows()) {
            byId.put(file.id(), file);
        }
        return byId;
    }

    /** Returns whether the caller may perform the action now. */
    public boolean allowed(String action) {
        return details != null && details.allowedActions().contains(ProjectAction.valueOf(action));
    }

    /** Opens the dialog of an action with an empty comment. */
    public void prepare(String action) {
        pendingAction = ProjectAction.valueOf(action);
        comment = null;
        reworkLayoutIds = new ArrayList<>();
    }

    /** Performs the action of the open dialog, confirms it, and reads the project again. */
    public void perform() {
        long projectId = details.summary().id();
        Long version = details.summary().version();
        try {
            switch (pendingAction) {
                case LAUNCH -> projects.launch(projectId, version);
                case ACCEPT -> acceptanceMessage(projects.accept(projectId, version, comment));
                case CLOSE -> projects.close(projectId, version, comment);
                case REFUSE -> projects.refuse(projectId, version, comment);
                case SUSPEND -> projects.suspend(projectId, version, comment);
                case RESUME -> projects.resume(projectId, version, comment);
                case RESOLVE_DIFFICULTIES -> projects.resolveDifficulties(projectId, version, comment);
                case REPORT_DIFFICULTY -> projects.reportDifficulty(projectId, version, comment);
                case REWORK -> projects.rework(projectId, version, comment, reworkLayoutIds);
                default -> throw new IllegalStateException("No dialog for " + pendingAction);
            }
        } catch (BusinessException e) {
            FacesMessages.rejected(REASON_REQUIRED.contains(pendingAction) ? "actionForm:comment" : null, e);
            return;
        }
        FacesMessages.info(DONE_KEYS.get(pendingAction));
        load();
    }

    private static void acceptanceMessage(Acceptance acceptance) {
        FacesMessages.info(MAIL_KEYS.get(acceptance.mail()));
    }

    /** Returns the items whose layouts are completed, which a rework may reopen. */
    public List<ItemDetails> getCompletedItems() {
        return details == null ? List.of()
                : details.items().stream().filter(i -> i.layoutStatus() == LayoutStatus.COMPLETED).toList();
    }

    /** Returns the analysed client file of an item's layout, or {@code null}. */
    public ClientFileSummary file(ItemDetails item) {
        return item.clientFileId() == null ? null : files.get(item.clientFileId());
    }

    public boolean isReasonRequired() {
        return pendingAction != null && REASON_REQUIRED.contains(pendingAction);
    }

    public boolean isRework() {
        return pendingAction == ProjectAction.REWORK;
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

    public ProjectAction getPendingAction() {
        return pendingAction;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public List<Long> getReworkLayoutIds() {
        return reworkLayoutIds;
    }

    public void setReworkLayoutIds(List<Long> reworkLayoutIds) {
        this.reworkLayoutIds = reworkLayoutIds;
    }
}
