package com.optimacut.ejb.project;

import com.optimacut.domain.client.ClientFile;
import com.optimacut.domain.client.ManualDimensions;
import com.optimacut.domain.executor.Executor;
import com.optimacut.domain.material.Material;
import com.optimacut.domain.project.AppliedDiscount;
import com.optimacut.domain.project.Item;
import com.optimacut.domain.project.LayoutWork;
import com.optimacut.domain.project.Project;
import com.optimacut.domain.project.ProjectAction;
import com.optimacut.domain.project.StatusChange;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** Builds the records of this package from loaded entities, inside the caller's transaction because it reads lazy associations. */
final class ProjectViews {

    /** The actions a manager performs; the others are the system's. */
    static final Set<ProjectAction> MANAGER_ACTIONS = EnumSet.of(ProjectAction.LAUNCH, ProjectAction.ACCEPT,
            ProjectAction.CLOSE, ProjectAction.REFUSE, ProjectAction.SUSPEND, ProjectAction.RESUME,
            ProjectAction.RESOLVE_DIFFICULTIES, ProjectAction.REWORK, ProjectAction.REPORT_DIFFICULTY);

    private ProjectViews() {
    }

    static ProjectSummary summary(Project project, Instant now) {
        Executor executor = project.getAssignedExecutor();
        return new ProjectSummary(project.getId(), project.getName(), project.getClient().getName(),
                project.getStatus(), executor == null ? null : executor.getAccount().getFullName(),
                project.getDeadline(), project.getPriority(), project.getPriceTotal(),
                ProjectSummary.isOverdue(project.getStatus(), project.getDeadline(), now), project.getVersion());
    }

    static ProjectDetails details(Project project, DeliveryDetails delivery, Set<ProjectAction> allowedActions,
            Instant now) {
        Executor executor = project.getAssignedExecutor();
        return new ProjectDetails(summary(project, now), project.getClient().getId(),
                project.getLeadSource() == null ? null : project.getLeadSource().getId(),
                project.getInquiry() == null ? null : project.getInquiry().getId(),
                project.getDescription(), project.getMaterialLocation(), executor == null ? null : executor.getId(),
                project.getStatusBeforeSuspension(), project.getLaunchedAt(), project.isProductionLocked(),
                project.getCreatedAt(), project.getCreatedBy(),
                project.getItems().stream().map(ProjectViews::item).toList(),
                project.getHistory().stream().map(ProjectViews::history).toList(),
                delivery, discount(project.getDiscount()), allowedActions);
    }

    /**
     * Returns the manager actions that the transition table allows from the project's status;
     * «Запустить проект» only while the project is not launched yet.
     */
    static Set<ProjectAction> managerActions(Project project) {
        Set<ProjectAction> allowed = EnumSet.noneOf(ProjectAction.class);
        for (ProjectAction action : MANAGER_ACTIONS) {
            boolean possible = action.targetFrom(project.getStatus(), project.getStatusBeforeSuspension()).isPresent();
            if (possible && !(action == ProjectAction.LAUNCH && project.isLaunched())) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    static HistoryEntry history(StatusChange change) {
        return new HistoryEntry(change.getId(), change.getFromStatus(), change.getToStatus(), change.getAction(),
                change.getActor(), change.getChangedAt(), change.getComment());
    }

    static ItemDimensions dimensions(ManualDimensions dimensions) {
        if (dimensions == null) {
            return null;
        }
        return new ItemDimensions(dimensions.getWidthMm(), dimensions.getHeightMm(), dimensions.getCutLengthMm(),
                dimensions.getPierces(), dimensions.getEngravingAreaMm2());
    }

    private static ItemDetails item(Item item) {
        ClientFile file = item.getLayout();
        Material material = item.getMaterial();
        LayoutWork work = item.getWork();
        return new ItemDetails(item.getId(), item.getPosition(), item.getQuantity(),
                file == null ? null : file.getId(), file == null ? null : file.getOriginalName(),
                material == null ? null : material.getId(), material == null ? null : material.getName(),
                dimensions(item.getManualDimensions()), work.getId(), work.getStatus(),
                work.getTakenBy() == null ? null : work.getTakenBy().getUsername(), work.getTakenAt(),
                work.getCompletedAt(), work.getDifficulty());
    }

    private static DiscountDetails discount(AppliedDiscount discount) {
        if (discount == null) {
            return null;
        }
        return new DiscountDetails(discount.getPercent(), discount.getSource(), discount.getReason(),
                discount.getAppliedBy(), discount.getAppliedAt());
    }
}
