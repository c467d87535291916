package com.optimacut.ejb.work;

import com.optimacut.domain.client.ClientFile;
import com.optimacut.domain.material.Material;
import com.optimacut.domain.project.Item;
import com.optimacut.domain.project.LayoutStatus;
import com.optimacut.domain.project.LayoutWork;
import com.optimacut.domain.project.Priority;
import com.optimacut.domain.project.Project;
import com.optimacut.domain.project.ProjectStatus;
import java.io.Serializable;
import java.time.Instant;

/**
 * One layout as the executor's board and list show it: the layout, its item and project, and how
 * urgent the project is.
 *
 * @param clientName the name of the project's client
 * @param materialName the item's material, or {@code null} while none is chosen
 * @param fileName the original name of the layout file, or {@code null} while none is chosen
 * @param deadline the project's deadline, or {@code null}
 * @param takenAt when the layout was taken, or {@code null} while it is available
 */
public record LayoutTask(long layoutId, long projectId, String projectName, String clientName, int itemPosition,
        int quantity, String materialName, String fileName, Instant deadline, Priority priority,
        ProjectStatus projectStatus, LayoutStatus layoutStatus, Instant takenAt) implements Serializable {

    /** Copies the values shown from a layout, its item and its project. */
    static LayoutTask of(LayoutWork layout) {
        Item item = layout.getItem();
        Project project = layout.getProject();
        Material material = item.getMaterial();
        ClientFile file = item.getLayout();
        return new LayoutTask(layout.getId(), project.getId(), project.getName(), project.getClient().getName(),
                item.getPosition(), item.getQuantity(), material == null ? null : material.getName(),
                file == null ? null : file.getOriginalName(), project.getDeadline(), project.getPriority(),
                project.getStatus(), layout.getStatus(), layout.getTakenAt());
    }
}
