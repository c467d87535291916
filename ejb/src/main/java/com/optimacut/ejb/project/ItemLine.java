package com.optimacut.ejb.project;

import java.io.Serializable;

/**
 * One item as a manager enters it: quantity, the client's layout file, the material and, for a
 * file that cannot be analysed, dimensions typed by hand.
 *
 * @param itemId the item to change, or {@code null} for a new item; ignored by {@code create}
 * @param clientFileId a file of the project's client, or {@code null} while none is chosen
 * @param materialId a catalogue material, or {@code null} while none is chosen
 * @param dimensions the hand-entered dimensions, or {@code null}
 */
public record ItemLine(Long itemId, int quantity, Long clientFileId, Long materialId, ItemDimensions dimensions)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}
