package com.optimacut.api.v1;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * One item of a new project: how many parts, of which material, cut by which layout file. The
 * layout is sent as the file's bytes with its name; the extension gives the format (DXF and SVG
 * are analysed for cut length and pierces, other formats wait for a manager to enter dimensions).
 */
public class ItemOrder implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Parts to make, from 1 to 1 000 000. */
    @Min(1)
    @Max(1_000_000)
    private int quantity;

    /** The code of an active catalogue material, as {@link MaterialInfo#getCode()} gives it. */
    @NotBlank
    @Size(max = 64)
    private String materialCode;

    /** The layout's file name with its extension, such as {@code plate.dxf}. */
    @NotBlank
    @Size(max = 255)
    private String layoutFileName;

    /** The layout file's content, up to 50 MB. */
    @NotNull
    @Size(min = 1, max = 52_428_800)
    private byte[] layoutContent;

    public ItemOrder() {
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public String getMaterialCode() {
        return materialCode;
    }

    public void setMaterialCode(String materialCode) {
        this.materialCode = materialCode;
    }

    public String getLayoutFileName() {
        return layoutFileName;
    }

    public void setLayoutFileName(String layoutFileName) {
        this.layoutFileName = layoutFileName;
    }

    public byte[] getLayoutContent() {
        return layoutContent;
    }

    public void setLayoutContent(byte[] layoutContent) {
        this.layoutContent = layoutContent;
    }
}
