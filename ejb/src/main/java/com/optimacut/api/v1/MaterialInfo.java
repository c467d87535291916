package com.optimacut.api.v1;

import java.io.Serializable;

/**
 * An active material of the catalogue.
 */
public class MaterialInfo implements Serializable {

    private static final long serialVersionUID = 1L;

    private long id;

    /** The code an {@link ItemOrder} names. */
    private String code;

    private String name;

    /** The kind name, such as {@code STEEL}. */
    private String kind;

    /** The thickness in millimetres as a plain decimal, or {@code null}. */
    private String thicknessMm;

    public MaterialInfo() {
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getThicknessMm() {
        return thicknessMm;
    }

    public void setThicknessMm(String thicknessMm) {
        this.thicknessMm = thicknessMm;
    }
}
