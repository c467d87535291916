package com.optimacut.api.v1;

import java.io.Serializable;

/**
 * One item of a project, with the state of its layout work.
 */
public class ItemInfo implements Serializable {

    private static final long serialVersionUID = 1L;

    private int position;

    private int quantity;

    private String layoutFileName;

    private String materialName;

    /** The layout work's status name, such as {@code AVAILABLE} or {@code COMPLETED}. */
    private String layoutStatus;

    public ItemInfo() {
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public String getLayoutFileName() {
        return layoutFileName;
    }

    public void setLayoutFileName(String layoutFileName) {
        this.layoutFileName = layoutFileName;
    }

    public String getMaterialName() {
        return materialName;
    }

    public void setMaterialName(String materialName) {
        this.materialName = materialName;
    }

    public String getLayoutStatus() {
        return layoutStatus;
    }

    public void setLayoutStatus(String layoutStatus) {
        this.layoutStatus = layoutStatus;
    }
}
