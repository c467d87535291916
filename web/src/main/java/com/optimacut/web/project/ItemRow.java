package com.optimacut.web.project;

import com.optimacut.ejb.project.ItemDetails;
import com.optimacut.ejb.project.ItemDimensions;
import com.optimacut.ejb.project.ItemLine;
import java.io.Serializable;

/**
 * One editable item row of the project form. Hand-entered dimensions are kept as loaded, because
 * the form does not edit them.
 */
public class ItemRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long itemId;
    private Integer quantity = 1;
    private Long clientFileId;
    private Long materialId;
    private ItemDimensions dimensions;

    /** Returns a row with the values of a stored item. */
    static ItemRow of(ItemDetails item) {
        ItemRow row = new ItemRow();
        row.itemId = item.itemId();
        row.quantity = item.quantity();
        row.clientFileId = item.clientFileId();
        row.materialId = item.materialId();
        row.dimensions = item.dimensions();
        return row;
    }

    /** Returns the row as the services take it; a missing quantity is sent as 0 for the service to reject. */
    ItemLine toLine() {
        return new ItemLine(itemId, quantity == null ? 0 : quantity, clientFileId, materialId, dimensions);
    }

    public Long getItemId() {
        return itemId;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public Long getClientFileId() {
        return clientFileId;
    }

    public void setClientFileId(Long clientFileId) {
        this.clientFileId = clientFileId;
    }

    public Long getMaterialId() {
        return materialId;
    }

    public void setMaterialId(Long materialId) {
        this.materialId = materialId;
    }
}
