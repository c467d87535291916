package com.optimacut.ejb.project;

import com.optimacut.domain.project.LayoutStatus;
import java.io.Serializable;
import java.time.Instant;

/**
 * One item of a project with its layout work.
 *
 * @param fileName the original name of the layout file, or {@code null} while none is chosen
 * @param materialName the material's name, or {@code null} while none is chosen
 * @param layoutId the id of the layout work unit, which a rework names
 * @param takenBy the user name of the executor holding or having completed the layout, or {@code null}
 * @param difficulty the last difficulty reported on the layout, or {@code null}
 */
public record ItemDetails(long itemId, int position, int quantity, Long clientFileId, String fileName,
        Long materialId, String materialName, ItemDimensions dimensions, long layoutId, LayoutStatus layoutStatus,
        String takenBy, Instant takenAt, Instant completedAt, String difficulty) implements Serializable {

    private static final long serialVersionUID = 1L;
}
